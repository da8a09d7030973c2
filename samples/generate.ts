// Writes the sample documents.
//
//   npx tsx samples/generate.ts                       the bundled set into samples/ and samples/bad/
//   npx tsx samples/generate.ts --count 50 --out DIR --seed 7
//                                                     50 random labelled letters into DIR
//
// Every letter yields NAME.pdf, NAME.docx, NAME.scan.png, NAME.scan.pdf and NAME.expected.json.
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mkdir, writeFile } from 'node:fs/promises';
import { writeBadFiles } from './generator/bad-files.ts';
import { BUNDLED } from './generator/bundled/index.ts';
import type { Letter } from './generator/model.ts';
import { composeLetter } from './generator/random/compose.ts';
import { renderDocx } from './generator/render-docx.ts';
import { renderPdf } from './generator/render-pdf.ts';
import { Rng } from './generator/rng.ts';
import { type Written, writeSample } from './generator/write.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const BUNDLED_SEED = 20240305;

const USAGE = `usage: npx tsx samples/generate.ts [--count N --out DIR] [--seed S] [--jobs J]
  (no --count)  rewrite the bundled set in samples/ and the bad inputs in samples/bad/
  --count N     write N randomly composed letters instead
  --out DIR     where to write them (default: test-output/samples)
  --seed S      seed for composition and scan noise (default: 1 for --count, fixed for the bundled set)
  --jobs J      letters rendered at once (default: the number of cores, at most 4)`;

async function pool<T, R>(items: T[], jobs: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T, i);
    }
  });
  await Promise.all(runners);
  return out;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} kB`;
}

async function writeAll(letters: Letter[], outDir: string, seed: number, jobs: number): Promise<Written[]> {
  return pool(letters, jobs, async (letter) => {
    const w = await writeSample(letter, outDir, seed);
    console.log(`  ${letter.docType.padEnd(10)} ${letter.number.padEnd(16)} ${w.name} (${w.pages} p., ${kb(w.bytes)})`);
    return w;
  });
}

async function bundled(jobs: number, seed: number): Promise<void> {
  console.log(`bundled set -> ${HERE}`);
  const written = await writeAll(BUNDLED, HERE, seed, jobs);
  const total = written.reduce((s, w) => s + w.bytes, 0);
  console.log(`  ${written.length} letters, ${written.length * 5} files, ${kb(total)}`);

  const source = BUNDLED[0] as Letter;
  const bad = await writeBadFiles(join(HERE, 'bad'), await renderPdf(source), await renderDocx(source), seed);
  console.log(`bad inputs -> ${join(HERE, 'bad')}`);
  for (const b of bad.written) console.log(`  ${b.file.padEnd(16)} ${b.what}`);
  for (const s of bad.skipped) console.log(`  skipped ${s}`);
}

async function random(count: number, outDir: string, seed: number, jobs: number): Promise<void> {
  console.log(`${count} random letters (seed ${seed}) -> ${outDir}`);
  await mkdir(outDir, { recursive: true });
  const rng = new Rng(seed);
  const letters = Array.from({ length: count }, (_, i) => composeLetter(rng.fork(`letter ${i}`), i, seed));
  const written = await writeAll(letters, outDir, seed, jobs);
  const manifest = letters.map((l, i) => ({
    name: l.name,
    doc_type: l.docType,
    number: l.number,
    pages: written[i]?.pages ?? null,
  }));
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const total = written.reduce((s, w) => s + w.bytes, 0);
  console.log(`  ${written.length} letters, ${kb(total)}, manifest.json`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const int = (v: string | undefined, name: string, dflt: number): number => {
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${v}"`);
    return n;
  };
  const jobs = int(values.jobs, 'jobs', Math.min(4, availableParallelism()));
  const started = Date.now();
  if (values.count !== undefined) {
    const count = int(values.count, 'count', 0);
    const out = resolve(values.out ?? 'test-output/samples');
    await random(count, out, int(values.seed, 'seed', 1), jobs);
  } else {
    if (values.out) throw new Error('--out applies to --count; the bundled set is always written to samples/');
    await bundled(jobs, int(values.seed, 'seed', BUNDLED_SEED));
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  console.error(USAGE);
  process.exit(1);
});
