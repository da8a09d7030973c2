// OCR one page image into laid-out lines. On the first page the handwritten number and day of a
// signed scan are read again by the handwriting reader, which full-page OCR reads badly.
import { readingOrder } from '../layout/reading-order.ts';
import type { Page } from '../types.ts';
import { recognize, type OcrSettings } from './engine.ts';
import { rereadHandwritten } from './handwritten.ts';
import { mergeHandwritten } from './handwritten-merge.ts';
import { prepareForOcr } from './preprocess.ts';

export async function ocrPage(image: Uint8Array, pageNumber: number, settings: OcrSettings): Promise<Page> {
  const prepared = await prepareForOcr(image);
  const recognised = await recognize(prepared.png, settings);
  let words = recognised.words;
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
