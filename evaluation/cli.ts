// `npm run eval [-- --verbose] [--json FILE] [--only pdf,docx,...] [--split development|validation]`: per-field accuracy tables, development
// and validation apart; --verbose lists the development mismatches (never the validation ones).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../config.ts';
import { shutdownOcr } from '../pipeline/ocr/engine.ts';
import { realCorpusCases, sampleCases, type Rendition } from './corpus.ts';
import { splitOf } from './split.ts';
import { calibration, evaluateCases, formatCalibration, formatMismatches, formatSplitTables, summariseBySplit } from './evaluate.ts';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    json: { type: 'string' },
    only: { type: 'string' },
    filter: { type: 'string' },
    split: { type: 'string' },
    'text-cache': { type: 'string' },
  },
});
const cfg = config();
const renditions = (values.only?.split(',') ?? ['pdf', 'docx', 'scan.pdf', 'scan.png', 'real-scan']) as Rendition[];
let cases = [...sampleCases(path.resolve(import.meta.dirname, '..', 'samples')), ...realCorpusCases(cfg.corpusDir, renditions)].filter(
  (c) => renditions.includes(c.rendition),
);
if (values.filter) cases = cases.filter((c) => c.id.includes(values.filter!));
// `--split validation` scores only the validation documents (in aggregate), e.g. to set floors.
if (values.split) cases = cases.filter((c) => splitOf(c) === values.split);
const started = Date.now();
try {
  const results = await evaluateCases(cases, { ocr: cfg.ocr, maxFileBytes: cfg.maxFileBytes }, 2, values['text-cache']);
  const summaries = summariseBySplit(results);
  console.log(formatSplitTables(summaries));
  console.log(`\nCalibration (development, every scored field)\n${formatCalibration(calibration(results))}`);
  console.log(`\n${cases.length} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (values.verbose) console.log(`\nDevelopment mismatches\n${formatMismatches(results)}`);
  if (values.json) await writeFile(values.json, JSON.stringify({ date: new Date().toISOString(), summaries, calibration: calibration(results) }, null, 2));
} finally {
  await shutdownOcr();
}
