// POST /documents, GET /documents/:id, GET /documents/:id/file.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fileTypeFromBuffer } from 'file-type';
import { z } from 'zod';
import { SUPPORTED_TYPES } from '../../pipeline/detect.ts';
import { DocumentRecord } from '../../schemas/record.ts';
import { CorrectionBody, DocumentParams, DocumentResponse, UploadResponse } from '../../schemas/api.ts';
import { applyCorrection } from '../corrections.ts';
import type { ApiDeps, ApiLimits, Ingest, UploadFile } from '../deps.ts';
import { documentProgress } from '../document-status.ts';
import { ApiError, notFound } from '../errors.ts';
import { documentationOnly, errors, json, media } from '../openapi.ts';

const MAX_NAME_CHARS = 255;

/**
 * The uploaded name, for display only: the last path segment, without control characters, at
 * most 255 characters (keeping the extension). It never becomes a path: the store files by sha256.
 */
export function displayName(raw: string | undefined, position: number): string {
  // Browsers (and undici's FormData) send " CR LF in a filename as %22 %0D %0A.
  let name = (raw ?? '').replace(/%22/g, '"').replace(/%0[ad]/gi, '').normalize('NFC');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  if (name === '' || name === '.' || name === '..') return `file-${position}`;
  const chars = [...name];
  if (chars.length > MAX_NAME_CHARS) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = chars.slice(0, MAX_NAME_CHARS - [...ext].length).join('') + ext;
  }
  return name;
}

const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;

/** ASCII fallback and RFC 5987 form of a file name for Content-Disposition. */
export function contentDisposition(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii || 'document'}"; filename*=UTF-8''${encoded}`;
}

async function contentTypeOf(bytes: Buffer, recorded: string | undefined): Promise<string> {
  if (recorded && SUPPORTED_TYPES.includes(recorded)) return recorded;
  const type = await fileTypeFromBuffer(bytes).catch(() => undefined);
  return type && SUPPORTED_TYPES.includes(type.mime) ? type.mime : 'application/octet-stream';
}

/** The upload as documented; the handler reads the parts itself, checking each file as it streams. */
const UploadBody = documentationOnly(z.object({ files: z.array(z.string().meta({ format: 'binary' })) }));

const uploadSchema = {
  operationId: 'uploadDocuments',
  summary: 'Upload one or more documents (PDF, DOCX, image) for extraction and indexing',
  description:
    'multipart/form-data with one or more file parts (any field name). Each file is stored under the sha256 of its bytes and an extract job is queued; the answer lists one entry per file, in order. Empty and oversized files are refused with 4xx naming the file; nothing is stored in that case.',
  consumes: ['multipart/form-data'],
  body: UploadBody,
  response: { 202: json('accepted: one entry per file', UploadResponse), ...errors(400, 413, 415, 500, 503) },
};

export function documentRoutes(app: FastifyInstance, deps: ApiDeps, ingest: Ingest, limits: ApiLimits): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/documents', { config: { role: 'archivist' }, schema: uploadSchema }, async (request, reply) => {
    if (!request.isMultipart()) {
      throw new ApiError(415, 'not_multipart', 'send the files as multipart/form-data, one file part per document');
    }
    const files: UploadFile[] = [];
    let total = 0;
    try {
      const parts = request.parts({
        limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 20, parts: limits.maxFiles + 20 },
      });
      for await (const part of parts) {
        if (part.type !== 'file') continue;
        const name = displayName(part.filename, files.length + 1);
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of part.file as AsyncIterable<Buffer>) {
          size += chunk.length;
          total += chunk.length;
          if (total > limits.maxRequestBytes) {
            throw new ApiError(413, 'request_too_large', `the files add up to more than ${mib(limits.maxRequestBytes)} (reached at ${JSON.stringify(name)}); send them in several requests`);
          }
          chunks.push(chunk);
        }
        if (part.file.truncated) {
          throw new ApiError(413, 'file_too_large', `${JSON.stringify(name)} is larger than the limit of ${mib(limits.maxFileBytes)}`);
        }
        if (size === 0) throw new ApiError(400, 'empty_file', `${JSON.stringify(name)} is empty`);
        files.push({ name, bytes: Buffer.concat(chunks, size) });
      }
    } catch (error) {
      if (error instanceof ApiError) throw error;
      const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
      if (code === 'FST_FILES_LIMIT') throw new ApiError(413, 'too_many_files', `at most ${limits.maxFiles} files per request`);
      if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw new ApiError(413, 'too_many_parts', 'too many form fields in the request');
      if (typeof statusCode === 'number') throw error;
      // Busboy's own errors ("Unexpected end of multipart data", "Multipart: Boundary not found").
      throw new ApiError(400, 'bad_multipart', `malformed multipart/form-data body: ${(error as Error).message}`);
    }
    if (files.length === 0) throw new ApiError(400, 'no_files', 'the request has no file parts; send one or more files as multipart/form-data');

    const ingested = await ingest(files);
    const body: UploadResponse = await Promise.all(
      ingested.map(async (doc) => {
        const hasRecord = doc.alreadyStored ? (await deps.store.getRecord(doc.id)) !== null : false;
        const progress = await documentProgress(deps, doc.id, { hasRecord, extractJobId: doc.jobId });
        return { id: doc.id, name: doc.name, jobId: doc.jobId, status: progress.status, alreadyStored: doc.alreadyStored };
      }),
    );
    return reply.status(202).send(body);
  });

  const getSchema = {
    operationId: 'getDocument',
    summary: 'A document: its status (queued, processing, indexed, failed with the reason) and its record once extracted',
    params: DocumentParams,
    response: { 200: json('the document', DocumentResponse), ...errors(400, 404, 500, 503) },
  };
  api.get('/documents/:id', { config: { role: 'analyst' }, schema: getSchema }, async (request): Promise<DocumentResponse> => {
    const { id } = request.params;
    const original = await deps.store.getOriginal(id);
    if (!original) throw notFound(`no document ${id}`);
    const record = await deps.store.getRecord(id);
    const progress = await documentProgress(deps, id, { hasRecord: record !== null });
    return {
      id,
      name: original.meta.name,
      bytes: original.meta.bytes,
      receivedAt: original.meta.receivedAt,
      ...progress,
      record,
    };
  });

  const fileSchema = {
    operationId: 'getDocumentFile',
    summary: 'The original file as uploaded',
    params: DocumentParams,
    response: { 200: media('the original bytes, with their content type', 'application/octet-stream'), ...errors(400, 404, 500) },
  };
  api.get('/documents/:id/file', { config: { role: 'analyst' }, schema: fileSchema }, async (request, reply) => {
    const { id } = request.params;
    const original = await deps.store.getOriginal(id);
    if (!original) throw notFound(`no document ${id}`);
    const record = await deps.store.getRecord(id);
    const type = await contentTypeOf(original.bytes, record?.file.mimeType);
    // ?inline=1 lets the document page preview a PDF or an image; anything else is a download.
    const inline = (request.query as { inline?: unknown }).inline === '1' && (type === 'application/pdf' || type.startsWith('image/'));
    return reply
      .type(type)
      .header('content-disposition', contentDisposition(original.meta.name, inline ? 'inline' : 'attachment'))
      .header('x-content-type-options', 'nosniff')
      // Chromium refuses to show a sandboxed PDF, so an inline PDF goes without `sandbox`.
      .header('content-security-policy', inline && type === 'application/pdf' ? "default-src 'none'" : "default-src 'none'; sandbox")
      .header('cache-control', 'private, max-age=31536000, immutable')
      .send(original.bytes);
  });

  const correctSchema = {
    operationId: 'correctDocument',
    summary: 'Correct one field of the record; the extracted value and who changed it are kept in record.corrections, and the index is updated at once',
    params: DocumentParams,
    body: CorrectionBody,
    response: { 200: json('the corrected record', DocumentRecord), ...errors(400, 401, 403, 404, 500, 503) },
  };
  api.patch('/documents/:id', { config: { role: 'archivist' }, schema: correctSchema }, async (request) => {
    const { id } = request.params;
    return applyCorrection(deps, id, request.body, request.user?.name ?? 'unknown');
  });
}
