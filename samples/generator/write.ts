// Writes the five files of one sample: NAME.pdf, NAME.docx, NAME.scan.png, NAME.scan.pdf and
// NAME.expected.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseIso } from './dates.ts';
import { checkLetter, expectedJson } from './expected.ts';
import type { Letter } from './model.ts';
import { renderDocx } from './render-docx.ts';
import { renderPdf } from './render-pdf.ts';
import { renderScan, type ScanOptions } from './render-scan.ts';
import { Rng } from './rng.ts';

export interface Written {
  name: string;
  files: string[];
  bytes: number;
  pages: number;
}

export async function writeSample(letter: Letter, outDir: string, seed: number, scan: ScanOptions = {}): Promise<Written> {
  checkLetter(letter);
  await mkdir(outDir, { recursive: true });
  const { y, m, d } = parseIso(letter.date);
  const when = new Date(Date.UTC(y, m - 1, d, 8, 0, 0));
  const pdf = await renderPdf(letter);
  const docx = await renderDocx(letter);
  const scanned = await renderScan(pdf, new Rng(`${seed}:${letter.name}:scan`), scan, when);
  const outputs: [string, Uint8Array | string][] = [
    [`${letter.name}.pdf`, pdf],
    [`${letter.name}.docx`, docx],
    [`${letter.name}.scan.png`, scanned.firstPng],
    [`${letter.name}.scan.pdf`, scanned.pdf],
    [`${letter.name}.expected.json`, expectedJson(letter)],
  ];
  let bytes = 0;
  for (const [file, data] of outputs) {
    await writeFile(join(outDir, file), data);
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  }
  return { name: letter.name, files: outputs.map(([f]) => f), bytes, pages: scanned.pages.length };
}
