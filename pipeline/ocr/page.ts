// OCR one page image into laid-out lines.
import { readingOrder } from '../layout/reading-order.ts';
import type { Page } from '../types.ts';
import { recognize, type OcrSettings } from './engine.ts';
import { prepareForOcr } from './preprocess.ts';

export async function ocrPage(image: Uint8Array, pageNumber: number, settings: OcrSettings): Promise<Page> {
  const prepared = await prepareForOcr(image);
  const { words, confidence } = await recognize(prepared.png, settings);
  return {
    number: pageNumber,
    source: 'ocr',
    lines: readingOrder(words, { pageWidth: prepared.width, itemsAreWords: true }),
    confidence: Math.round(confidence * 10) / 10,
  };
}
