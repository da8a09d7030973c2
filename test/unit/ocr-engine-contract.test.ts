// Every page OCR engine meets one contract, so the pipeline cannot tell which one read a page:
// positioned words on numbered lines, confidences 0-100, the same Vietnamese text.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { createNativeEngine } from '../../pipeline/ocr/native-engine.ts';
import type { OcrEngine, OcrEngineName, OcrResult } from '../../pipeline/ocr/ocr-engine.ts';
import { prepareForOcr, type PreparedImage } from '../../pipeline/ocr/preprocess.ts';
import { createTesseractJsEngine } from '../../pipeline/ocr/tesseract-js-engine.ts';

const SAMPLE = path.resolve(import.meta.dirname, '../../samples/congvan-byt-2150-khtc.scan.png');

function nativeInstalled(): boolean {
  try {
    execFileSync('tesseract', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const engines: { name: OcrEngineName; create: () => OcrEngine; available: boolean }[] = [
  { name: 'tesseract.js', create: () => createTesseractJsEngine({ ...config().ocr, workers: 1 }), available: true },
  { name: 'native', create: () => createNativeEngine({ ...config().ocr, workers: 1 }), available: nativeInstalled() },
];

const lineTexts = (r: OcrResult) => {
  const lines = new Map<number, string[]>();
  for (const w of r.words) lines.set(w.line!, [...(lines.get(w.line!) ?? []), w.text]);
  return [...lines.values()].map((words) => words.join(' '));
};

let page: PreparedImage;
const results = new Map<OcrEngineName, OcrResult>();

beforeAll(async () => {
  page = await prepareForOcr(await readFile(SAMPLE));
});

describe.each(engines)('OCR engine $name', ({ name, create, available }) => {
  let engine: OcrEngine;
  beforeAll(async () => {
    if (!available) return;
    engine = create();
    results.set(name, await engine.recognize(page.png));
  });
  afterAll(() => engine?.terminate());

  it.skipIf(!available)('returns words with boxes inside the page, line numbers and confidences', () => {
    const r = results.get(name)!;
    expect(r.words.length).toBeGreaterThan(100);
    let previousLine = 0;
    for (const w of r.words) {
      expect(w.text.trim()).toBe(w.text);
      expect(w.text.length).toBeGreaterThan(0);
      expect(w.x0).toBeGreaterThanOrEqual(0);
      expect(w.y0).toBeGreaterThanOrEqual(0);
      expect(w.x1).toBeGreaterThan(w.x0);
      expect(w.y1).toBeGreaterThan(w.y0);
      expect(w.x1).toBeLessThanOrEqual(page.width);
      expect(w.y1).toBeLessThanOrEqual(page.height);
      expect(w.confidence).toBeGreaterThanOrEqual(0);
      expect(w.confidence).toBeLessThanOrEqual(100);
      expect(Number.isInteger(w.line) && w.line! >= previousLine).toBe(true);
      previousLine = w.line!;
    }
    expect(r.confidence).toBeGreaterThan(60);
    expect(r.confidence).toBeLessThanOrEqual(100);
  });

  it.skipIf(!available)('reads the Vietnamese letter line by line', () => {
    const lines = lineTexts(results.get(name)!);
    expect(lines[0]).toMatch(/^BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(lines.some((l) => l.includes('Số: 2150/BYT-KHTC Hà Nội, ngày 08 tháng 4 năm 2024'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Kính gửi:'))).toBe(true);
  });
});

describe('the engines agree', () => {
  // Same model and settings; the builds differ (tesseract.js's WebAssembly vs Debian's 5.3), which
  // was seen to change a stray mark or a punctuation sign, never a line's count or a field's words.
  it.skipIf(!engines.every((e) => e.available))('on nearly every line and word of the page', () => {
    const js = lineTexts(results.get('tesseract.js')!);
    const native = lineTexts(results.get('native')!);
    expect(native.length).toBe(js.length);
    // Words compared as a multiset per line: one extra mark must not shift the rest.
    let words = 0;
    let same = 0;
    js.forEach((line, i) => {
      const other = native[i]!.split(' ');
      for (const w of line.split(' ')) {
        words++;
        const at = other.indexOf(w);
        if (at >= 0) (same++, other.splice(at, 1));
      }
    });
    expect(same / words).toBeGreaterThan(0.95);
  });
});
