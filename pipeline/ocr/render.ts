// Render PDF pages to images for OCR. Poppler's pdftoppm is several times faster than pdf.js
// rendering; pdf.js (through pdf-parse) is the fallback that needs no system package.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PDFParse } from 'pdf-parse';

const run = promisify(execFile);

let hasPdftoppm: Promise<boolean> | undefined;
function pdftoppmAvailable(): Promise<boolean> {
  hasPdftoppm ??= run('pdftoppm', ['-v']).then(
    () => true,
    () => false,
  );
  return hasPdftoppm;
}

/** Render the given 1-based pages in colour (the OCR step picks the channel) at `dpi`. */
export async function renderPages(
  bytes: Uint8Array,
  parser: PDFParse,
  pages: number[],
  dpi: number,
): Promise<Map<number, Buffer>> {
  const out = new Map<number, Buffer>();
  if (pages.length === 0) return out;
  if (await pdftoppmAvailable()) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vanthu-render-'));
    try {
      const input = path.join(dir, 'in.pdf');
      await writeFile(input, bytes);
      for (const page of pages) {
        const prefix = path.join(dir, `p${page}`);
        await run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', '-png', input, prefix]);
        out.set(page, await readFile(`${prefix}.png`));
      }
      return out;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const shots = await parser.getScreenshot({ partial: pages, scale: dpi / 72, imageBuffer: true, imageDataUrl: false });
  for (const shot of shots.pages) out.set(shot.pageNumber, Buffer.from(shot.data));
  return out;
}
