// Render PDF pages to images for OCR. Poppler's pdftoppm is several times faster than pdf.js
// rendering; pdf.js (pdfjs-dist, with its Node canvas) is the fallback that needs no system package.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AnnotationMode } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { openPdf } from '../extractors/pdf-document.ts';

const run = promisify(execFile);

let hasPdftoppm: Promise<boolean> | undefined;
function pdftoppmAvailable(): Promise<boolean> {
  hasPdftoppm ??= run('pdftoppm', ['-v']).then(
    () => true,
    () => false,
  );
  return hasPdftoppm;
}

interface NodeCanvas {
  canvas: { toBuffer(mime: 'image/png'): Buffer };
  context: unknown;
}

async function renderWithPdfJs(doc: PDFDocumentProxy, pages: number[], dpi: number, annotations: boolean, out: Map<number, Buffer>): Promise<void> {
  // pdfjs-dist's Node build brings a canvas factory backed by @napi-rs/canvas.
  const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): NodeCanvas } }).canvasFactory;
  for (const n of pages) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const annotationMode = annotations ? AnnotationMode.ENABLE : AnnotationMode.DISABLE;
    await page.render({ canvasContext: context as never, canvas: canvas as never, viewport, annotationMode }).promise;
    out.set(n, canvas.toBuffer('image/png'));
    page.cleanup();
  }
}

/**
 * Render the given 1-based pages in colour (the OCR step picks the channel) at `dpi`. For OCR,
 * `annotations: false` leaves out what signing software drew over the page (e-signature boxes,
 * filled-in numbers): their text is read exactly from the PDF instead.
 */
export async function renderPages(
  bytes: Uint8Array,
  pages: number[],
  dpi: number,
  doc?: PDFDocumentProxy,
  { annotations = true }: { annotations?: boolean } = {},
): Promise<Map<number, Buffer>> {
  const out = new Map<number, Buffer>();
  if (pages.length === 0) return out;
  if (await pdftoppmAvailable()) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vanthu-render-'));
    try {
      const input = path.join(dir, 'in.pdf');
      await writeFile(input, bytes);
      for (const page of pages) {
        const prefix = path.join(dir, `p${page}`);
        const hide = annotations ? [] : ['-hide-annotations'];
        await run('pdftoppm', ['-r', String(dpi), ...hide, '-f', String(page), '-l', String(page), '-singlefile', '-png', input, prefix]);
        out.set(page, await readFile(`${prefix}.png`));
      }
      return out;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const opened = doc ?? (await openPdf(bytes));
  try {
    await renderWithPdfJs(opened, pages, dpi, annotations, out);
  } finally {
    if (!doc) await opened.destroy();
  }
  return out;
}
