// One error shape for every answer: { error, message } with the right status. Client mistakes say
// what was wrong; anything unexpected is logged in full and answered with a bare 500.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { errorPage, wantsHtml } from './pages/error-page.ts';
import { sendPage } from './pages/layout.ts';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (message: string) => new ApiError(404, 'not_found', message);

/** "page: Too small: expected number to be >=1; from: must be a date written YYYY-MM-DD" */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') return `unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
      const where = issue.path.map(String).join('.');
      return where ? `${where}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Parse with a schema or throw a 400 naming every problem. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, code: string, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, code, `invalid ${what}: ${describeZodError(result.error)}`);
  return result.data;
}

/** Fastify/plugin error codes that are the client's fault, mapped to our codes. */
const CLIENT_CODES: Record<string, string> = {
  FST_FILES_LIMIT: 'too_many_files',
  FST_PARTS_LIMIT: 'too_many_parts',
  FST_FIELDS_LIMIT: 'too_many_fields',
  FST_REQ_FILE_TOO_LARGE: 'file_too_large',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'not_multipart',
  FST_PROTO_VIOLATION: 'bad_request',
  FST_MP_PREMATURE_CLOSE: 'bad_request',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_request',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_VALIDATION: 'bad_request',
};

/** Which backing service an error says is unreachable (then the answer is 503, not 500). */
export function unavailableService(error: unknown): 'Elasticsearch' | 'Redis' | null {
  if (!(error instanceof Error)) return null;
  const e = error as Error & { transient?: unknown; status?: unknown; code?: unknown };
  if (e.name === 'SearchIndexError' && e.transient === true) return 'Elasticsearch';
  if (e.name === 'MaxRetriesPerRequestError' || /Connection is closed|Stream isn't writeable/.test(e.message)) return 'Redis';
  if (e.name === 'ServiceUnavailableError') return /elasticsearch/i.test(e.message) ? 'Elasticsearch' : 'Redis';
  return null;
}

/** A browser on a page gets the Vietnamese HTML page for the status instead of the JSON. */
function replyFor(request: FastifyRequest, reply: FastifyReply) {
  const path = (request.url.split('?')[0] ?? '').slice(0, 200);
  return {
    send(status: number, body: { error: string; message: string }) {
      if (wantsHtml(request)) return sendPage(reply, errorPage(status, request.user ?? null, body.error, path), status);
      return reply.status(status).send(body);
    },
  };
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError | Error, request, rawReply) => {
    const reply = { status: (status: number) => ({ send: (body: { error: string; message: string }) => replyFor(request, rawReply).send(status, body) }) };
    if (error instanceof ApiError) {
      return reply.status(error.statusCode).send({ error: error.code, message: error.message });
    }
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code = ('code' in error && typeof error.code === 'string' && CLIENT_CODES[error.code]) || 'bad_request';
      return reply.status(status).send({ error: code, message: error.message });
    }
    const service = unavailableService(error);
    if (service) {
      request.log.warn({ err: error }, `${service} unavailable`);
      return reply.status(503).send({ error: 'service_unavailable', message: `${service} is unavailable; try again later` });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({ error: 'internal', message: 'internal server error' });
  });
  app.setNotFoundHandler((request, reply) => {
    const path = (request.url.split('?')[0] ?? '').slice(0, 200);
    replyFor(request, reply).send(404, { error: 'not_found', message: `no route ${request.method} ${path}` });
  });
}

/** Errors the router raises before any route runs (Fastify's `frameworkErrors` option). */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    reply.status(414).send({ error: 'uri_too_long', message: 'a path parameter is too long (ids are at most 200 characters)' });
  } else if (error.code === 'FST_ERR_BAD_URL') {
    reply.status(400).send({ error: 'bad_url', message: 'the URL is not valid (bad percent-encoding?)' });
  } else {
    request.log.error({ err: error }, 'unexpected router error');
    reply.status(500).send({ error: 'internal', message: 'internal server error' });
  }
}
