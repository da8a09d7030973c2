// Turns a rendered PDF into a fake scan: pdftoppm at 200 dpi in grey, then with sharp a slight
// rotation and blur, grey paper with uneven light, ink that is not quite black, sensor noise and a
// few specks of dust, saved as JPEG (mozjpeg). Page 1 is also written as PNG (the same pixels,
// rounded to 11 grey levels), and all pages go into an image-only PDF.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import type { Rng } from './rng.ts';

const run = promisify(execFile);

export const SCAN_DPI = 200;

export interface ScanOptions {
  dpi?: number;
  jpegQuality?: number;
}

export interface ScanResult {
  /** JPEG bytes of every page. */
  pages: Buffer[];
  /** Page 1 as PNG, decoded from its JPEG. */
  firstPng: Buffer;
  /** Image-only PDF of all pages. */
  pdf: Uint8Array;
}

/** Rasterises `pdf` with pdftoppm; returns one grey PNG per page. */
export async function rasterise(pdf: Uint8Array, dpi: number): Promise<Buffer[]> {
  const dir = await mkdtemp(join(tmpdir(), 'vanthu-scan-'));
  try {
    const input = join(dir, 'in.pdf');
    await writeFile(input, pdf);
    await run('pdftoppm', ['-r', String(dpi), '-gray', '-png', input, join(dir, 'p')]);
    const files = (await readdir(dir)).filter((f) => f.startsWith('p') && f.endsWith('.png')).sort();
    return Promise.all(files.map((f) => readFile(join(dir, f))));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new Error('pdftoppm not found: install poppler-utils');
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Degrades one clean grey page. */
export async function degradePage(png: Buffer, rng: Rng, quality: number, dpi: number): Promise<Buffer> {
  const meta = await sharp(png).metadata();
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  const angle = rng.float(0.5, 1.5) * (rng.chance(0.5) ? 1 : -1);
  const rotated = await sharp(png).greyscale().rotate(angle, { background: '#ffffff' }).png().toBuffer();
  const rmeta = await sharp(rotated).metadata();
  const left = Math.max(0, Math.round(((rmeta.width ?? width) - width) / 2));
  const top = Math.max(0, Math.round(((rmeta.height ?? height) - height) / 2));
  const { data, info } = await sharp(rotated)
    .extract({ left, top, width, height })
    .blur(rng.float(0.6, 1.0))
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const channels = info.channels;

  const paper = rng.float(222, 238);
  const ink = rng.float(28, 55);
  const noise = rng.float(3, 5);
  // Light falls off towards one corner and along one edge.
  const gx = rng.float(-14, 14);
  const gy = rng.float(-14, 14);
  const out = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    const fy = y / height - 0.5;
    for (let x = 0; x < width; x++) {
      const fx = x / width - 0.5;
      const v = (data[(y * width + x) * channels] ?? 255) / 255;
      const light = paper + gx * fx + gy * fy - 18 * (fx * fx + fy * fy);
      const value = ink + (light - ink) * v + rng.gauss() * noise;
      out[y * width + x] = value < 0 ? 0 : value > 255 ? 255 : value;
    }
  }
  // A few specks of dust.
  const specks = rng.int(6, 30);
  for (let i = 0; i < specks; i++) {
    const cx = rng.int(2, width - 3);
    const cy = rng.int(2, height - 3);
    const r = rng.int(0, 1);
    const shade = rng.float(60, 150);
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) out[(cy + dy) * width + cx + dx] = shade;
  }
  return sharp(out, { raw: { width, height, channels: 1 } })
    .toColourspace('b-w') // one grey channel (withMetadata would turn it into sRGB)
    .withDensity(dpi)
    .jpeg({ quality, mozjpeg: true })
    .toBuffer();
}

/** An image-only PDF, one JPEG per page, page size from the pixels at `dpi`. */
export async function imagePdf(jpegs: Buffer[], dpi: number, when?: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setProducer('vanthu samples generator (scan)');
  doc.setCreator('vanthu samples generator');
  if (when) {
    doc.setCreationDate(when);
    doc.setModificationDate(when);
  }
  for (const jpeg of jpegs) {
    const img = await doc.embedJpg(jpeg);
    const w = (img.width * 72) / dpi;
    const h = (img.height * 72) / dpi;
    const page = doc.addPage([w, h]);
    page.drawImage(img, { x: 0, y: 0, width: w, height: h });
  }
  return doc.save({ useObjectStreams: false });
}

export async function renderScan(pdf: Uint8Array, rng: Rng, opts: ScanOptions = {}, when?: Date): Promise<ScanResult> {
  const dpi = opts.dpi ?? SCAN_DPI;
  const quality = opts.jpegQuality ?? 70;
  const clean = await rasterise(pdf, dpi);
  const pages: Buffer[] = [];
  for (const page of clean) pages.push(await degradePage(page, rng, quality, dpi));
  const first = pages[0];
  if (!first) throw new Error('pdftoppm produced no page');
  return { pages, firstPng: await greyPng(first, dpi), pdf: await imagePdf(pages, dpi, when) };
}

/**
 * The JPEG's pixels as an 8-bit grey PNG, rounded to steps of 24 (11 levels): that keeps the file
 * near 250 kB instead of 1.3 MB, and the text edges stay smooth enough for OCR.
 */
export async function greyPng(jpeg: Buffer, dpi: number): Promise<Buffer> {
  const { data, info } = await sharp(jpeg).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const out = Buffer.alloc(info.width * info.height);
  for (let i = 0; i < out.length; i++) out[i] = Math.min(255, Math.round((data[i * info.channels] ?? 0) / 24) * 24);
  return sharp(out, { raw: { width: info.width, height: info.height, channels: 1 } })
    .toColourspace('b-w')
    .withDensity(dpi)
    .png({ compressionLevel: 9 })
    .toBuffer();
}
