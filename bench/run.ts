// The benchmark (issues #5 and #13), section by section:
//   npm run bench [-- --quick | --full] [--sections peers,scaling,extraction,e2e,es] [--letters N]
// peers: files → searchable beside FSCrawler, cores busy and where the rest goes; scaling: pinned
// worker processes on scans; extraction: raw extractors and the OCR CLI vs vanthu; e2e: generated
// corpus through Redis queues and worker processes; es: bulk and search latency (--full: 1M records).
// `npm run bench` runs bench/setup.sh first (fonts, peers, services).
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { shutdownOcr } from '../pipeline/ocr/engine.ts';
import { loadBaseRecords } from './base-records.ts';
import { firstLetters, generatedCorpus, type Corpus } from './corpus.ts';
import { runEndToEnd, type EndToEnd } from './e2e.ts';
import { runEsBench } from './es.ts';
import { runExtraction, type ExtractionResult } from './extraction.ts';
import { peerSets, peersAvailable, runPeers } from './peers.ts';
import { printHeader, writeResults, type Results } from './report.ts';
import { printExtraction } from './report-extraction.ts';
import { printGoals, printPeers, printScaling } from './report-goals.ts';
import { printEndToEnd, printEs } from './report-services.ts';
import { runScaling } from './scaling.ts';
import { machine } from './stats.ts';

const SECTIONS = ['peers', 'scaling', 'extraction', 'e2e', 'es'] as const;

/** Documents/s the raw extractors alone would reach on this machine for the same pages. */
function rawBound(x: ExtractionResult | undefined, run: EndToEnd | undefined): number | null {
  const pdf = x?.text.find((t) => t.format === 'pdf')?.rawMsPerPage;
  const docx = x?.text.find((t) => t.format === 'docx')?.rawMsPerPage;
  const ocr = x?.ocr.nativeSameModel?.pagesPerSecond;
  if (!run || pdf === undefined || docx === undefined || ocr === undefined) return null;
  const ms = (run.work.pdfPages * pdf + run.work.docxPages * docx) / os.availableParallelism() + (run.work.ocrPages * 1000) / ocr;
  return (run.documents * 1000) / ms;
}

async function main(): Promise<void> {
  const started = Date.now();
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      sections: { type: 'string' },
      letters: { type: 'string' },
    },
  });
  const quick = values.quick!;
  const full = values.full! && !quick;
  const sections = values.sections?.split(',') ?? [...SECTIONS];
  const unknown = sections.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  const m = machine();
  printHeader(m);
  const results: Results = { date: new Date().toISOString().slice(0, 10), quick, machine: m, notes: [] };
  if (sections.length < SECTIONS.length) results.sections = sections;
  // One generated corpus (cached under tmp/) feeds every section.
  let corpusCache: Corpus | undefined;
  const corpus = async () => (corpusCache ??= await generatedCorpus(quick ? 12 : 200));

  if (sections.includes('peers')) {
    const missing = await peersAvailable();
    if (missing) results.notes.push(`peers skipped: ${missing}`);
    else {
      // ≥ 175 text PDFs (issue #13) and a mixed set; --quick: a smoke-sized pair.
      const sets = await peerSets((await corpus()).dir, quick ? 12 : 200, quick ? 4 : 40);
      results.peers = await runPeers(sets, quick ? 1 : 3);
      printPeers(results.peers);
    }
  }
  if (sections.includes('scaling')) {
    const scans = (await corpus()).files.filter((f) => f.name.includes('.scan.')).slice(0, quick ? 2 : 12);
    results.scaling = await runScaling(scans);
    printScaling(results.scaling);
  }
  if (sections.includes('es')) {
    const sizes = quick ? [1_000, 2_000] : full ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
    results.elasticsearch = await runEsBench(await loadBaseRecords(), sizes, quick ? 20 : 200);
    printEs(results.elasticsearch);
  }
  if (sections.includes('extraction')) {
    results.extraction = await runExtraction(quick);
    results.notes.push(...results.extraction.notes);
    printExtraction(results.extraction);
  }
  if (sections.includes('e2e')) {
    const letters = Number(values.letters ?? (quick ? 4 : 100));
    const e2e = firstLetters(letters > (quick ? 12 : 200) ? await generatedCorpus(letters) : await corpus(), letters);
    const runs: EndToEnd[] = [];
    for (const workers of quick ? [1] : [1, 2]) runs.push(await runEndToEnd(e2e, workers, (quick ? 5 : 30) * 60_000));
    const bound = rawBound(results.extraction, runs[0]);
    results.endToEnd = { corpus: e2e.mix, runs, rawBoundDocumentsPerSecond: bound === null ? null : Math.round(bound * 100) / 100 };
    printEndToEnd(results.endToEnd);
  }
  for (const n of results.notes) console.log(`note: ${n}`);
  results.totalSeconds = Math.round((Date.now() - started) / 1000);
  printGoals(results, results.totalSeconds);
  console.log(`\nbench wall time ${results.totalSeconds} s; written: ${path.relative(process.cwd(), await writeResults(results))}`);
}

try {
  await main();
} finally {
  await shutdownOcr();
}
