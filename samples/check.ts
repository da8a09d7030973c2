// Checks that what NAME.expected.json says is really on the page of each rendition.
//
//   npx tsx samples/check.ts [DIR] [--ocr]
//
// For every NAME.expected.json in DIR (default: samples/): every labelled string (number, issuer,
// place, subject, recipients, cc, signer, deadline texts, references) must occur in the text of
// NAME.pdf (pdftotext -raw) and of NAME.docx (mammoth), whitespace collapsed. With --ocr, also
// runs tesseract (vie, psm 6) on NAME.scan.png and reports the share of the PDF's page-1 words
// it read back. Exits 1 when a label is missing from a text rendition.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import type { Expected } from './generator/expected.ts';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));

const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function labelStrings(e: Expected): string[] {
  const out: (string | null | undefined)[] = [e.number, e.place, e.subject, ...(e.issuer ?? [])];
  out.push(...(e.recipients ?? []), ...(e.cc ?? []), ...(e.references ?? []));
  if (e.signer) out.push(e.signer.name, e.signer.title, e.signer.authority);
  for (const d of e.deadlines ?? []) out.push(d.text);
  return out.filter((s): s is string => typeof s === 'string' && s.length > 0);
}

/** Labels not found in `text` (case and whitespace ignored). */
function missing(labels: string[], text: string): string[] {
  const t = squash(text).toLocaleLowerCase('vi');
  return labels.filter((l) => !t.includes(squash(l).toLocaleLowerCase('vi')));
}

function words(s: string): string[] {
  return s.normalize('NFC').toLocaleLowerCase('vi').split(/[^\p{L}\p{N}/-]+/u).filter((w) => w.length > 1);
}

/** Share of `truth` words (with repeats) that `read` also has. */
function recall(truth: string, read: string): number {
  const bag = new Map<string, number>();
  for (const w of words(read)) bag.set(w, (bag.get(w) ?? 0) + 1);
  const all = words(truth);
  let hit = 0;
  for (const w of all) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  return all.length ? hit / all.length : 1;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ocr = args.includes('--ocr');
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? HERE);
  const names = (await readdir(dir)).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, ''));
  let faults = 0;
  for (const name of names.sort()) {
    const e = JSON.parse(await readFile(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
    const labels = labelStrings(e);
    const pdfText = (await run('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, `${name}.pdf`), '-'])).stdout;
    const docxText = (await mammoth.extractRawText({ path: join(dir, `${name}.docx`) })).value;
    const pdfMiss = missing(labels, pdfText);
    const docxMiss = missing(labels, docxText);
    let line = `${name.padEnd(32)} labels ${labels.length}  pdf ${pdfMiss.length ? `MISSING ${pdfMiss.length}` : 'ok'}  docx ${docxMiss.length ? `MISSING ${docxMiss.length}` : 'ok'}`;
    if (ocr) {
      const page1 = (await run('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', join(dir, `${name}.pdf`), '-'])).stdout;
      const read = (await run('tesseract', [join(dir, `${name}.scan.png`), '-', '-l', 'vie', '--psm', '6'], { maxBuffer: 1 << 24 })).stdout;
      line += `  ocr word recall ${(recall(page1, read) * 100).toFixed(1)}%`;
    }
    console.log(line);
    for (const m of pdfMiss) console.log(`    pdf  missing: ${m}`);
    for (const m of docxMiss) console.log(`    docx missing: ${m}`);
    faults += pdfMiss.length + docxMiss.length;
  }
  console.log(`${names.length} documents checked, ${faults} labels missing`);
  if (faults) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
