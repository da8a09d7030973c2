// The formats read besides PDF, DOCX and single images: legacy .doc through LibreOffice, and
// multi-page TIFF split into pages. The .doc is made here from a DOCX built in memory.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DOC, detectMimeType } from '../../pipeline/detect.ts';
import { BadInputError } from '../../pipeline/errors.ts';
import { docExtractor } from '../../pipeline/extractors/doc.ts';
import { pageImages } from '../../pipeline/extractors/image.ts';

const ctx = { ocr: { langPath: '', gzip: true, workers: 1, dpi: 300 } };

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function docFromParagraphs(texts: string[]): Promise<Buffer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-doc-test-'));
  try {
    const doc = new Document({ sections: [{ children: texts.map((t) => new Paragraph(t)) }] });
    writeFileSync(path.join(dir, 'in.docx'), await Packer.toBuffer(doc));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'doc', '--outdir', dir, path.join(dir, 'in.docx')], {
      stdio: 'ignore',
      timeout: 90_000,
    });
    return readFileSync(path.join(dir, 'in.doc'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!hasSoffice())('legacy Word .doc', () => {
  it('is detected and read with its Vietnamese intact', async () => {
    const bytes = await docFromParagraphs(['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN', 'Số: 12/UBND-VX', 'Kính gửi: Sở Y tế tỉnh Nghệ An']);
    expect(await detectMimeType(bytes)).toBe(DOC);
    const text = (await docExtractor.extract({ name: 'x.doc', bytes }, ctx)).pages.flatMap((p) => p.lines.map((l) => l.text));
    expect(text).toEqual(['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN', 'Số: 12/UBND-VX', 'Kính gửi: Sở Y tế tỉnh Nghệ An']);
  }, 120_000);
  it('a damaged .doc is a BadInputError, and leaves no temp folder behind', async () => {
    const good = await docFromParagraphs(['Kính gửi: Sở Y tế']);
    const broken = Buffer.concat([good.subarray(0, 512), Buffer.alloc(good.length - 512, 0xff)]);
    broken.write('WordDocument', 600, 'utf16le'); // still looks like Word to the detector
    const before = new Set(readdirTemp());
    await expect(docExtractor.extract({ name: 'x.doc', bytes: broken }, ctx)).rejects.toBeInstanceOf(BadInputError);
    expect(readdirTemp().filter((d) => !before.has(d))).toEqual([]);
  }, 120_000);
});

function readdirTemp(): string[] {
  return readdirSync(os.tmpdir()).filter((d) => d.startsWith('vanthu-doc-') && !d.startsWith('vanthu-doc-test-'));
}

describe('multi-page TIFF', () => {
  it('gives every page as its own image, in order', async () => {
    const page = (background: string) => sharp({ create: { width: 60, height: 40, channels: 3, background } }).png().toBuffer();
    const tiff = await sharp([await page('#ffffff'), await page('#000000'), await page('#808080')], { join: { animated: true } }).tiff().toBuffer();
    const pages = await pageImages(tiff);
    expect(pages).toHaveLength(3);
    const means = await Promise.all(pages.map(async (p) => Math.round((await sharp(p).stats()).channels[0]!.mean)));
    expect(means).toEqual([255, 0, 128]);
  });
  it('a single image is passed through as it came', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#ffffff' } }).png().toBuffer();
    expect(await pageImages(png)).toEqual([png]);
  });
});
