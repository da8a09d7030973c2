// The stdout table and the JSON file under bench/results/.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OcrThroughput } from './raw.ts';
import type { Machine } from './stats.ts';
import { round } from './stats.ts';
import type { DocTiming, FormatSummary } from './text.ts';

export const OVERHEAD_GOAL = 1.15;
export const OCR_GOAL = 0.9;

export interface Results {
  date: string;
  quick: boolean;
  repetitions: number;
  machine: Machine;
  notes: string[];
  text: FormatSummary[];
  documents: DocTiming[];
  ocr: { tesseractJs?: OcrThroughput; native?: OcrThroughput; vanthuImages?: OcrThroughput; ratioJsOverNative?: number };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

export function printHeader(m: Machine, notes: string[]): void {
  console.log(`machine: ${m.cores} cores, ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}`);
  for (const n of notes) console.log(`note: ${n}`);
}

export function printResults(r: Results): void {
  const rows = [['format', 'docs', 'pages', 'raw ms/page', 'vanthu ms/page', 'overhead', `goal ≤ ${OVERHEAD_GOAL}×`]];
  for (const s of r.text) {
    rows.push([
      s.format === 'pdf' ? 'text PDF (pdf.js)' : 'DOCX (mammoth)',
      String(s.documents),
      String(s.pages),
      round(s.rawMsPerPage, 2).toFixed(2),
      round(s.vanthuMsPerPage, 2).toFixed(2),
      `${round(s.overhead, 2).toFixed(2)}×`,
      verdict(s.overhead <= OVERHEAD_GOAL),
    ]);
  }
  console.log(`\nText formats (median of ${r.repetitions} run(s) per document)`);
  console.log(table(rows));

  const o = r.ocr;
  const ocrRows = [['OCR engine', 'pages', 'wall ms', 'pages/s', 'ms/page']];
  const add = (label: string, t?: OcrThroughput) => {
    if (t) ocrRows.push([label, String(t.pages), round(t.ms, 0).toFixed(0), round(t.pagesPerSecond, 3).toFixed(3), round(t.ms / t.pages, 0).toFixed(0)]);
  };
  add('tesseract.js (vanthu scheduler)', o.tesseractJs);
  add('tesseract CLI (1 proc/core)', o.native);
  add('vanthu full, images', o.vanthuImages);
  console.log('\nOCR (prepared PNG pages, all pages at once)');
  console.log(table(ocrRows));
  if (o.ratioJsOverNative !== undefined) {
    console.log(`tesseract.js / native: ${round(o.ratioJsOverNative, 2).toFixed(2)}× (goal ≥ ${OCR_GOAL}×: ${verdict(o.ratioJsOverNative >= OCR_GOAL)})`);
  }
}

export async function writeResults(r: Results): Promise<string> {
  const dir = path.resolve(import.meta.dirname, 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${r.date}${r.quick ? '.quick' : ''}.json`);
  await writeFile(file, JSON.stringify(r, null, 2) + '\n');
  return file;
}
