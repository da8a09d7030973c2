// tesseract.js (WebAssembly): the default engine, needing no system binary. One long-lived
// scheduler with a worker per core: creating a worker loads the Vietnamese model (~1 s), so
// workers are reused for every page, never made per page.
import Tesseract from 'tesseract.js';
import type { TextItem } from '../types.ts';
import { meanConfidence, type OcrEngine, type OcrSettings } from './ocr-engine.ts';

async function startScheduler(settings: OcrSettings): Promise<Tesseract.Scheduler> {
  const s = Tesseract.createScheduler();
  const workers = await Promise.all(
    Array.from({ length: settings.workers }, () =>
      Tesseract.createWorker(settings.model ?? 'vie', Tesseract.OEM.LSTM_ONLY, {
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

export function createTesseractJsEngine(settings: OcrSettings): OcrEngine {
  let scheduler: Promise<Tesseract.Scheduler> | undefined;
  return {
    async recognize(image) {
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
      return { words, confidence: meanConfidence(words) };
    },
    async terminate() {
      const pending = scheduler;
      scheduler = undefined;
      if (pending) await (await pending.catch(() => undefined))?.terminate();
    },
  };
}
