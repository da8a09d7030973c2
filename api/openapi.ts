// The OpenAPI 3.1 description of the API, generated from the zod schemas in schemas/api.ts.
import { z } from 'zod';
import { API_SCHEMAS, AUTH_SCHEMAS, DocumentParams, JobParams, JobQuery, SearchParams, UserParams } from '../schemas/api.ts';
import { IcsParams, ObligationParams, ObligationsResponse } from '../schemas/obligations-api.ts';
import { PageImageParams } from './routes/page-images.ts';

const ALL_SCHEMAS = { ...API_SCHEMAS, ...AUTH_SCHEMAS, ObligationsResponse };
type SchemaName = keyof typeof ALL_SCHEMAS;
type JsonSchema = Record<string, unknown>;

interface Operation {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** The least role (enforced by api/auth/guard.ts); 'public' needs no credentials. */
  role: 'public' | 'analyst' | 'archivist' | 'admin';
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  requestBody?: JsonSchema;
  responses: Record<number, { description: string; schema?: SchemaName; content?: Record<string, JsonSchema> }>;
}

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [c, { description: ERROR_TEXT[c] ?? 'error', schema: 'ErrorResponse' as const }]));
const ERROR_TEXT: Record<number, string> = {
  400: 'invalid request',
  401: 'no API key or session, or a wrong one',
  403: 'the user\'s role is below the one this needs',
  409: 'conflict with the current state',
  404: 'not found',
  413: 'a file is too large, the files add up to too much, or there are too many files',
  415: 'the request is not multipart/form-data',
  500: 'unexpected error',
  503: 'Redis or Elasticsearch is unavailable; try again later',
};

export const OPERATIONS: Operation[] = [
  {
    method: 'post',
    role: 'archivist',
    path: '/documents',
    operationId: 'uploadDocuments',
    summary: 'Upload one or more documents (PDF, DOCX, image) for extraction and indexing',
    description:
      'multipart/form-data with one or more file parts (any field name). Each file is stored under the sha256 of its bytes and an extract job is queued; the answer lists one entry per file, in order. Empty and oversized files are refused with 4xx naming the file; nothing is stored in that case.',
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } },
          },
        },
      },
    },
    responses: { 202: { description: 'accepted: one entry per file', schema: 'UploadResponse' }, ...errors(400, 413, 415, 500, 503) },
  },
  {
    method: 'get',
    role: 'analyst',
    path: '/documents/{id}',
    operationId: 'getDocument',
    summary: 'A document: its status (queued, processing, indexed, failed with the reason) and its record once extracted',
    pathParams: DocumentParams,
    responses: { 200: { description: 'the document', schema: 'DocumentResponse' }, ...errors(400, 404, 500, 503) },
  },
  {
    method: 'get',
    role: 'analyst',
    path: '/documents/{id}/file',
    operationId: 'getDocumentFile',
    summary: 'The original file as uploaded',
    pathParams: DocumentParams,
    responses: {
      200: { description: 'the original bytes, with their content type', content: { 'application/octet-stream': { type: 'string', format: 'binary' } } },
      ...errors(400, 404, 500),
    },
  },
  {
    method: 'get',
    role: 'analyst',
    path: '/documents/{id}/pages/{page}.png',
    operationId: 'getDocumentPageImage',
    summary: 'One page of the original as a PNG (PDF pages rendered; an image is its page 1), for previews',
    pathParams: PageImageParams,
    responses: {
      200: { description: 'the page as PNG', content: { 'image/png': { type: 'string', format: 'binary' } } },
      ...errors(400, 404, 500),
    },
  },
  {
    method: 'get',
    role: 'analyst',
    path: '/search',
    operationId: 'search',
    summary: 'Full-text search with filters; hits with highlights and facet counts',
    query: SearchParams,
    responses: { 200: { description: 'one page of hits', schema: 'SearchResponse' }, ...errors(400, 500, 503) },
  },
  {
    method: 'get',
    role: 'analyst',
    path: '/obligations',
    operationId: 'listObligations',
    summary: 'Tracked obligations (who must do what by when), soonest due first, with counts per status',
    query: ObligationParams,
    responses: { 200: { description: 'one page of obligations', schema: 'ObligationsResponse' }, ...errors(400, 401, 403, 500, 503) },
  },
  {
    method: 'get',
    role: 'analyst',
    path: '/obligations.ics',
    operationId: 'obligationsCalendar',
    summary: 'iCalendar feed of open and overdue obligations (recurring reports as RRULE); accepts ?key=API_KEY',
    query: IcsParams,
    responses: { 200: { description: 'an iCalendar (RFC 5545) feed', content: { 'text/calendar': { type: 'string' } } }, ...errors(400, 401, 403, 500, 503) },
  },
  {
    method: 'get',
    role: 'analyst',
    path: '/jobs/{id}',
    operationId: 'getJob',
    summary: 'A queue job: its state, attempts and failure reason',
    pathParams: JobParams,
    query: JobQuery,
    responses: { 200: { description: 'the job', schema: 'JobResponse' }, ...errors(400, 404, 500, 503) },
  },
  {
    method: 'get',
    role: 'public',
    path: '/health',
    operationId: 'health',
    summary: 'Whether Redis and Elasticsearch are reachable',
    responses: {
      200: { description: 'both reachable', schema: 'HealthResponse' },
      503: { description: 'at least one is unreachable (the body says which)', schema: 'HealthResponse' },
    },
  },
  {
    method: 'get',
    role: 'public',
    path: '/openapi.json',
    operationId: 'openapi',
    summary: 'This description',
    responses: { 200: { description: 'OpenAPI 3.1 document', content: { 'application/json': { type: 'object' } } } },
  },
  {
    method: 'get',
    role: 'public',
    path: '/docs',
    operationId: 'docs',
    summary: 'A readable page listing the operations',
    responses: { 200: { description: 'HTML', content: { 'text/html': { type: 'string' } } } },
  },
  {
    method: 'patch',
    role: 'archivist',
    path: '/documents/{id}',
    operationId: 'correctDocument',
    summary: 'Correct one field of the record; the extracted value and who changed it are kept in record.corrections, and the index is updated at once',
    pathParams: DocumentParams,
    requestBody: { required: true, content: { 'application/json': { schema: ref('CorrectionBody') } } },
    responses: { 200: { description: 'the corrected record', schema: 'DocumentRecord' }, ...errors(400, 401, 403, 404, 500, 503) },
  },
  {
    method: 'post',
    role: 'archivist',
    path: '/jobs/{id}/retry',
    operationId: 'retryJob',
    summary: 'Try a failed job again',
    pathParams: JobParams,
    responses: { 200: { description: 'the job, waiting again', schema: 'JobResponse' }, ...errors(400, 401, 403, 404, 409, 500, 503) },
  },
  {
    method: 'get',
    role: 'analyst',
    path: '/me',
    operationId: 'me',
    summary: 'The user the credentials belong to',
    responses: { 200: { description: 'name and role', schema: 'CurrentUser' }, ...errors(401) },
  },
  {
    method: 'get',
    role: 'admin',
    path: '/users',
    operationId: 'listUsers',
    summary: 'The users and their roles',
    responses: { 200: { description: 'users', schema: 'UserList' }, ...errors(401, 403) },
  },
  {
    method: 'post',
    role: 'admin',
    path: '/users',
    operationId: 'createUser',
    summary: 'Create a user; the answer holds the new API key, shown once',
    requestBody: { required: true, content: { 'application/json': { schema: ref('CreateUserBody') } } },
    responses: { 201: { description: 'the user and its API key', schema: 'CreatedUser' }, ...errors(400, 401, 403, 409) },
  },
  {
    method: 'delete',
    role: 'admin',
    path: '/users/{name}',
    operationId: 'deleteUser',
    summary: 'Remove a user: their API key and sessions stop working',
    pathParams: UserParams,
    responses: { 204: { description: 'removed' }, ...errors(401, 403, 404) },
  },
];

function stripMeta(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

function parameters(where: 'path' | 'query', object: z.ZodObject | undefined) {
  if (!object) return [];
  return Object.entries(object.shape).map(([name, field]) => {
    const schema = stripMeta(z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
    const { description, ...rest } = schema;
    return {
      name,
      in: where,
      required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

export function buildOpenApi(): JsonSchema {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(ALL_SCHEMAS)) registry.add(schema, { id: name });
  const generated = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }) as { schemas: Record<string, JsonSchema> };
  const schemas = Object.fromEntries(Object.entries(generated.schemas).map(([k, v]) => [k, stripMeta(v)]));

  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const responses = Object.fromEntries(
      Object.entries(op.responses).map(([status, r]) => [
        status,
        {
          description: r.description,
          content: r.schema
            ? { 'application/json': { schema: ref(r.schema) } }
            : Object.fromEntries(Object.entries(r.content ?? {}).map(([type, schema]) => [type, { schema }])),
        },
      ]),
    );
    (paths[op.path] ??= {})[op.method] = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      parameters: [...parameters('path', op.pathParams), ...parameters('query', op.query)],
      security: op.role === 'public' ? [] : [{ apiKey: [] }, { session: [] }],
      'x-role': op.role,
      ...(op.requestBody ? { requestBody: op.requestBody } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'vanthu',
      version: '0.1.0',
      description:
        'Vietnamese official documents (công văn): upload, extraction into structured records, full-text search. Every error is JSON { error, message }. Every operation but /health and the documentation needs an API key (Authorization: Bearer KEY) or the web app login session, and a role (x-role: analyst < archivist < admin). The queue dashboard (admins) is at /admin/queues.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'an API key from `vanthu users add NAME --role ROLE`' },
        session: { type: 'apiKey', in: 'cookie', name: 'vanthu_session', description: 'the web app\'s login session (POST /login)' },
      },
    },
  };
}
