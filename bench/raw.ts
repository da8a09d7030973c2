// The raw extractors alone, without anything vanthu does around them.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { recognize } from '../pipeline/ocr/engine.ts';
import type { OcrSettings } from '../pipeline/ocr/engine.ts';
import { pool, timeOnce } from './stats.ts';

const run = promisify(execFile);

/** pdf.js text extraction through pdf-parse. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

export interface OcrThroughput {
  pages: number;
  ms: number;
  pagesPerSecond: number;
}

const throughput = (pages: number, ms: number): OcrThroughput => ({ pages, ms, pagesPerSecond: (pages * 1000) / ms });

/** One of vanthu's OCR engines alone, every page queued at once so all workers stay busy. */
export async function ocrEngine(pngs: Buffer[], settings: OcrSettings): Promise<OcrThroughput> {
  const first = pngs[0];
  if (first) await recognize(first, settings); // warm up: start the engine, load the model
  const ms = await timeOnce(() => Promise.all(pngs.map((png) => recognize(png, settings))));
  return throughput(pngs.length, ms);
}

export async function nativeAvailable(): Promise<boolean> {
  try {
    await run('tesseract', ['--version']);
    return true;
  } catch {
    return false;
  }
}

async function nativeOne(file: string, tessdata?: string): Promise<void> {
  const model = tessdata ? ['--tessdata-dir', tessdata] : [];
  await run('tesseract', [file, '-', ...model, '-l', 'vie', '--oem', '1', '--psm', '6'], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The tesseract CLI, one single-threaded process per core; its own (Debian) model unless `tessdata`. */
export async function tesseractNative(pngs: Buffer[], tessdata?: string): Promise<OcrThroughput> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vanthu-bench-'));
  try {
    const files: string[] = [];
    for (const [i, png] of pngs.entries()) {
      const file = path.join(dir, `page-${i}.png`);
      await writeFile(file, png);
      files.push(file);
    }
    if (files[0]) await nativeOne(files[0], tessdata); // warm up: page cache, model file
    const ms = await timeOnce(() => pool(files, os.availableParallelism(), (file) => nativeOne(file, tessdata)));
    return throughput(files.length, ms);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
