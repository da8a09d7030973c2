// Extraction benchmark (issue #5): raw extractors vs vanthu's full extraction.
//   npx tsx bench/run.ts [--quick]
import { config } from '../config.ts';
import { prepareForOcr } from '../pipeline/ocr/preprocess.ts';
import { shutdownOcr } from '../pipeline/ocr/engine.ts';
import { loadInputs } from './inputs.ts';
import { nativeAvailable, tesseractJs, tesseractNative } from './raw.ts';
import { printHeader, printResults, writeResults } from './report.ts';
import type { Results } from './report.ts';
import { machine } from './stats.ts';
import { summarise, timeTextDocs } from './text.ts';
import { vanthuImages, vanthuPages } from './vanthu.ts';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const reps = quick ? 1 : 5;
  const { inputs, notes } = await loadInputs(quick);
  const m = machine();
  printHeader(m, notes);

  // Warm-up: one full extraction of every document, which also gives the page counts.
  const pages = new Map<string, number>();
  for (const input of inputs) pages.set(input.name, await vanthuPages(input));
  const text = inputs.filter((i) => i.format !== 'image');
  const images = inputs.filter((i) => i.format === 'image');
  console.log(`inputs: ${text.filter((i) => i.format === 'pdf').length} PDF, ${text.filter((i) => i.format === 'docx').length} DOCX, ${images.length} images`);

  const documents = await timeTextDocs(text, pages, reps);

  const pngs = await Promise.all(images.map(async (i) => (await prepareForOcr(i.bytes)).png));
  const ocr: Results['ocr'] = {};
  ocr.tesseractJs = await tesseractJs(pngs, config().ocr);
  if (await nativeAvailable()) ocr.native = await tesseractNative(pngs);
  else notes.push('tesseract CLI not installed: native OCR skipped');
  ocr.vanthuImages = await vanthuImages(images, pages);
  if (ocr.native) ocr.ratioJsOverNative = ocr.tesseractJs.pagesPerSecond / ocr.native.pagesPerSecond;

  const results: Results = {
    date: new Date().toISOString().slice(0, 10),
    quick,
    repetitions: reps,
    machine: m,
    notes,
    text: [summarise('pdf', documents), summarise('docx', documents)],
    documents,
    ocr,
  };
  printResults(results);
  console.log(`\nwritten: ${await writeResults(results)}`);
}

try {
  await main();
} finally {
  await shutdownOcr();
}
