// The benchmark (issue #5), section by section:
//   npx tsx bench/run.ts [--quick] [--sections extraction,e2e,es] [--letters N]
// extraction: raw extractors vs vanthu; e2e: generated corpus through Redis queues and worker
// processes into Elasticsearch; es: bulk indexing and search latency at growing index sizes.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { shutdownOcr } from '../pipeline/ocr/engine.ts';
import { generatedCorpus } from './corpus.ts';
import { runEndToEnd, type EndToEnd } from './e2e.ts';
import { runEsBench } from './es.ts';
import { runExtraction, type ExtractionResult } from './extraction.ts';
import { loadBaseRecords } from './base-records.ts';
import { printHeader, writeResults, type Results } from './report.ts';
import { printExtraction } from './report-extraction.ts';
import { printEndToEnd, printEs } from './report-services.ts';
import { machine } from './stats.ts';

const SECTIONS = ['extraction', 'e2e', 'es'] as const;

/** Documents/s the raw extractors alone would reach on this machine for the same pages. */
function rawBound(x: ExtractionResult | undefined, run: EndToEnd | undefined): number | null {
  const pdf = x?.text.find((t) => t.format === 'pdf')?.rawMsPerPage;
  const docx = x?.text.find((t) => t.format === 'docx')?.rawMsPerPage;
  const ocr = x?.ocr.native?.pagesPerSecond;
  if (!run || pdf === undefined || docx === undefined || ocr === undefined) return null;
  const ms = (run.work.pdfPages * pdf + run.work.docxPages * docx) / os.availableParallelism() + (run.work.ocrPages * 1000) / ocr;
  return (run.documents * 1000) / ms;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, sections: { type: 'string' }, letters: { type: 'string' } },
  });
  const quick = values.quick!;
  const sections = values.sections?.split(',') ?? [...SECTIONS];
  const unknown = sections.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  const m = machine();
  printHeader(m);
  const results: Results = { date: new Date().toISOString().slice(0, 10), quick, machine: m, notes: [] };
  if (sections.length < SECTIONS.length) results.sections = sections;

  if (sections.includes('extraction')) {
    results.extraction = await runExtraction(quick);
    results.notes.push(...results.extraction.notes);
    printExtraction(results.extraction);
  }
  if (sections.includes('e2e')) {
    const letters = Number(values.letters ?? (quick ? 4 : 100));
    const corpus = await generatedCorpus(letters);
    const runs: EndToEnd[] = [];
    for (const workers of [1, 2]) runs.push(await runEndToEnd(corpus, workers, (quick ? 5 : 30) * 60_000));
    const bound = rawBound(results.extraction, runs[0]);
    results.endToEnd = { corpus: corpus.mix, runs, rawBoundDocumentsPerSecond: bound === null ? null : Math.round(bound * 100) / 100 };
    printEndToEnd(results.endToEnd);
  }
  if (sections.includes('es')) {
    const sizes = quick ? [1_000, 2_000] : [10_000, 100_000];
    results.elasticsearch = await runEsBench(await loadBaseRecords(), sizes, quick ? 20 : 200);
    printEs(results.elasticsearch);
  }
  for (const n of results.notes) console.log(`note: ${n}`);
  console.log(`\nwritten: ${await writeResults(results)}`);
}

try {
  await main();
} finally {
  await shutdownOcr();
}
