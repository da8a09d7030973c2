// vanthu's full extraction (detect → extract → lay out → fields → record) per document.
import { config } from '../config.ts';
import type { OcrEngineName } from '../pipeline/ocr/ocr-engine.ts';
import { processDocument } from '../pipeline/run.ts';
import type { Input } from './inputs.ts';
import { timeOnce } from './stats.ts';
import type { OcrThroughput } from './raw.ts';

function context(engine?: OcrEngineName) {
  const c = config();
  return { ocr: { ...c.ocr, ...(engine ? { engine } : {}) }, maxFileBytes: c.maxFileBytes };
}

/** One full extraction; returns the page count from the record. */
export async function vanthuPages(input: Input): Promise<number> {
  const record = await processDocument({ name: input.name, bytes: input.bytes }, context());
  return record.file.pages;
}

export async function vanthuOnce(input: Input, engine?: OcrEngineName): Promise<void> {
  await processDocument({ name: input.name, bytes: input.bytes }, context(engine));
}

/** Image documents all submitted at once, as the workers would see them, with the given engine. */
export async function vanthuImages(inputs: Input[], pages: Map<string, number>, engine: OcrEngineName): Promise<OcrThroughput> {
  const first = inputs[0];
  if (first) await vanthuOnce(first, engine); // warm up this engine
  const total = inputs.reduce((sum, i) => sum + (pages.get(i.name) ?? 1), 0);
  const ms = await timeOnce(() => Promise.all(inputs.map((i) => vanthuOnce(i, engine))));
  return { pages: total, ms, pagesPerSecond: (total * 1000) / ms };
}
