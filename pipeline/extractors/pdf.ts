// PDF: the text layer where a page has one, OCR for pages that are images (scans, or a signed
// scan whose only text is the e-signature box). A PDF mixing typed and scanned pages works.
import { PDFParse, PasswordException, InvalidPDFException } from 'pdf-parse';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { BadInputError } from '../errors.ts';
import { readingOrder } from '../layout/reading-order.ts';
import { ocrPage } from '../ocr/page.ts';
import { renderPages } from '../ocr/render.ts';
import type { ExtractedText, Page, TextItem } from '../types.ts';
import type { ExtractContext, TextExtractor } from './extractor.ts';
import { signatureStampText, textLayerIsUsable } from './page-text-check.ts';
import { PDF } from '../detect.ts';

interface TextContentItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

// pdf-parse keeps its pdf.js document private; we reuse it (one parse per file) for the
// positioned text items that reading order needs. pdf-parse is pinned to the version checked.
async function openDocument(parser: PDFParse): Promise<PDFDocumentProxy> {
  try {
    return await (parser as unknown as { load(): Promise<PDFDocumentProxy> }).load();
  } catch (error) {
    if (error instanceof PasswordException) throw new BadInputError('encrypted PDF');
    if (error instanceof InvalidPDFException) throw new BadInputError('corrupt file', error.message);
    throw new BadInputError('corrupt file', error instanceof Error ? error.message : String(error));
  }
}

const IMAGE_OPS = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);

async function pageItems(doc: PDFDocumentProxy, n: number) {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  // A page without images has nothing for OCR to add, however little text it holds.
  const hasImages = async () => (await page.getOperatorList()).fnArray.some((op) => IMAGE_OPS.has(op));
  const items: TextItem[] = [];
  for (const raw of content.items as TextContentItem[]) {
    if (typeof raw.str !== 'string' || !raw.str.trim()) continue;
    const [x, y] = viewport.convertToViewportPoint(raw.transform[4]!, raw.transform[5]!) as [number, number];
    const h = raw.height || Math.hypot(raw.transform[2]!, raw.transform[3]!);
    items.push({ text: raw.str, x0: x, y0: y - h, x1: x + raw.width, y1: y });
  }
  const usable = textLayerIsUsable(items, viewport.height) || !(await hasImages());
  page.cleanup();
  return { items, width: viewport.width, usable };
}

export const pdfExtractor: TextExtractor = {
  name: 'pdf',
  accepts: (mime) => mime === PDF,
  async extract(file, ctx: ExtractContext): Promise<ExtractedText> {
    const parser = new PDFParse({ data: file.bytes.slice(), verbosity: 0 });
    try {
      const doc = await openDocument(parser);
      const pages: (Page | undefined)[] = [];
      const needOcr: number[] = [];
      const signatureStamps: string[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const { items, width, usable } = await pageItems(doc, n);
        if (usable) {
          pages[n - 1] = { number: n, source: 'text-layer', lines: readingOrder(items, { pageWidth: width, itemsAreWords: false }), confidence: null };
        } else {
          needOcr.push(n);
          const stamp = signatureStampText(items);
          if (stamp) signatureStamps.push(stamp);
        }
      }
      const images = await renderPages(file.bytes, parser, needOcr, ctx.ocr.dpi);
      for (const n of needOcr) {
        const image = images.get(n);
        if (!image) throw new Error(`page ${n} could not be rendered for OCR`);
        pages[n - 1] = await ocrPage(image, n, ctx.ocr);
      }
      return { pages: pages.filter((p): p is Page => p !== undefined), signatureStamps, warnings: [] };
    } finally {
      await parser.destroy();
    }
  },
};
