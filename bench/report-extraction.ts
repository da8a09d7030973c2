// The extraction tables: text formats against the raw extractors, OCR engines against the CLI.
import type { ExtractionResult } from './extraction.ts';
import type { OcrThroughput } from './raw.ts';
import { table, verdict } from './report.ts';
import { round } from './stats.ts';

export const OVERHEAD_GOAL = 1.15;
export const OCR_GOAL = 0.9;

export function printExtraction(r: ExtractionResult): void {
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
  const native = o.native?.pagesPerSecond;
  const ocrRows = [['OCR engine', 'pages', 'wall ms', 'pages/s', 'ms/page', 'vs CLI', `goal ≥ ${OCR_GOAL}×`]];
  const add = (label: string, t?: OcrThroughput, judged = false) => {
    if (!t) return;
    const ratio = native ? t.pagesPerSecond / native : NaN;
    ocrRows.push([
      label,
      String(t.pages),
      round(t.ms, 0).toFixed(0),
      round(t.pagesPerSecond, 3).toFixed(3),
      round(t.ms / t.pages, 0).toFixed(0),
      native ? `${round(ratio, 2).toFixed(2)}×` : '-',
      judged && native ? verdict(ratio >= OCR_GOAL) : '',
    ]);
  };
  add('tesseract CLI, Debian model = limit', o.native);
  add('tesseract CLI, vanthu model', o.nativeSameModel);
  add('tesseract.js engine alone (default)', o.tesseractJs, true);
  add('native engine alone (vanthu pool)', o.nativeEngine, true);
  add('vanthu full, tesseract.js (default)', o.vanthuImages, true);
  add('vanthu full, native engine', o.vanthuImagesNative, true);
  console.log('\nOCR (image pages, all submitted at once, 1 single-threaded CLI process per core; full = preprocessing, handwriting re-read, fields)');
  console.log(table(ocrRows));
}
