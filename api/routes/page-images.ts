// GET /documents/:id/pages/:page.png — one page of the original as an image, for the document
// page's preview: every browser shows an image, not every one (nor a headless one) shows a PDF.
// PDF pages are rendered with the pipeline's renderer at screen resolution; an image is its page 1.
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { z } from 'zod';
import { renderPages } from '../../pipeline/ocr/render.ts';
import { DocumentId } from '../../schemas/api.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ApiDeps } from '../deps.ts';
import { ApiError } from '../errors.ts';
import { errors, labelPart, media } from '../openapi.ts';

export const PageImageParams = z.strictObject({
  id: DocumentId,
  page: z.coerce.number({ error: 'a page is a whole number' }).int().min(1).max(2000),
});
labelPart(PageImageParams, { code: 'invalid_id', what: 'document page' });

/** Enough to read a letter on a laptop or tablet; a page renders in ~0.1 s. */
const PREVIEW_DPI = 110;

export function pageImageRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const schema = {
    operationId: 'getDocumentPageImage',
    summary: 'One page of the original as a PNG (PDF pages rendered; an image is its page 1), for previews',
    params: PageImageParams,
    response: { 200: media('the page as PNG', 'image/png'), ...errors(400, 404, 500) },
  };
  app.withTypeProvider<ZodTypeProvider>().get('/documents/:id/pages/:page.png', { config: { role: 'analyst' }, schema }, async (request, reply) => {
    const { id, page } = request.params;
    const original = await deps.store.getOriginal(id);
    if (!original) throw new ApiError(404, 'not_found', `no document ${id}`);
    const record = await deps.store.getRecord(id);
    const mime = record?.file.mimeType ?? '';
    let png: Buffer | undefined;
    if (mime === 'application/pdf') {
      if (page > (record?.file.pages ?? 0)) throw new ApiError(404, 'not_found', `the document has no page ${page}`);
      png = (await renderPages(original.bytes, [page], PREVIEW_DPI)).get(page);
    } else if (mime.startsWith('image/') && page === 1) {
      png = await sharp(original.bytes).rotate().resize({ width: 1400, withoutEnlargement: true }).png().toBuffer();
    }
    if (!png) throw new ApiError(404, 'not_found', `no page image for page ${page} of this ${mime || 'document'}`);
    return reply.type('image/png').header('cache-control', 'private, max-age=31536000, immutable').send(png);
  });
}
