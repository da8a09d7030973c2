// PDF: the text layer where a page has one, OCR for pages that are images (scans, or a signed
// scan whose only text is the e-signature box). A PDF mixing typed and scanned pages works.
// Numbers and days drawn into blanks by the signing software (widget appearances) are read too.
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { PDF } from '../detect.ts';
import { readingOrder } from '../layout/reading-order.ts';
import { ocrPage, type Overlay } from '../ocr/page.ts';
import { renderPages } from '../ocr/render.ts';
import type { ExtractedText, Page, TextItem } from '../types.ts';
import type { ExtractContext, TextExtractor } from './extractor.ts';
import { openPdf } from './pdf-document.ts';
import { annotationTexts, fitToLine, hasBlankToFill } from './pdf-fill-ins.ts';
import { signatureStampText, textLayerIsUsable } from './page-text-check.ts';

interface TextContentItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

const IMAGE_OPS = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);

interface PageRead {
  items: TextItem[];
  width: number;
  height: number;
  usable: boolean;
  stamps: string[];
  /** Fill-ins for the OCR of an image page, in page units. */
  overlay: TextItem[];
}

async function readPage(doc: PDFDocumentProxy, n: number): Promise<PageRead> {
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
  // Reading the annotations' appearances costs an operator list: only where a blank waits for them.
  const wanted = !usable || hasBlankToFill(items.map((i) => i.text).join(' '));
  const drawn = wanted ? await annotationTexts(page, viewport) : { fillIns: [], stamps: [] };
  if (usable) items.push(...drawn.fillIns.map((f) => fitToLine(f, items)));
  page.cleanup();
  return { items, width: viewport.width, height: viewport.height, usable, stamps: drawn.stamps, overlay: usable ? [] : drawn.fillIns };
}

export const pdfExtractor: TextExtractor = {
  name: 'pdf',
  accepts: (mime) => mime === PDF,
  async extract(file, ctx: ExtractContext): Promise<ExtractedText> {
    const doc = await openPdf(file.bytes);
    try {
      const pages: (Page | undefined)[] = [];
      const needOcr = new Map<number, Overlay>();
      const signatureStamps: string[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const read = await readPage(doc, n);
        signatureStamps.push(...read.stamps);
        if (read.usable) {
          pages[n - 1] = { number: n, source: 'text-layer', lines: readingOrder(read.items, { pageWidth: read.width, itemsAreWords: false }), confidence: null };
        } else {
          needOcr.set(n, { words: read.overlay, pageWidth: read.width, pageHeight: read.height });
          const stamp = signatureStampText(read.items);
          if (stamp && !read.stamps.length) signatureStamps.push(stamp);
        }
      }
      const images = await renderPages(file.bytes, [...needOcr.keys()], ctx.ocr.dpi, doc, { annotations: false });
      for (const [n, overlay] of needOcr) {
        const image = images.get(n);
        if (!image) throw new Error(`page ${n} could not be rendered for OCR`);
        pages[n - 1] = await ocrPage(image, n, ctx.ocr, overlay);
      }
      return { pages: pages.filter((p): p is Page => p !== undefined), signatureStamps, warnings: [] };
    } finally {
      await doc.destroy();
    }
  },
};
