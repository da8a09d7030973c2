// vanthu's full extraction (detect → extract → lay out → fields → record) per document.
import { config } from '../config.ts';
import { processDocument } from '../pipeline/run.ts';
import type { Input } from './inputs.ts';
import { timeOnce } from './stats.ts';
import type { OcrThroughput } from './raw.ts';

function context() {
  const c = config();
  return { ocr: c.ocr, maxFileBytes: c.maxFileBytes };
}

/** One full extraction; returns the page count from the record. */
export async function vanthuPages(input: Input): Promise<number> {
  const record = await processDocument({ name: input.name, bytes: input.bytes }, context());
  return record.file.pages;
}

export async function vanthuOnce(input: Input): Promise<void> {
  await processDocument({ name: input.name, bytes: input.bytes }, context());
}

/** Image documents all submitted at once, as the workers would see them; OCR must be warm. */
export async function vanthuImages(inputs: Input[], pages: Map<string, number>): Promise<OcrThroughput> {
  const total = inputs.reduce((sum, i) => sum + (pages.get(i.name) ?? 1), 0);
  const ms = await timeOnce(() => Promise.all(inputs.map(vanthuOnce)));
  return { pages: total, ms, pagesPerSecond: (total * 1000) / ms };
}
