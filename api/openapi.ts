// Routes and the OpenAPI 3.1 document from one zod declaration: each route states its params,
// query, body and responses once (`schema`), fastify-type-provider-zod turns them into JSON Schema
// for @fastify/swagger, and the same schemas validate the requests. A route with an operationId is
// documented; the others (web pages, static files, the queue dashboard) are not.
import swagger from '@fastify/swagger';
import type { FastifyInstance, FastifySchema, FastifySchemaCompiler } from 'fastify';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_SCHEMAS, AUTH_SCHEMAS, CorrectionBody, CreateUserBody, DocumentParams, ErrorResponse, JobParams, SearchParams, UserParams } from '../schemas/api.ts';
import { IcsParams, ObligationParams, ObligationsResponse } from '../schemas/obligations-api.ts';
import { accessOf } from './auth/guard.ts';
import { ApiError, describeZodError } from './errors.ts';
import { dropBlank } from './query-params.ts';

/**
 * Named schemas, published under #/components/schemas (request bodies as `<Name>Input`). zod's
 * global registry, because that is where `.describe()` keeps the descriptions.
 */
const components = z.globalRegistry;
for (const [id, schema] of Object.entries({ ...API_SCHEMAS, ...AUTH_SCHEMAS, ObligationsResponse })) {
  if (components.get(schema)?.id !== id) components.add(schema, { ...components.get(schema), id });
}

/** How a request part that fails its schema is answered: `400 { error: code, message: "invalid <what>: …" }`. */
interface PartLabel {
  code: string;
  what: string;
  /** A blank parameter (`?q=&docType=`, as HTML forms send) means "not given". */
  blankIsAbsent?: boolean;
}
const DEFAULT_LABEL: Record<string, PartLabel> = {
  params: { code: 'invalid_id', what: 'path' },
  querystring: { code: 'invalid_query', what: 'query' },
  body: { code: 'invalid_body', what: 'body' },
  headers: { code: 'invalid_headers', what: 'headers' },
};
const LABELS = new Map<unknown, PartLabel>([
  [DocumentParams, { code: 'invalid_id', what: 'document id' }],
  [JobParams, { code: 'invalid_id', what: 'job id' }],
  [UserParams, { code: 'invalid_name', what: 'user name' }],
  [CorrectionBody, { code: 'invalid_body', what: 'correction' }],
  [CreateUserBody, { code: 'invalid_body', what: 'user' }],
  [SearchParams, { code: 'invalid_query', what: 'query', blankIsAbsent: true }],
  [ObligationParams, { code: 'invalid_query', what: 'query', blankIsAbsent: true }],
  [IcsParams, { code: 'invalid_query', what: 'query', blankIsAbsent: true }],
]);
/** Label a request schema declared outside schemas/ (e.g. a route's own params). */
export const labelPart = (schema: z.ZodType, label: PartLabel) => void LABELS.set(schema, label);
/** Declared for the documentation only; the handler reads it itself (a multipart upload). */
const DOCUMENTATION_ONLY = new WeakSet<object>();
export const documentationOnly = <S extends z.ZodType>(schema: S): S => (DOCUMENTATION_ONLY.add(schema), schema);

/** zod validates each request part; its output (coerced numbers, defaults) replaces the raw value. */
const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  if (!(schema instanceof z.ZodType) || DOCUMENTATION_ONLY.has(schema)) return (data) => ({ value: data });
  const label = LABELS.get(schema) ?? DEFAULT_LABEL[httpPart ?? 'body'] ?? DEFAULT_LABEL.body!;
  return (data) => {
    const result = schema.safeParse(label.blankIsAbsent ? dropBlank(data) : data);
    if (result.success) return { value: result.data };
    return { error: new ApiError(400, label.code, `invalid ${label.what}: ${describeZodError(result.error)}`) };
  };
};

// ---- helpers for route declarations ----

const ERROR_TEXT: Record<number, string> = {
  400: 'invalid request',
  401: 'no API key or session, or a wrong one',
  403: 'the user\'s role is below the one this needs',
  404: 'not found',
  409: 'conflict with the current state',
  413: 'a file is too large, the files add up to too much, or there are too many files',
  415: 'the request is not of a media type this accepts',
  422: 'well-formed, but breaks the standard or the schema (the message says where)',
  500: 'unexpected error',
  503: 'Redis or Elasticsearch is unavailable; try again later',
};

/** A JSON response with its description. */
export const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema } } });
/** A response of another media type (a file, a page image, a calendar). */
export const media = (description: string, type: string, schema: z.ZodType = z.string().meta({ format: 'binary' })) => ({ description, content: { [type]: { schema } } });
/** The error answers a route can give, each `{ error, message }`. */
export const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, json(ERROR_TEXT[c] ?? 'error', ErrorResponse)]));

// ---- the document ----

const INFO = {
  title: 'vanthu',
  version: '0.1.0',
  description:
    'Vietnamese official documents (công văn): upload, extraction into structured records, full-text search. Every error is JSON { error, message }. Every operation but /health and the documentation needs an API key (Authorization: Bearer KEY) or the web app login session, and a role (x-role: analyst < archivist < admin). The queue dashboard (admins) is at /admin/queues.',
};

const toJsonSchema = { schemaRegistry: components, zodToJsonConfig: { unrepresentable: 'any' as const } };
const zodTransform = createJsonSchemaTransform({ ...toJsonSchema, skipList: [] });
const zodTransformObject = createJsonSchemaTransformObject(toJsonSchema);

/** Validation through zod, and @fastify/swagger collecting the routes registered after this. */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas document the answers; they are sent as the handlers return them.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: INFO,
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'an API key from `vanthu users add NAME --role ROLE`' },
          session: { type: 'apiKey', in: 'cookie', name: 'vanthu_session', description: 'the web app\'s login session (POST /login)' },
        },
      },
    },
    transform: (input) => {
      const schema = input.schema as (FastifySchema & { operationId?: string }) | undefined;
      if (!schema?.operationId) return { schema: { hide: true } as FastifySchema, url: input.url };
      const out = zodTransform(input as Parameters<typeof zodTransform>[0]);
      // The role each operation needs (enforced by api/auth/guard.ts), from the route's own `config`.
      const role = accessOf(input.route) ?? 'public';
      return { url: out.url, schema: { ...out.schema, 'x-role': role, security: role === 'public' ? [] : [{ apiKey: [] }, { session: [] }] } as FastifySchema };
    },
    transformObject: (input) => onlyReferenced(zodTransformObject(input as Parameters<typeof zodTransformObject>[0]) as OpenApiDocument) as ReturnType<typeof zodTransformObject>,
  });
}

type OpenApiDocument = Record<string, unknown> & { components: { schemas: Record<string, unknown> } };

/** Keep the components some operation uses (directly or through another): every schema is made twice, as input and output. */
function onlyReferenced(doc: OpenApiDocument): OpenApiDocument {
  const all = doc.components.schemas;
  const refsIn = (value: unknown) => [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
  const kept = new Set<string>();
  let frontier = refsIn({ ...doc, components: {} });
  while (frontier.length) {
    const next: string[] = [];
    for (const name of frontier) if (!kept.has(name) && name in all) kept.add(name), next.push(...refsIn(all[name]));
    frontier = next;
  }
  return { ...doc, components: { ...doc.components, schemas: Object.fromEntries(Object.entries(all).filter(([name]) => kept.has(name))) } };
}
