// Pure image helpers for re-reading handwritten digits in printed blanks ("Số: __ /CT-UBND",
// "ngày __ tháng __"): grey pixels → ink mask → connected components → the handwriting's extent,
// single-digit segmentation by vertical projection, and OCR-string cleanup. No I/O here.

/** An 8-bit single-channel image, row-major. */
export interface Gray {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface Rect {
  x0: number;
  y0: number;
  /** exclusive */
  x1: number;
  /** exclusive */
  y1: number;
}

export interface Component extends Rect {
  /** ink pixels */
  area: number;
}

/** Otsu's threshold over the histogram of `img` (pixels <= t are ink). */
export function otsuThreshold(img: Gray): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of img.data) hist[v]!++;
  const total = img.data.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * hist[i]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let bestT = 127;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sumAll - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      bestT = t;
    }
  }
  return bestT;
}

/** 1 where the pixel is ink (darker than or equal to `threshold`). */
export function inkMask(img: Gray, threshold: number): Uint8Array {
  const out = new Uint8Array(img.data.length);
  for (let i = 0; i < img.data.length; i++) out[i] = img.data[i]! <= threshold ? 1 : 0;
  return out;
}

/** 8-connected components of a mask, in no particular order. */
export function connectedComponents(mask: Uint8Array, width: number, height: number): Component[] {
  return labelComponents(mask, width, height).components;
}

/** 8-connected components and, per pixel, 1 + the index of its component (0 for paper). */
export function labelComponents(
  mask: Uint8Array,
  width: number,
  height: number,
): { components: Component[]; labels: Int32Array } {
  const label = new Int32Array(mask.length);
  const out: Component[] = [];
  const stack: number[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || label[start]) continue;
    const c: Component = { x0: width, y0: height, x1: 0, y1: 0, area: 0 };
    label[start] = out.length + 1;
    stack.push(start);
    while (stack.length) {
      const p = stack.pop()!;
      const x = p % width;
      const y = (p - x) / width;
      c.area++;
      if (x < c.x0) c.x0 = x;
      if (y < c.y0) c.y0 = y;
      if (x + 1 > c.x1) c.x1 = x + 1;
      if (y + 1 > c.y1) c.y1 = y + 1;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const q = yy * width + xx;
          if (mask[q] && !label[q]) {
            label[q] = out.length + 1;
            stack.push(q);
          }
        }
      }
    }
    out.push(c);
  }
  return { components: out, labels: label };
}

/** Ink pixels per column of `rect` in the mask. */
export function columnInk(mask: Uint8Array, width: number, rect: Rect): number[] {
  const out = new Array<number>(rect.x1 - rect.x0).fill(0);
  for (let y = rect.y0; y < rect.y1; y++) {
    for (let x = rect.x0; x < rect.x1; x++) if (mask[y * width + x]) out[x - rect.x0]!++;
  }
  return out;
}

export function union(a: Rect, b: Rect): Rect {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Cap height from the glyphs of a printed word: the median height of its letter-sized parts. */
export function glyphHeight(comps: Component[]): number {
  const h = comps.map((c) => c.y1 - c.y0);
  const big = Math.max(0, ...h);
  return median(h.filter((v) => v >= big * 0.6));
}

/**
 * The colon closing "Số:": two small dots one above the other, the lower one on the baseline.
 * Returns its right edge, or undefined.
 */
export function findColon(comps: Component[], capH: number, baseline: number, fromX: number, toX: number): number | undefined {
  const dots = comps.filter(
    (c) => c.x0 >= fromX && c.x1 <= toX && c.x1 - c.x0 <= 0.3 * capH && c.y1 - c.y0 <= 0.3 * capH && c.area >= 0.008 * capH * capH,
  );
  let best: number | undefined;
  for (const low of dots) {
    if (Math.abs(low.y1 - baseline) > 0.2 * capH) continue;
    const high = dots.find(
      (d) => d !== low && Math.min(d.x1, low.x1) - Math.max(d.x0, low.x0) > 0 && low.y0 - d.y1 > 0.15 * capH && low.y0 - d.y1 < 0.6 * capH,
    );
    if (high && (best === undefined || Math.max(low.x1, high.x1) < best)) best = Math.max(low.x1, high.x1);
  }
  return best;
}

export interface BlankGeometry {
  /** where the handwriting may start (end of the printed label) */
  x0: number;
  /** where it must end (start of the next printed word) */
  x1: number;
  /** top and bottom of the printed line's capitals/digits */
  top: number;
  bottom: number;
  capH: number;
}

/**
 * The components of the handwriting in a blank: ink right of the label and left of the next
 * word that crosses the middle of the printed line, minus rules (long flat lines) and specks.
 */
export function selectHandwriting(comps: Component[], g: BlankGeometry): Component[] {
  const mid0 = g.top + 0.25 * g.capH;
  const mid1 = g.bottom - 0.25 * g.capH;
  const minArea = 0.02 * g.capH * g.capH;
  const core = comps.filter((c) => {
    const w = c.x1 - c.x0;
    const h = c.y1 - c.y0;
    if (c.area < minArea) return false;
    if (h < 0.25 * g.capH && w > 1.2 * g.capH) return false; // a rule
    if (h > 2.6 * g.capH) return false;
    const cx = (c.x0 + c.x1) / 2;
    if (cx < g.x0 || cx > g.x1) return false;
    return c.y1 > mid0 && c.y0 < mid1;
  });
  if (core.length === 0) return [];
  // Small strokes that belong to a digit (the bar of a 5 or 7) may miss the middle band: keep
  // those that sit over the core's columns, near the line.
  const span = core.reduce((r, c) => union(r, c), core[0] as Rect);
  const extra = comps.filter(
    (c) =>
      !core.includes(c) &&
      c.area >= minArea / 4 &&
      c.x1 > span.x0 - 0.2 * g.capH &&
      c.x0 < span.x1 + 0.2 * g.capH &&
      (c.x0 + c.x1) / 2 > g.x0 &&
      (c.x0 + c.x1) / 2 < g.x1 &&
      c.y1 > g.top - 0.7 * g.capH &&
      c.y0 < g.bottom + 0.5 * g.capH &&
      !(c.y1 - c.y0 < 0.25 * g.capH && c.x1 - c.x0 > 1.2 * g.capH),
  );
  return [...core, ...extra].sort((a, b) => a.x0 - b.x0);
}

/**
 * Split handwriting into single digits. Parts that overlap horizontally (the bar of a 5, the two
 * strokes of a 4) join one digit; a part too wide for one digit (two digits written touching) is
 * cut at its thinnest column near the middle. `mask` is the ink of `width` columns.
 */
export function segmentDigits(parts: Component[], mask: Uint8Array, width: number, height: number): Rect[] {
  const sorted = [...parts].sort((a, b) => a.x0 - b.x0);
  const groups: Component[] = [];
  for (const p of sorted) {
    const last = groups[groups.length - 1];
    if (last) {
      const ov = Math.min(last.x1, p.x1) - Math.max(last.x0, p.x0);
      const narrow = Math.min(last.x1 - last.x0, p.x1 - p.x0);
      const small = p.area < 0.2 * last.area || last.area < 0.2 * p.area;
      if (ov >= 0.5 * narrow || (small && ov > 0)) {
        last.x0 = Math.min(last.x0, p.x0);
        last.x1 = Math.max(last.x1, p.x1);
        last.y0 = Math.min(last.y0, p.y0);
        last.y1 = Math.max(last.y1, p.y1);
        last.area += p.area;
        continue;
      }
    }
    groups.push({ ...p });
  }
  // A tiny leftover (a speck, a dot) is no digit.
  const maxArea = Math.max(0, ...groups.map((g) => g.area));
  const digits = groups.filter((g) => g.area >= 0.12 * maxArea);
  const lineH = Math.max(1, ...digits.map((g) => g.y1 - g.y0));
  const out: Rect[] = [];
  for (const g of digits) out.push(...splitWide(g, mask, width, height, lineH));
  return out;
}

/** Cut a too-wide group into digits at the columns with the least ink. */
function splitWide(g: Rect, mask: Uint8Array, width: number, height: number, lineH: number): Rect[] {
  const w = g.x1 - g.x0;
  const n = Math.round(w / (0.8 * lineH));
  if (n < 2 || w < 1.1 * lineH) return [g];
  const cols = columnInk(mask, width, { x0: g.x0, y0: 0, x1: g.x1, y1: height });
  const cuts: number[] = [];
  for (let k = 1; k < n; k++) {
    const centre = (k * w) / n;
    const lo = Math.max(1, Math.round(centre - 0.25 * (w / n)));
    const hi = Math.min(w - 2, Math.round(centre + 0.25 * (w / n)));
    let best = lo;
    for (let x = lo; x <= hi; x++) if (cols[x]! < cols[best]! || (cols[x] === cols[best] && Math.abs(x - centre) < Math.abs(best - centre))) best = x;
    cuts.push(g.x0 + best);
  }
  const edges = [g.x0, ...cuts, g.x1];
  return edges.slice(1).map((x1, i) => tighten({ x0: edges[i]!, x1, y0: g.y0, y1: g.y1 }, mask, width));
}

/** Shrink a rectangle's top and bottom to the ink inside it. */
export function tighten(r: Rect, mask: Uint8Array, width: number): Rect {
  let y0 = r.y0;
  let y1 = r.y1;
  const rowHas = (y: number) => {
    for (let x = r.x0; x < r.x1; x++) if (mask[y * width + x]) return true;
    return false;
  };
  while (y0 < y1 && !rowHas(y0)) y0++;
  while (y1 > y0 && !rowHas(y1 - 1)) y1--;
  return { ...r, y0, y1 };
}

/**
 * Shear `img` horizontally by `s` (a pixel at height y above the bottom moves s·y to the left, so
 * a positive s rights forward-leaning writing). Paper fills the new corners.
 */
export function shear(img: Gray, s: number): Gray {
  const extra = Math.ceil(Math.abs(s) * img.height);
  const w = img.width + extra;
  const data = new Uint8Array(w * img.height).fill(255);
  for (let y = 0; y < img.height; y++) {
    const up = img.height - 1 - y;
    const shift = s >= 0 ? Math.round(extra - s * up) : Math.round(-s * up);
    for (let x = 0; x < img.width; x++) data[y * w + x + shift] = img.data[y * img.width + x]!;
  }
  return { data, width: w, height: img.height };
}

/** The shear (see `shear`) that makes the ink's strokes most upright: columns most peaked. */
export function estimateSlant(img: Gray, threshold: number, range = [-0.2, 0.7], step = 0.05): number {
  let best = 0;
  let bestScore = -1;
  for (let s = range[0]!; s <= range[1]! + 1e-9; s += step) {
    const g = shear(img, s);
    const cols = new Array<number>(g.width).fill(0);
    for (let y = 0; y < g.height; y++) for (let x = 0; x < g.width; x++) if (g.data[y * g.width + x]! <= threshold) cols[x]!++;
    const score = cols.reduce((sum, c) => sum + c * c, 0);
    if (score > bestScore * 1.0001 || (Math.abs(score - bestScore) <= bestScore * 1e-4 && Math.abs(s) < Math.abs(best))) {
      bestScore = score;
      best = Math.round(s * 100) / 100;
    }
  }
  return best;
}
