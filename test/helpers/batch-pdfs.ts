// Batch-scan fixtures made in the test: sample scans joined into one PDF (pdf-lib copies pages),
// and a letter followed by text pages (a continuation page and a two-page annex, whose first page
// repeats the header as annexes of decisions often do).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { patchFontkitSubset } from '../../samples/generator/fontkit-fix.ts';
import { readFont } from '../../samples/generator/fonts.ts';

const SAMPLES = path.resolve(import.meta.dirname, '..', '..', 'samples');

export async function joinPdfs(names: string[]): Promise<Buffer> {
  const out = await PDFDocument.create();
  for (const name of names) {
    const src = await PDFDocument.load(await readFile(path.join(SAMPLES, name)));
    for (const page of await out.copyPages(src, src.getPageIndices())) out.addPage(page);
  }
  return Buffer.from(await out.save());
}

/** Pages of plain text appended to a sample letter: each entry is one page's lines (centred when they start with "^"). */
export async function letterWithPages(name: string, pages: string[][]): Promise<Buffer> {
  const out = await PDFDocument.load(await readFile(path.join(SAMPLES, name)));
  out.registerFontkit(patchFontkitSubset());
  const font = await out.embedFont(readFont('regular'), { subset: true });
  for (const lines of pages) {
    const page = out.addPage([595, 842]);
    lines.forEach((line, i) => {
      const centred = line.startsWith('^');
      const text = centred ? line.slice(1) : line;
      const width = font.widthOfTextAtSize(text, 13);
      page.drawText(text, { x: centred ? (595 - width) / 2 : 70, y: 780 - i * 20, size: 13, font, color: rgb(0, 0, 0) });
    });
  }
  return Buffer.from(await out.save());
}
