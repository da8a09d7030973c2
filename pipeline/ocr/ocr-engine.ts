// The one small contract every page OCR engine meets, so the rest of the pipeline does not know
// which engine read the page: positioned words, each on a numbered line, with a 0-100 confidence.
import type { TextItem } from '../types.ts';

export type OcrEngineName = 'tesseract.js' | 'native';

export interface OcrSettings {
  langPath: string;
  gzip: boolean;
  /** Pages recognised at once (tesseract.js workers, or native processes). */
  workers: number;
  /** Default tesseract.js: it needs no system binary. */
  engine?: OcrEngineName;
  /** The traineddata read from `langPath`: "vie" (default) or Debian's script model "Vietnamese". */
  model?: string;
}

export interface OcrResult {
  /** Words in the engine's reading order; `line` groups them as the engine did. */
  words: TextItem[];
  /** Mean word confidence, 0-100. */
  confidence: number;
}

export interface OcrEngine {
  /** OCR one prepared page image (PNG/JPEG bytes), Vietnamese model, psm 6 (one uniform block). */
  recognize(image: Buffer): Promise<OcrResult>;
  terminate(): Promise<void>;
}

export function meanConfidence(words: TextItem[]): number {
  return words.length ? words.reduce((sum, w) => sum + (w.confidence ?? 0), 0) / words.length : 0;
}
