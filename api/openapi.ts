// The OpenAPI 3.1 description of the API, generated from the zod schemas in schemas/api.ts.
import { z } from 'zod';
import { API_SCHEMAS, DocumentParams, JobParams, JobQuery, SearchParams } from '../schemas/api.ts';

type SchemaName = keyof typeof API_SCHEMAS;
type JsonSchema = Record<string, unknown>;

interface Operation {
  method: 'get' | 'post';
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
  404: 'not found',
  413: 'a file is too large, the files add up to too much, or there are too many files',
  415: 'the request is not multipart/form-data',
  500: 'unexpected error',
  503: 'Redis or Elasticsearch is unavailable; try again later',
};

export const OPERATIONS: Operation[] = [
  {
    method: 'post',
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
    path: '/documents/{id}',
    operationId: 'getDocument',
    summary: 'A document: its status (queued, processing, indexed, failed with the reason) and its record once extracted',
    pathParams: DocumentParams,
    responses: { 200: { description: 'the document', schema: 'DocumentResponse' }, ...errors(400, 404, 500, 503) },
  },
  {
    method: 'get',
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
    path: '/search',
    operationId: 'search',
    summary: 'Full-text search with filters; hits with highlights and facet counts',
    query: SearchParams,
    responses: { 200: { description: 'one page of hits', schema: 'SearchResponse' }, ...errors(400, 500, 503) },
  },
  {
    method: 'get',
    path: '/jobs/{id}',
    operationId: 'getJob',
    summary: 'A queue job: its state, attempts and failure reason',
    pathParams: JobParams,
    query: JobQuery,
    responses: { 200: { description: 'the job', schema: 'JobResponse' }, ...errors(400, 404, 500, 503) },
  },
  {
    method: 'get',
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
    path: '/openapi.json',
    operationId: 'openapi',
    summary: 'This description',
    responses: { 200: { description: 'OpenAPI 3.1 document', content: { 'application/json': { type: 'object' } } } },
  },
  {
    method: 'get',
    path: '/docs',
    operationId: 'docs',
    summary: 'A readable page listing the operations',
    responses: { 200: { description: 'HTML', content: { 'text/html': { type: 'string' } } } },
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
  for (const [name, schema] of Object.entries(API_SCHEMAS)) registry.add(schema, { id: name });
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
        'Vietnamese official documents (công văn): upload, extraction into structured records, full-text search. Every error is JSON { error, message }. The queue dashboard is at /admin/queues.',
    },
    paths,
    components: { schemas },
  };
}
