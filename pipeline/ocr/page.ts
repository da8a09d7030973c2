// OCR one page image into laid-out lines. On the first page the handwritten number and day of a
// signed scan are read again by the handwriting reader, which full-page OCR reads badly. Text the
// PDF itself drew over the image (numbers filled in by the signing software) replaces what OCR
// read under it: it is exact.
import { readingOrder } from '../layout/reading-order.ts';
import type { Page, TextItem } from '../types.ts';
import { recognize, type OcrSettings } from './engine.ts';
import { rereadHandwritten } from './handwritten.ts';
import { mergeHandwritten } from './handwritten-merge.ts';
import { prepareForOcr } from './preprocess.ts';

/** Words known exactly, positioned in page units of a page `pageWidth` × `pageHeight`. */
export interface Overlay {
  words: TextItem[];
  pageWidth: number;
  pageHeight: number;
}

const centre = (b: TextItem) => ({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 });
const inside = (p: { x: number; y: number }, b: TextItem) => p.x >= b.x0 && p.x <= b.x1 && p.y >= b.y0 && p.y <= b.y1;

/** Put the overlay's words in place of the OCR words under them, on the OCR line they sit on. */
export function applyOverlay(words: TextItem[], overlay: Overlay | undefined, width: number, height: number): TextItem[] {
  if (!overlay?.words.length) return words;
  const sx = width / overlay.pageWidth;
  const sy = height / overlay.pageHeight;
  let out = words;
  let nextLine = Math.max(0, ...words.map((w) => w.line ?? 0)) + 1;
  for (const o of overlay.words) {
    const box = { ...o, x0: o.x0 * sx, x1: o.x1 * sx, y0: o.y0 * sy, y1: o.y1 * sy };
    out = out.filter((w) => !inside(centre(w), box));
    const mid = centre(box).y;
    const host = out
      .filter((w) => w.y0 <= mid && w.y1 >= mid)
      .sort((a, b) => Math.abs(centre(a).x - centre(box).x) - Math.abs(centre(b).x - centre(box).x))[0];
    out = [...out, { ...box, confidence: 100, line: host?.line ?? nextLine++, ...(host ? { y0: host.y0, y1: host.y1 } : {}) }];
  }
  return out;
}

export async function ocrPage(image: Uint8Array, pageNumber: number, settings: OcrSettings, overlay?: Overlay): Promise<Page> {
  const prepared = await prepareForOcr(image);
  const recognised = await recognize(prepared.png, settings);
  let words = applyOverlay(recognised.words, overlay, prepared.width, prepared.height);
  let warnings: string[] = [];
  if (pageNumber === 1) {
    const found = await rereadHandwritten(prepared, words, { ocr: settings });
    ({ words, notes: warnings } = mergeHandwritten(words, found, prepared.height));
  }
  return {
    number: pageNumber,
    source: 'ocr',
    lines: readingOrder(words, { pageWidth: prepared.width, itemsAreWords: true }),
    confidence: Math.round(recognised.confidence * 10) / 10,
    warnings,
  };
}
