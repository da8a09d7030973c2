// Text PDFs and DOCX: raw extractor vs vanthu, median over repetitions, per document.
import type { Format, Input } from './inputs.ts';
import { docxText, pdfText } from './raw.ts';
import { timeMedian } from './stats.ts';
import { vanthuOnce } from './vanthu.ts';

export interface DocTiming {
  name: string;
  format: Format;
  pages: number;
  rawMs: number;
  vanthuMs: number;
}

export interface FormatSummary {
  format: Format;
  documents: number;
  pages: number;
  rawMsPerPage: number;
  vanthuMsPerPage: number;
  /** vanthu time over raw extractor time, summed over the documents. */
  overhead: number;
}

export async function timeTextDocs(inputs: Input[], pages: Map<string, number>, reps: number): Promise<DocTiming[]> {
  const out: DocTiming[] = [];
  for (const input of inputs) {
    const raw = input.format === 'pdf' ? pdfText : docxText;
    await raw(input.bytes); // warm up this document in the raw path too
    const rawMs = await timeMedian(() => raw(input.bytes), reps);
    const vanthuMs = await timeMedian(() => vanthuOnce(input), reps);
    out.push({ name: input.name, format: input.format, pages: pages.get(input.name) ?? 1, rawMs, vanthuMs });
  }
  return out;
}

export function summarise(format: Format, docs: DocTiming[]): FormatSummary {
  const mine = docs.filter((d) => d.format === format);
  const pages = mine.reduce((s, d) => s + d.pages, 0);
  const raw = mine.reduce((s, d) => s + d.rawMs, 0);
  const vanthu = mine.reduce((s, d) => s + d.vanthuMs, 0);
  return {
    format,
    documents: mine.length,
    pages,
    rawMsPerPage: pages ? raw / pages : NaN,
    vanthuMsPerPage: pages ? vanthu / pages : NaN,
    overhead: raw ? vanthu / raw : NaN,
  };
}
