// POST /documents, GET /documents/:id, GET /documents/:id/file.
import type { FastifyInstance } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { SUPPORTED_TYPES } from '../../pipeline/detect.ts';
import { CorrectionBody, DocumentParams, type DocumentResponse, type UploadResponse } from '../../schemas/api.ts';
import { applyCorrection } from '../corrections.ts';
import type { ApiDeps, ApiLimits, Ingest, UploadFile } from '../deps.ts';
import { documentProgress } from '../document-status.ts';
import { ApiError, notFound, parseOr400 } from '../errors.ts';

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

export function documentRoutes(app: FastifyInstance, deps: ApiDeps, ingest: Ingest, limits: ApiLimits): void {
  app.post('/documents', { config: { role: 'archivist' } }, async (request, reply) => {
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

  app.get('/documents/:id', { config: { role: 'analyst' } }, async (request): Promise<DocumentResponse> => {
    const { id } = parseOr400(DocumentParams, request.params, 'invalid_id', 'document id');
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

  app.get('/documents/:id/file', { config: { role: 'analyst' } }, async (request, reply) => {
    const { id } = parseOr400(DocumentParams, request.params, 'invalid_id', 'document id');
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

  app.patch('/documents/:id', { config: { role: 'archivist' } }, async (request) => {
    const { id } = parseOr400(DocumentParams, request.params, 'invalid_id', 'document id');
    const body = parseOr400(CorrectionBody, request.body, 'invalid_body', 'correction');
    return applyCorrection(deps, id, body, request.user?.name ?? 'unknown');
  });
}
