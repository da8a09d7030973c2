// Re-read the handwritten digits of a signed scan: the document number and the issue day (and
// sometimes the month) are written by hand into printed blanks — "Số: 01 /CT-UBND",
// "ngày 04 tháng 01 năm 2021". Full-page OCR reads the print well and the handwriting badly, so
// the blanks are found from the printed words around them, the handwriting's exact ink is
// isolated, and it is read again digit by digit.
import sharp from 'sharp';
import { fold } from '../text/fold.ts';
import type { TextItem } from '../types.ts';
import type { PreparedImage } from './preprocess.ts';
import {
  type BlankGeometry,
  type Component,
  type Gray,
  type Rect,
  connectedComponents,
  labelComponents,
  union,
  findColon,
  glyphHeight,
  inkMask,
  otsuThreshold,
  selectHandwriting,
} from './handwritten-crops.ts';

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

/** The "Số: __ /X-Y" and "ngày __ tháng __ năm" blanks, from the page's OCR words. */
export function findBlankAnchors(words: TextItem[]): BlankAnchor[] {
  const out: BlankAnchor[] = [];
  for (const slash of words) {
    if (!/^[^/\s]{0,4}\/\s*[A-ZĐ]/u.test(slash.text)) continue;
    const h = slash.y1 - slash.y0;
    const so = words
      .filter(
        (w) =>
          w !== slash &&
          overlapY(w, slash) &&
          w.x0 < slash.x0 &&
          slash.x0 - w.x0 < 8 * h &&
          /^s[a-z]?(\s*[:;.]|$)/.test(fold(w.text)),
      )
      .sort((a, b) => b.x0 - a.x0)[0];
    if (!so) continue;
    out.push({ kind: 'number', label: so, next: slash, labelX0: so.x0, nextX0: slash.x0, ruler: slash });
    break;
  }
  for (const ngay of words) {
    if (!fold(ngay.text).startsWith('ngay')) continue;
    const h = ngay.y1 - ngay.y0;
    const line = words
      .filter((w) => overlapY(w, ngay) && w.x0 >= ngay.x0 && w.x0 - ngay.x0 < 25 * h)
      .sort((a, b) => a.x0 - b.x0);
    const thang = line.find((w) => fold(w.text).includes('thang'));
    const nam = line.find((w) => w !== thang && fold(w.text).startsWith('nam'));
    const year = line.find((w) => /^(19|20)\d[\d\]|lI]$/.test(w.text));
    if (!thang || !(year ?? nam)) continue;
    const ruler = year ?? nam!;
    const capH = ruler.y1 - ruler.y0;
    // "tháng" is a word of its own unless OCR glued it to the handwriting before it.
    const thangX0 = fold(thang.text).startsWith('thang') && thang !== ngay ? thang.x0 : thang.x1 - THANG_WIDTH * capH;
    const rulerIsLower = !year;
    out.push({ kind: 'day', label: ngay, next: thang, labelX0: ngay.x0, nextX0: thangX0, ruler, rulerIsLower });
    if (nam) out.push({ kind: 'month', label: thang, next: nam, labelX0: thangX0, nextX0: nam.x0, ruler, rulerIsLower });
    break;
  }
  return out;
}

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
