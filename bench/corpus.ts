// The generated corpus of the end-to-end bench: letters from samples/generate.ts, each as a text
// PDF and a DOCX, and every fourth also as a scan (PNG or scanned PDF, alternately), so the mix is
// mostly text like a real inbox with enough scans to load OCR. Generated once per size and seed
// and kept under tmp/ (gitignored), since rendering scans takes a while.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
}

export interface Corpus {
  dir: string;
  files: CorpusFile[];
  /** Files per rendition, e.g. { pdf: 100, docx: 100, 'scan.png': 13, 'scan.pdf': 12 }. */
  mix: Record<string, number>;
}

function renditionsOf(letter: number): string[] {
  const text = ['pdf', 'docx'];
  if (letter % 4 !== 0) return text;
  return [...text, letter % 8 === 0 ? 'scan.png' : 'scan.pdf'];
}

export async function generatedCorpus(letters: number, seed = 5): Promise<Corpus> {
  const dir = path.join(root, 'tmp', `bench-corpus-${letters}-${seed}`);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    await run(process.execPath, ['--import', 'tsx', path.join(root, 'samples', 'generate.ts'), '--count', String(letters), '--out', dir, '--seed', String(seed)], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  const names = (await readdir(dir)).filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -'.expected.json'.length)).sort();
  const files: CorpusFile[] = [];
  const mix: Record<string, number> = {};
  for (const [i, name] of names.entries()) {
    for (const rendition of renditionsOf(i)) {
      const file = `${name}.${rendition}`;
      files.push({ name: file, bytes: new Uint8Array(await readFile(path.join(dir, file))) });
      mix[rendition] = (mix[rendition] ?? 0) + 1;
    }
  }
  return { dir, files, mix };
}

/** The first `letters` letters of a generated corpus (same renditions), so sections share one generation. */
export function firstLetters(corpus: Corpus, letters: number): Corpus {
  const names = [...new Set(corpus.files.map((f) => f.name.replace(/\.(pdf|docx|scan\.png|scan\.pdf)$/, '')))].sort().slice(0, letters);
  const keep = new Set(names);
  const files = corpus.files.filter((f) => keep.has(f.name.replace(/\.(pdf|docx|scan\.png|scan\.pdf)$/, '')));
  const mix: Record<string, number> = {};
  for (const f of files) {
    const r = /\.(pdf|docx|scan\.png|scan\.pdf)$/.exec(f.name)![1]!;
    const k = r === 'pdf' && f.name.endsWith('.scan.pdf') ? 'scan.pdf' : r;
    mix[k] = (mix[k] ?? 0) + 1;
  }
  return { dir: corpus.dir, files, mix };
}
