// Reading isolated handwritten digits: features, a nearest-prototype classifier, fusion with
// OCR readings and the grammar of numbers, days and months. No I/O here.
import { type Gray, type Rect, inkMask, tighten, connectedComponents, columnInk, segmentDigits, shear, estimateSlant } from './handwriting-ink.ts';

/**
 * A digit's ink as the 8×8 feature grid of the UCI/NIST hand-printed digit data: the ink box is
 * scaled (aspect kept) to fill a 32×32 box along its longer side, centred, binarised, and each
 * 4×4 block's ink pixels counted (0-16).
 */
export function digitFeatures(mask: Uint8Array, width: number, r: Rect, density = 0.3): number[] {
  // The ink's own box inside r.
  let x0 = r.x1;
  let y0 = r.y1;
  let x1 = r.x0;
  let y1 = r.y0;
  for (let y = r.y0; y < r.y1; y++) {
    for (let x = r.x0; x < r.x1; x++) {
      if (!mask[y * width + x]) continue;
      if (x < x0) x0 = x;
      if (x + 1 > x1) x1 = x + 1;
      if (y < y0) y0 = y;
      if (y + 1 > y1) y1 = y + 1;
    }
  }
  const out = new Array<number>(64).fill(0);
  if (x1 <= x0 || y1 <= y0) return out;
  const w = x1 - x0;
  const h = y1 - y0;
  const scale = 32 / Math.max(w, h);
  const ox = (32 - w * scale) / 2;
  const oy = (32 - h * scale) / 2;
  // How much of each target pixel the ink covers.
  const cover = new Float64Array(32 * 32);
  for (let ty = 0; ty < 32; ty++) {
    for (let tx = 0; tx < 32; tx++) {
      const sx0 = (tx - ox) / scale;
      const sy0 = (ty - oy) / scale;
      const sx1 = (tx + 1 - ox) / scale;
      const sy1 = (ty + 1 - oy) / scale;
      if (sx1 <= 0 || sy1 <= 0 || sx0 >= w || sy0 >= h) continue;
      let ink = 0;
      let all = 0;
      for (let sy = Math.max(0, Math.floor(sy0)); sy < Math.min(h, Math.ceil(sy1)); sy++) {
        for (let sx = Math.max(0, Math.floor(sx0)); sx < Math.min(w, Math.ceil(sx1)); sx++) {
          all++;
          if (mask[(y0 + sy) * width + x0 + sx]) ink++;
        }
      }
      if (all) cover[ty * 32 + tx] = ink / all;
    }
  }
  // Like the NIST normalisation behind the data, even out the pen: pick the coverage cut that
  // inks about `density` of the box (every digit class there has ~30% ink), within limits.
  const sorted = [...cover].sort((a, b) => b - a);
  const cut = density > 0 ? Math.min(0.9, Math.max(0.1, sorted[Math.round(density * 1024)]!)) : 1 / 3;
  for (let p = 0; p < 1024; p++) if (cover[p]! > 0 && cover[p]! >= cut) out[(p >> 7) * 8 + ((p & 31) >> 2)]!++;
  return out;
}

/** Labelled 8×8 digit prototypes (see digitFeatures): 64 values per prototype, row after row. */
export interface DigitModel {
  features: Uint8Array;
  labels: Uint8Array;
}

export interface DigitGuess {
  /** probability per digit 0-9 (distance-weighted vote of the nearest prototypes) */
  probs: number[];
  /** distance to the nearest prototype: large when the shape is like no digit (two digits, a scrawl) */
  distance: number;
}

/** k nearest prototypes, votes weighted by 1/distance. */
export function classifyDigit(f: number[], model: DigitModel, k = 3): DigitGuess {
  const n = model.labels.length;
  const best: { d: number; label: number }[] = [];
  for (let i = 0; i < n; i++) {
    let d = 0;
    const o = i * 64;
    for (let j = 0; j < 64; j++) {
      const t = model.features[o + j]! - f[j]!;
      d += t * t;
    }
    if (best.length < k || d < best[best.length - 1]!.d) {
      best.push({ d, label: model.labels[i]! });
      best.sort((a, b) => a.d - b.d);
      if (best.length > k) best.pop();
    }
  }
  const probs = new Array<number>(10).fill(0);
  for (const b of best) probs[b.label]! += 1 / Math.max(1e-6, Math.sqrt(b.d));
  const total = probs.reduce((s, v) => s + v, 0) || 1;
  return { probs: probs.map((p) => p / total), distance: Math.sqrt(best[0]?.d ?? Infinity) };
}

export interface DigitReading {
  /** the deskewed handwriting */
  image: Gray;
  slant: number;
  /** one box per digit in `image`, left to right */
  segments: Rect[];
  guesses: DigitGuess[];
}

/**
 * Deskew the handwriting, cut it into digits and classify each. A part that looks like no digit
 * but splits into two parts that each look like one (two digits written touching) is split.
 */
export function readDigitShapes(img: Gray, threshold: number, model: DigitModel): DigitReading {
  const slant = estimateSlant(img, threshold);
  const image = shear(img, slant);
  const mask = inkMask(image, threshold);
  const minArea = Math.max(4, 0.002 * image.height * image.height);
  const parts = connectedComponents(mask, image.width, image.height).filter((c) => c.area >= minArea);
  const segments: Rect[] = [];
  const guesses: DigitGuess[] = [];
  for (const seg of segmentDigits(parts, mask, image.width, image.height)) {
    const whole = classifyDigit(digitFeatures(mask, image.width, seg), model, DIGIT_NEIGHBOURS);
    const halves = splitInTwo(seg, mask, image.width);
    if (halves) {
      const g = halves.map((h) => classifyDigit(digitFeatures(mask, image.width, h), model, DIGIT_NEIGHBOURS));
      if (Math.max(g[0]!.distance, g[1]!.distance) < SPLIT_GAIN * whole.distance) {
        segments.push(...halves);
        guesses.push(...g);
        continue;
      }
    }
    segments.push(seg);
    guesses.push(whole);
  }
  return { image, slant, segments, guesses };
}

/** Neighbours voting in classifyDigit: 5 gives smoother beliefs than 1 or 3 at equal accuracy. */
const DIGIT_NEIGHBOURS = 5;

/** Splitting must bring both halves this much closer to a digit than the whole. */
const SPLIT_GAIN = 0.75;

/** The best cut of a wide-ish box into two digits, or undefined when it is too narrow. */
function splitInTwo(r: Rect, mask: Uint8Array, width: number): [Rect, Rect] | undefined {
  const w = r.x1 - r.x0;
  const h = r.y1 - r.y0;
  if (w < 0.7 * h) return undefined;
  const cols = columnInk(mask, width, r);
  const lo = Math.round(0.3 * w);
  const hi = Math.round(0.7 * w);
  let best = lo;
  for (let x = lo; x <= hi; x++) if (cols[x]! < cols[best]!) best = x;
  const a = tighten({ x0: r.x0, x1: r.x0 + best, y0: r.y0, y1: r.y1 }, mask, width);
  const b = tighten({ x0: r.x0 + best, x1: r.x1, y0: r.y0, y1: r.y1 }, mask, width);
  if (a.y1 - a.y0 < 0.4 * h || b.y1 - b.y0 < 0.4 * h) return undefined;
  return [a, b];
}

export type DigitField = 'number' | 'day' | 'month';

export interface DigitCandidate {
  digits: string;
  /** 0-1: the candidate's share of the belief over all valid readings of this many digits */
  confidence: number;
}

/** Whether a digit string is a possible value of the field. */
export function validFor(field: DigitField, digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  const n = Number(digits);
  if (field === 'day') return digits.length <= 2 && n >= 1 && n <= 31;
  if (field === 'month') return digits.length <= 2 && n >= 1 && n <= 12;
  return digits.length <= 4 && n >= 1;
}

/**
 * Combine the shape classifier's per-digit beliefs with whole-string OCR readings of the same
 * handwriting. A reading with as many digits as there are segments votes for its digit at each
 * position (together they weigh `ocrWeight`, the classifier 1 - ocrWeight); readings of another
 * length are ignored. Candidates are the valid strings, best first.
 */
export function fuseReadings(
  field: DigitField,
  guesses: DigitGuess[],
  ocrReadings: string[],
  ocrWeight = 0.5,
  limit = 3,
): DigitCandidate[] {
  const n = guesses.length;
  if (n === 0 || n > 4) return [];
  const same = ocrReadings.filter((r) => r.length === n);
  const w = same.length ? ocrWeight : 0;
  const perPos = guesses.map((g, i) => {
    const p = g.probs.map((v) => (1 - w) * v);
    for (const r of same) p[Number(r[i])]! += w / same.length;
    return p;
  });
  // Enumerate by beam: keep the best partial strings.
  let beam: { digits: string; score: number }[] = [{ digits: '', score: 1 }];
  for (const p of perPos) {
    const next: { digits: string; score: number }[] = [];
    for (const b of beam) for (let d = 0; d < 10; d++) if (p[d]! > 0) next.push({ digits: b.digits + d, score: b.score * p[d]! });
    next.sort((a, b) => b.score - a.score);
    beam = next.slice(0, 200);
  }
  const valid = beam.filter((b) => validFor(field, b.digits));
  const total = valid.reduce((s, b) => s + b.score, 0);
  if (total <= 0) return [];
  return valid.slice(0, limit).map((b) => ({ digits: b.digits, confidence: b.score / total }));
}

/** Map OCR look-alikes of digits to digits and drop everything else: "O4" → "04", "l1" → "11". */
export function cleanDigits(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => LOOKALIKES[ch] ?? ch)
    .join('')
    .replace(/\D/g, '');
}

const LOOKALIKES: Record<string, string> = {
  O: '0', o: '0', Ø: '0', ø: '0', Ô: '0', ô: '0', Ö: '0', ö: '0', Q: '0', D: '0', ð: '0', '@': '0',
  l: '1', I: '1', '|': '1', ']': '1', '[': '1', '!': '1', í: '1', ì: '1', ỉ: '1', ĩ: '1', ị: '1', i: '1',
  Z: '2', z: '2', S: '5', $: '5', s: '5', G: '6', b: '6', T: '7', B: '8', g: '9', q: '9',
};

/**
 * Prototypes as text: per prototype one label digit then 64 values 0-16 as letters 'a'-'q'.
 * Plain ASCII keeps the embedded model diff-able and free of binary encodings.
 */
export function packPrototypes(features: number[][], labels: number[]): string {
  return features.map((f, i) => String(labels[i]) + f.map((v) => String.fromCharCode(97 + Math.max(0, Math.min(16, v)))).join('')).join('\n');
}

export function unpackPrototypes(text: string): DigitModel {
  const rows = text.split(/\s+/).filter((r) => r.length === 65);
  const features = new Uint8Array(rows.length * 64);
  const labels = new Uint8Array(rows.length);
  rows.forEach((r, i) => {
    labels[i] = r.charCodeAt(0) - 48;
    for (let j = 0; j < 64; j++) features[i * 64 + j] = r.charCodeAt(j + 1) - 97;
  });
  return { features, labels };
}
