// The files measured: the project's samples and, in a full run, the rendered real corpus.
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export type Format = 'pdf' | 'docx' | 'image';

export interface Input {
  name: string;
  format: Format;
  bytes: Uint8Array;
  origin: 'samples' | 'corpus';
}

const root = path.resolve(import.meta.dirname, '..');
export const corpusRendered = path.resolve(root, '..', 'shared', 'corpus', 'real', 'rendered');

function formatOf(file: string, scanSuffix: string): Format | undefined {
  if (file.endsWith(scanSuffix)) return 'image';
  if (file.endsWith('.scan.pdf')) return undefined; // image-only PDFs are not part of this bench
  if (file.endsWith('.pdf')) return 'pdf';
  if (file.endsWith('.docx')) return 'docx';
  return undefined;
}

async function fromDir(dir: string, scanSuffix: string, origin: Input['origin']): Promise<Input[]> {
  const out: Input[] = [];
  for (const file of readdirSync(dir).sort()) {
    const format = formatOf(file, scanSuffix);
    if (!format) continue;
    out.push({ name: `${origin}/${file}`, format, bytes: new Uint8Array(await readFile(path.join(dir, file))), origin });
  }
  return out;
}

/** OCR dominates a quick run: a few pages are enough to smoke-test it. */
const QUICK_IMAGES = 3;

export async function loadInputs(quick: boolean): Promise<{ inputs: Input[]; notes: string[] }> {
  const notes: string[] = [];
  const inputs = await fromDir(path.join(root, 'samples'), '.scan.png', 'samples');
  if (quick) {
    notes.push(`--quick: samples only, ${QUICK_IMAGES} images, 1 repetition`);
    const images = inputs.filter((i) => i.format === 'image');
    return { inputs: inputs.filter((i) => i.format !== 'image' || images.indexOf(i) < QUICK_IMAGES), notes };
  }
  if (existsSync(corpusRendered)) inputs.push(...(await fromDir(corpusRendered, '.scan-1.png', 'corpus')));
  else notes.push(`corpus not found at ${corpusRendered}: samples only`);
  return { inputs, notes };
}
