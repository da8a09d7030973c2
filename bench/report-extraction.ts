// The extraction tables: text formats against the raw extractors, OCR engines against the CLI.
import type { ExtractionResult } from './extraction.ts';
import type { OcrThroughput } from './raw.ts';
import { table, verdict } from './report.ts';
import { round } from './stats.ts';

/** Issue #13: text extraction within 1.10× the raw extractor; on the same model and cores, the
 *  default OCR engine ≥ 0.8× the native tesseract CLI and the native engine ≥ 0.95×. */
export const OVERHEAD_GOAL = 1.1;
export const OCR_GOAL = { default: 0.8, native: 0.95 } as const;

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
  const limit = o.nativeSameModel?.pagesPerSecond;
  const ocrRows = [['OCR engine', 'pages', 'wall ms', 'pages/s', 'ms/page', 'vs CLI same model', 'goal']];
  const add = (label: string, t?: OcrThroughput, goal?: number) => {
    if (!t) return;
    const ratio = limit ? t.pagesPerSecond / limit : NaN;
    ocrRows.push([
      label,
      String(t.pages),
      round(t.ms, 0).toFixed(0),
      round(t.pagesPerSecond, 3).toFixed(3),
      round(t.ms / t.pages, 0).toFixed(0),
      limit ? `${round(ratio, 2).toFixed(2)}×` : '-',
      goal && limit ? `≥ ${goal}× ${verdict(ratio >= goal)}` : '',
    ]);
  };
  add('tesseract CLI, vanthu model = limit', o.nativeSameModel);
  add('tesseract CLI, Debian fast model', o.native);
  add('tesseract.js engine alone (default)', o.tesseractJs, OCR_GOAL.default);
  add('native engine alone (vanthu pool)', o.nativeEngine, OCR_GOAL.native);
  add('vanthu full, tesseract.js (default)', o.vanthuImages);
  add('vanthu full, native engine', o.vanthuImagesNative);
  console.log('\nOCR (image pages, all submitted at once, 1 single-threaded CLI process per core; full = preprocessing, handwriting re-read, fields)');
  console.log(table(ocrRows));
}
