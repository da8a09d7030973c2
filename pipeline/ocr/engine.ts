// One long-lived tesseract.js scheduler for the process, one worker per core: creating a worker
// loads the Vietnamese model (~1 s), so workers are reused for every page, never made per page.
import Tesseract from 'tesseract.js';
import type { TextItem } from '../types.ts';
import { shutdownHandwritten } from './handwritten.ts';

export interface OcrSettings {
  langPath: string;
  gzip: boolean;
  workers: number;
}

export interface OcrResult {
  words: TextItem[];
  /** Mean word confidence, 0-100. */
  confidence: number;
}

let scheduler: Promise<Tesseract.Scheduler> | undefined;

async function startScheduler(settings: OcrSettings): Promise<Tesseract.Scheduler> {
  const s = Tesseract.createScheduler();
  const workers = await Promise.all(
    Array.from({ length: settings.workers }, () =>
      Tesseract.createWorker('vie', Tesseract.OEM.LSTM_ONLY, {
        langPath: settings.langPath,
        gzip: settings.gzip,
        cacheMethod: 'none',
      }),
    ),
  );
  for (const worker of workers) {
    // psm 6 (one uniform block) keeps every line; psm 3 was measured to drop whole lines.
    await worker.setParameters({
      tessedit_pageseg_mode: Tesseract.PSM.SINGLE_BLOCK,
      preserve_interword_spaces: '0',
    });
    s.addWorker(worker);
  }
  return s;
}

/** OCR one page image (PNG/JPEG bytes) into positioned words. */
export async function recognize(image: Buffer, settings: OcrSettings): Promise<OcrResult> {
  scheduler ??= startScheduler(settings).catch((error: unknown) => {
    scheduler = undefined; // let the next call try again rather than keep a broken promise
    throw error;
  });
  const result = await (await scheduler).addJob('recognize', image, {}, { blocks: true, text: false });
  const words: TextItem[] = [];
  let lineId = 0;
  for (const block of result.data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        lineId++;
        for (const w of line.words) {
          if (!w.text.trim()) continue;
          words.push({ text: w.text, confidence: w.confidence, line: lineId, ...w.bbox });
        }
      }
    }
  }
  const confidence = words.length ? words.reduce((sum, w) => sum + (w.confidence ?? 0), 0) / words.length : 0;
  return { words, confidence };
}

/** Terminate the OCR workers (and the handwriting reader's) so the process can exit. */
export async function shutdownOcr(): Promise<void> {
  const pending = scheduler;
  scheduler = undefined;
  await shutdownHandwritten();
  if (pending) await (await pending).terminate();
}
