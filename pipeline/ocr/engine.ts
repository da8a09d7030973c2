// The process's page OCR engine, chosen by `settings.engine` (VANTHU_OCR_ENGINE): tesseract.js by
// default, or the native tesseract CLI. Each engine is created once, with the settings of its
// first page, and reused for every page after.
import { shutdownHandwritten } from './handwritten.ts';
import { createNativeEngine } from './native-engine.ts';
import type { OcrEngine, OcrEngineName, OcrResult, OcrSettings } from './ocr-engine.ts';
import { createTesseractJsEngine } from './tesseract-js-engine.ts';

export type { OcrEngineName, OcrResult, OcrSettings } from './ocr-engine.ts';

const engines = new Map<OcrEngineName, OcrEngine>();

function engineFor(settings: OcrSettings): OcrEngine {
  const name = settings.engine ?? 'tesseract.js';
  let engine = engines.get(name);
  if (!engine) {
    engine = name === 'native' ? createNativeEngine(settings) : createTesseractJsEngine(settings);
    engines.set(name, engine);
  }
  return engine;
}

/** OCR one page image (PNG/JPEG bytes) into positioned words. */
export function recognize(image: Buffer, settings: OcrSettings): Promise<OcrResult> {
  return engineFor(settings).recognize(image);
}

/** Terminate the OCR workers (and the handwriting reader's) so the process can exit. */
export async function shutdownOcr(): Promise<void> {
  const running = [...engines.values()];
  engines.clear();
  await shutdownHandwritten();
  await Promise.all(running.map((engine) => engine.terminate()));
}
