// Re-read the handwritten digits of a signed scan: the document number and the issue day (and
// sometimes the month) are written by hand into printed blanks — "Số: 01 /CT-UBND",
// "ngày 04 tháng 01 năm 2021". Full-page OCR reads the print well and the handwriting badly, so
// the blanks are found from the printed words around them, the handwriting's exact ink is
// isolated, and it is read again digit by digit.
import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import Tesseract from 'tesseract.js';
import { fold } from '../text/fold.ts';
import type { TextItem } from '../types.ts';
import type { PreparedImage } from './preprocess.ts';
import type { OcrSettings } from './engine.ts';
import { type BlankGeometry, type Component, type Gray, type Rect, connectedComponents, labelComponents, union, findColon, glyphHeight, inkMask, otsuThreshold, selectHandwriting } from './handwriting-ink.ts';
import { type DigitCandidate, type DigitModel, cleanDigits, fuseReadings, readDigitShapes, unpackPrototypes } from './handwriting-digits.ts';
import { DIGIT_PROTOTYPES } from './digit-prototypes.ts';

export type BlankKind = 'number' | 'day' | 'month';

/** Where a blank sits according to the OCR words around it (page pixels). */
export interface BlankAnchor {
  kind: BlankKind;
  /** the label word ("Số:", "ngày", "tháng"); it may have swallowed the handwriting */
  label: TextItem;
  /** the printed word after the blank ("/CT-UBND", "tháng", "năm") */
  next: TextItem;
  /** where the label's text starts and where the next word starts */
  labelX0: number;
  nextX0: number;
  /** a printed word on the line made of capitals or digits, to measure the line by */
  ruler: TextItem;
  /** the ruler is lower-case ("năm"): its glyphs are x-height, not cap height */
  rulerIsLower?: boolean;
}

const overlapY = (a: TextItem, b: TextItem) =>
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.4 * Math.min(a.y1 - a.y0, b.y1 - b.y0);

/**
 * The "Số: __ /X-Y" and "ngày __ tháng __ năm" blanks of a letter's header, from the page's OCR
 * words. With `pageHeight`, only words in the top HEADER_SHARE of the page count, so that a
 * reference in the body ("theo Công văn số 2717/LĐTBXH-PC ngày 24 tháng 02 năm 2013") is never
 * taken for the letter's own number or date.
 */
export function findBlankAnchors(allWords: TextItem[], pageHeight?: number): BlankAnchor[] {
  const words = pageHeight ? allWords.filter((w) => w.y1 < HEADER_SHARE * pageHeight) : allWords;
  const out: BlankAnchor[] = [];
  for (const slash of words) {
    // "/CT-UBND", or "/2008/TT-BYT" after a number of the year's series.
    if (!/^[^/\s]{0,4}\/\s*([A-ZĐ]|(19|20)\d\d\/)/u.test(slash.text)) continue;
    const h = slash.y1 - slash.y0;
    // "Số:" with its colon (a body reference "số 12/UBND" has none), maybe glued to the digits.
    const so = words
      .filter(
        (w) =>
          w !== slash &&
          overlapY(w, slash) &&
          w.x0 < slash.x0 &&
          slash.x0 - w.x0 < 8 * h &&
          /^s[a-z]?\s*[:;]/.test(fold(w.text)),
      )
      .sort((a, b) => b.x0 - a.x0)[0];
    if (!so) continue;
    out.push({ kind: 'number', label: so, next: slash, labelX0: so.x0, nextX0: slash.x0, ruler: slash });
    break;
  }
  const dates: { anchors: BlankAnchor[]; afterPlace: boolean }[] = [];
  for (const ngay of words) {
    if (!/^ng.y/.test(fold(ngay.text))) continue;
    const h = ngay.y1 - ngay.y0;
    const line = words
      .filter((w) => overlapY(w, ngay) && w.x0 >= ngay.x0 && w.x0 - ngay.x0 < 25 * h)
      .sort((a, b) => a.x0 - b.x0);
    const thang = line.find((w) => w !== ngay && /th[au]ng/.test(fold(w.text))) ?? (/th[au]ng/.test(fold(ngay.text)) ? ngay : undefined);
    const nam = line.find((w) => w !== thang && fold(w.text).startsWith('nam'));
    const year = line.find((w) => /^(19|20)\d[\d\]|lI]$/.test(w.text));
    if (!thang || !(year ?? nam)) continue;
    const ruler = year ?? nam!;
    const capH = ruler.y1 - ruler.y0;
    // "tháng" is a word of its own unless OCR glued it to the handwriting before it.
    const thangX0 = /^th[au]ng/.test(fold(thang.text)) && thang !== ngay ? thang.x0 : thang.x1 - THANG_WIDTH * capH;
    const rulerIsLower = !year;
    const found: BlankAnchor[] = [{ kind: 'day', label: ngay, next: thang, labelX0: ngay.x0, nextX0: thangX0, ruler, rulerIsLower }];
    if (nam) found.push({ kind: 'month', label: thang, next: nam, labelX0: thangX0, nextX0: nam.x0, ruler, rulerIsLower });
    // The issue date follows the place and its comma: "Quảng Ngãi, ngày …".
    const before = words.filter((w) => overlapY(w, ngay) && w.x1 <= ngay.x0 + 2 && ngay.x0 - w.x1 < 2 * h);
    dates.push({ anchors: found, afterPlace: before.some((w) => w.text.endsWith(',')) });
  }
  // Without the place's comma, a date far from the number's line is a reference in the preamble.
  const number = out[0];
  const near = (a: BlankAnchor) =>
    !number || Math.abs(a.label.y0 - number.label.y0) < 4 * (number.label.y1 - number.label.y0);
  const date = dates.find((d) => d.afterPlace) ?? dates.find((d) => near(d.anchors[0]!));
  if (date) out.push(...date.anchors);
  return out;
}

/** The share of the page, from the top, that holds a letter's header (number, place and date). */
const HEADER_SHARE = 0.35;

/** Printed label widths in cap heights (Times italic "ngày", "tháng"; "Số:" is found by its colon). */
const NGAY_WIDTH = 2.75;
const THANG_WIDTH = 3.25;
const SO_WIDTH = 1.6;
/** Times: cap height / x-height. */
const X_TO_CAP = 1.48;

export interface LocatedBlank {
  kind: BlankKind;
  /** in the coordinates of the searched region, whose top-left on the page is `origin` */
  geometry: BlankGeometry;
  origin: { x: number; y: number };
  /** the handwriting's parts, in the coordinates of `image` */
  ink: Component[];
  /** the handwriting's box on the page */
  box?: Rect;
  /** the handwriting alone (everything else white), cropped tight */
  image?: Gray;
  /** ink threshold used */
  threshold?: number;
}

/** The page as grey pixels, decoded once. */
export async function decodeGray(png: Buffer): Promise<Gray> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

export function cropGray(img: Gray, r: Rect): Gray {
  const x0 = Math.max(0, Math.round(r.x0));
  const y0 = Math.max(0, Math.round(r.y0));
  const x1 = Math.min(img.width, Math.round(r.x1));
  const y1 = Math.min(img.height, Math.round(r.y1));
  const w = Math.max(0, x1 - x0);
  const h = Math.max(0, y1 - y0);
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) data.set(img.data.subarray((y0 + y) * img.width + x0, (y0 + y) * img.width + x0 + w), y * w);
  return { data, width: w, height: h };
}

/** Measure the line, find where the label ends, and pick out the handwriting's ink. */
export function locateBlank(img: Gray, a: BlankAnchor): LocatedBlank | undefined {
  const r = a.ruler;
  const rh = r.y1 - r.y0;
  const rulerRect = { x0: r.x0, y0: r.y0 - 0.2 * rh, x1: r.x1, y1: r.y1 + 0.2 * rh };
  const rulerGray = cropGray(img, rulerRect);
  if (rulerGray.width < 4 || rulerGray.height < 4) return undefined;
  const threshold = Math.min(200, Math.max(60, otsuThreshold(rulerGray)));
  const rulerComps = connectedComponents(inkMask(rulerGray, threshold), rulerGray.width, rulerGray.height).filter(
    (c) => c.area > 10,
  );
  const glyphH = glyphHeight(rulerComps) || rh;
  const capH = a.rulerIsLower ? glyphH * X_TO_CAP : glyphH;
  // The printed line: capitals/digits of the ruler word sit between top and bottom.
  const tall = rulerComps.filter((c) => c.y1 - c.y0 >= 0.8 * glyphH);
  const oy = Math.max(0, Math.round(rulerRect.y0));
  const bottom = tall.length ? oy + tall.map((c) => c.y1).sort((x, y) => x - y)[tall.length >> 1]! : r.y1;
  const top = bottom - capH;
  // Everything from here on is in the coordinates of `region`.
  const rx = Math.max(0, Math.round(a.labelX0));
  const ry = Math.max(0, Math.round(top - 1.2 * capH));
  const region = cropGray(img, { x0: rx, y0: ry, x1: a.nextX0 + 0.2 * capH, y1: bottom + 1.0 * capH });
  if (region.width < capH || region.height < capH) return undefined;
  const { components, labels } = labelComponents(inkMask(region, threshold), region.width, region.height);
  const lx = a.labelX0 - rx;
  let x0: number;
  if (a.kind === 'number') {
    x0 = findColon(components, capH, bottom - ry, lx + 0.9 * capH, lx + 2.2 * capH) ?? lx + SO_WIDTH * capH;
  } else {
    x0 = lx + (a.kind === 'day' ? NGAY_WIDTH : THANG_WIDTH) * capH;
  }
  const geometry: BlankGeometry = { x0, x1: a.nextX0 - rx, top: top - ry, bottom: bottom - ry, capH };
  const ink = selectHandwriting(components, geometry);
  if (ink.length === 0) return { kind: a.kind, geometry, origin: { x: rx, y: ry }, ink, image: undefined };
  // Keep only the chosen ink, and nothing left of the label's end (a glyph touching the label).
  const clipX = Math.round(x0 - 0.05 * capH);
  const keep = new Set(ink.map((c) => components.indexOf(c) + 1));
  const box = ink.reduce<Rect>((u, c) => union(u, c), { ...ink[0]! });
  box.x0 = Math.max(box.x0, clipX);
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  const data = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = (box.y0 + y) * region.width + box.x0 + x;
      if (keep.has(labels[p]!)) data[y * w + x] = region.data[p]!;
    }
  }
  const inkInBox = ink.map((c) => ({ ...c, x0: Math.max(c.x0, box.x0) - box.x0, x1: c.x1 - box.x0, y0: c.y0 - box.y0, y1: c.y1 - box.y0 }));
  return {
    kind: a.kind,
    geometry,
    origin: { x: rx, y: ry },
    ink: inkInBox,
    box: { x0: box.x0 + rx, y0: box.y0 + ry, x1: box.x1 + rx, y1: box.y1 + ry },
    image: { data, width: w, height: h },
    threshold,
  };
}

export interface HandwrittenValue extends DigitCandidate {
  /** other readings, best first (may be empty) */
  alternatives: DigitCandidate[];
  /** where the handwriting is on the page (pixels of the prepared image) */
  box: Rect;
}

export interface HandwrittenFields {
  number?: HandwrittenValue;
  day?: HandwrittenValue;
  month?: HandwrittenValue;
}

export interface HandwrittenSettings {
  /** the page OCR's settings: its Vietnamese model is the fallback second reader */
  ocr?: Pick<OcrSettings, 'langPath' | 'gzip'>;
  /**
   * Folder with eng.traineddata (plain, not gzipped) for the second reader; default Debian's
   * tesseract-ocr-eng. null: no second reader, the shape classifier alone.
   */
  engLangPath?: string | null;
  /** readings below this confidence (0-1) are dropped; default 0.5 */
  minConfidence?: number;
  /** the digit shape prototypes; default the embedded DIGIT_PROTOTYPES (for experiments) */
  digitModel?: DigitModel;
}

const DEBIAN_TESSDATA = '/usr/share/tesseract-ocr/5/tessdata';

let model: DigitModel | undefined;
function digitModel(): DigitModel {
  model ??= unpackPrototypes(DIGIT_PROTOTYPES);
  return model;
}

let worker: Promise<Tesseract.Worker | null> | undefined;

/** One long-lived digit reader for the process (created on first use). */
function digitWorker(settings: HandwrittenSettings): Promise<Tesseract.Worker | null> {
  worker ??= (async () => {
    const engPath = settings.engLangPath === undefined ? DEBIAN_TESSDATA : settings.engLangPath;
    let w: Tesseract.Worker;
    if (engPath && existsSync(path.join(engPath, 'eng.traineddata'))) {
      w = await Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, { langPath: engPath, gzip: false, cacheMethod: 'none' });
    } else if (engPath !== null && settings.ocr) {
      w = await Tesseract.createWorker('vie', Tesseract.OEM.LSTM_ONLY, {
        langPath: settings.ocr.langPath,
        gzip: settings.ocr.gzip,
        cacheMethod: 'none',
      });
    } else {
      return null;
    }
    await w.setParameters({ tessedit_char_whitelist: '0123456789', user_defined_dpi: '300' });
    return w;
  })().catch((error: unknown) => {
    worker = undefined;
    throw error;
  });
  return worker;
}

/** Terminate the digit reader so the process can exit. */
export async function shutdownHandwritten(): Promise<void> {
  const pending = worker;
  worker = undefined;
  const w = await pending?.catch(() => null);
  if (w) await w.terminate();
}

/** How much the OCR passes weigh against the shape classifier when fusing (see fuseReadings). */
const OCR_WEIGHT = 0.5;

/** The OCR passes over one handwriting crop: (deskewed?, digit height, page segmentation mode). */
const OCR_PASSES: { deskewed: boolean; height: number; psm: Tesseract.PSM }[] = [
  { deskewed: false, height: 48, psm: Tesseract.PSM.SINGLE_LINE },
  { deskewed: true, height: 32, psm: Tesseract.PSM.SINGLE_LINE },
  { deskewed: true, height: 48, psm: Tesseract.PSM.SINGLE_WORD },
];

async function toPng(img: Gray, height: number): Promise<Buffer> {
  const pad = Math.round(height * 0.5);
  return sharp(Buffer.from(img.data), { raw: { width: img.width, height: img.height, channels: 1 } })
    .resize({ height, kernel: 'lanczos3' })
    .extend({ top: pad, bottom: pad, left: pad, right: pad, background: '#ffffff' })
    .png()
    .toBuffer();
}

let ocrQueue: Promise<unknown> = Promise.resolve();

/**
 * Whole-string OCR readings of the handwriting (digits only), or none when there is no reader.
 * Passes run one at a time: the page segmentation mode is a worker-wide setting, so concurrent
 * pages must not interleave between setting it and recognising.
 */
async function ocrPasses(settings: HandwrittenSettings, raw: Gray, deskewed: Gray): Promise<string[]> {
  if (settings.engLangPath === null) return [];
  const w = await digitWorker(settings).catch(() => null); // no second reader: the shapes alone
  if (!w) return [];
  const run = ocrQueue.then(async () => {
    const readings: string[] = [];
    for (const pass of OCR_PASSES) {
      await w.setParameters({ tessedit_pageseg_mode: pass.psm });
      const png = await toPng(pass.deskewed ? deskewed : raw, pass.height);
      readings.push(cleanDigits((await w.recognize(png)).data.text));
    }
    return readings;
  });
  ocrQueue = run.catch(() => undefined);
  return run;
}

/**
 * Find the handwritten blanks of a page from its OCR words and read them again. Fields that are
 * not found, hold no ink, or cannot be read with `minConfidence` are left out: nothing is guessed.
 */
export async function rereadHandwritten(
  page: PreparedImage,
  words: TextItem[],
  settings: HandwrittenSettings = {},
): Promise<HandwrittenFields> {
  const anchors = findBlankAnchors(words, page.height);
  if (anchors.length === 0) return {};
  const img = await decodeGray(page.png);
  const out: HandwrittenFields = {};
  const minConfidence = settings.minConfidence ?? 0.5;
  for (const anchor of anchors) {
    const blank = locateBlank(img, anchor);
    if (!blank?.image || !blank.box) continue;
    const shapes = readDigitShapes(blank.image, blank.threshold!, settings.digitModel ?? digitModel());
    const readings = await ocrPasses(settings, blank.image, shapes.image);
    const candidates = fuseReadings(anchor.kind, shapes.guesses, readings, OCR_WEIGHT);
    const best = candidates[0];
    if (!best || best.confidence < minConfidence) continue;
    out[anchor.kind] = { ...best, alternatives: candidates.slice(1), box: blank.box };
  }
  return out;
}
