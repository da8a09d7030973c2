// Train the digit prototypes of pipeline/ocr/digit-prototypes.ts (DIGIT_PROTOTYPES).
// Data: the UCI/NIST hand-printed digits (E. Alpaydin, C. Kaynak, 1998; CC BY 4.0) as shipped in
// Debian's python3-sklearn: sklearn/datasets/data/digits.csv.gz (1797 8×8 digits, 0-16).
// Each digit is upsampled, randomly distorted (rotation, shear, scale, pen weight) `copies` times,
// deskewed and featurised exactly like the scans (digitFeatures), then k-means per class.
// Get the data: apt-get download python3-sklearn && dpkg-deb -x python3-sklearn_*.deb deb/ (the file is
// deb/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz).
// Usage: SYNTH=one npx tsx dev/digit-model/train-model.ts digits.csv.gz 60 10 > model.txt (seed 7)
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { estimateSlant, shear, inkMask, type Gray } from '../../pipeline/ocr/handwriting-ink.ts';
import { digitFeatures, packPrototypes } from '../../pipeline/ocr/handwriting-digits.ts';
const [file = 'digits.csv.gz', perArg = '60', copiesArg = '10'] = process.argv.slice(2);
const per = Number(perArg), copies = Number(copiesArg);
let seed = Number(process.env.SEED ?? 7);
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
function affine(g: Gray, aug: boolean): Gray {
  const S = 64; const out = new Uint8Array(S * S).fill(255);
  const rot = aug ? (rnd() - 0.5) * 0.3 : 0, sh = aug ? (rnd() - 0.5) * 0.4 : 0, sx = aug ? 0.85 + rnd() * 0.3 : 1, sy = aug ? 0.85 + rnd() * 0.3 : 1;
  const c = Math.cos(rot), s = Math.sin(rot);
  for (let Y = 0; Y < S; Y++) for (let X = 0; X < S; X++) {
    let u = ((X + 0.5) / S - 0.5) * 1.25, w = ((Y + 0.5) / S - 0.5) * 1.25;
    u /= sx; w /= sy; u -= sh * w; const uu = c * u + s * w, ww = -s * u + c * w;
    const px = (uu + 0.5) * g.width - 0.5, py = (ww + 0.5) * g.height - 0.5;
    const x0 = Math.floor(px), y0 = Math.floor(py), ax = px - x0, ay = py - y0;
    const at = (x: number, y: number) => (x < 0 || y < 0 || x >= g.width || y >= g.height ? 255 : g.data[y * g.width + x]!);
    out[Y * S + X] = Math.round((1 - ax) * (1 - ay) * at(x0, y0) + ax * (1 - ay) * at(x0 + 1, y0) + (1 - ax) * ay * at(x0, y0 + 1) + ax * ay * at(x0 + 1, y0 + 1));
  }
  return { data: out, width: S, height: S };
}
function feats(g: Gray, aug: boolean): number[] {
  let h = affine(g, aug);
  const thr = aug ? 100 + Math.round(rnd() * 80) : 140;
  h = shear(h, estimateSlant(h, thr));
  return digitFeatures(inkMask(h, thr), h.width, { x0: 0, y0: 0, x1: h.width, y1: h.height });
}
const byClass: number[][][] = Array.from({ length: 10 }, () => []);
for (const l of gunzipSync(readFileSync(file)).toString().trim().split('\n')) {
  const r = l.split(',').map(Number);
  const g = { data: Uint8Array.from(r.slice(0, 64), (v) => 255 - Math.round((v * 255) / 16)), width: 8, height: 8 };
  byClass[r[64]!]!.push(feats(g, false));
  for (let k = 0; k < copies; k++) byClass[r[64]!]!.push(feats(g, true));
}
function kmeans(X: number[][], k: number): number[][] {
  const dist = (a: number[], b: number[]) => { let s = 0; for (let j = 0; j < 64; j++) s += (a[j]! - b[j]!) ** 2; return s; };
  const C: number[][] = [X[Math.floor(rnd() * X.length)]!.slice()];
  const D = X.map((x) => dist(x, C[0]!));
  while (C.length < k) { // k-means++
    const tot = D.reduce((a, b) => a + b, 0); let r = rnd() * tot; let i = 0;
    for (; i < X.length - 1 && r > D[i]!; i++) r -= D[i]!;
    C.push(X[i]!.slice()); X.forEach((x, j) => { D[j] = Math.min(D[j]!, dist(x, C[C.length - 1]!)); });
  }
  for (let it = 0; it < 25; it++) {
    const sum = C.map(() => new Array(64).fill(0)); const cnt = C.map(() => 0);
    for (const x of X) { let b = 0, bd = Infinity; C.forEach((c, i) => { const d = dist(x, c); if (d < bd) { bd = d; b = i; } }); cnt[b]!++; x.forEach((v, j) => (sum[b]![j] += v)); }
    C.forEach((c, i) => { if (cnt[i]) for (let j = 0; j < 64; j++) c[j] = sum[i]![j]! / cnt[i]!; });
  }
  return C;
}
// Synthetic strokes for common Vietnamese (French-school) hand-print styles that the UCI writers
// rarely used: a "1" with a long up-stroke from the lower left, a narrow "0", a "2" with a loop,
// a crossed "7". Each is a polyline skeleton, jittered, distorted and drawn with a random pen.
type Pt = [number, number];
const curve = (f: (t: number) => Pt, n = 24): Pt[] => Array.from({ length: n + 1 }, (_, i) => f(i / n));
const STYLES: Record<string, () => [number, Pt[][]]> = {
  one: () => { const sx = rnd() * 0.15, sy = 0.3 + rnd() * 0.65, tx = 0.55 + rnd() * 0.15; return [1, [[[sx, sy], [(sx + tx) / 2, sy * 0.35], [tx, 0]], [[tx, 0], [tx - 0.05 + rnd() * 0.1, 1]]]]; },
  zero: () => { const rx = 0.18 + rnd() * 0.17; const t0 = rnd() * 0.5; return [0, [curve((t) => { const a = 2 * Math.PI * (t * 1.08) + t0; return [0.5 + rx * Math.sin(a), 0.5 - 0.5 * Math.cos(a)]; })]]; },
  two: () => { const r = 0.06 + rnd() * 0.06; const lx = 0.15 + rnd() * 0.1, ly = 0.85; return [2, [[
    ...curve((t) => [0.5 - 0.4 * Math.cos(Math.PI * t * 1.1), 0.28 - 0.28 * Math.sin(Math.PI * t * 1.1)], 12),
    [lx + r, ly - r], [lx - r, ly], [lx, ly + r], [lx + r, ly], [0.95, 0.9 + (rnd() - 0.5) * 0.15]]]]; },
  seven: () => { const y = 0.45 + rnd() * 0.15; return [7, [[[0.02, 0.12 + rnd() * 0.1], [0.08, 0.02], [0.95, 0.03]], [[0.95, 0.03], [0.35 + rnd() * 0.15, 1]], [[0.25, y], [0.85, y]]]]; },
};
function drawSynth(strokes: Pt[][]): Gray {
  const S = 64; const out = new Uint8Array(S * S).fill(255);
  const rot = (rnd() - 0.5) * 0.3, sh = (rnd() - 0.5) * 0.5, sx = 0.8 + rnd() * 0.4, pen = 0.07 + rnd() * 0.09;
  const tf = ([x, y]: Pt): Pt => {
    let u = (x - 0.5) * sx + (rnd() - 0.5) * 0.04, w = y - 0.5 + (rnd() - 0.5) * 0.04;
    u += sh * -w; const c = Math.cos(rot), s = Math.sin(rot);
    return [(c * u - s * w) * 0.75 + 0.5, (s * u + c * w) * 0.75 + 0.5];
  };
  const segs: [Pt, Pt][] = [];
  for (const st of strokes) { const p = st.map(tf); for (let i = 1; i < p.length; i++) segs.push([p[i - 1]!, p[i]!]); }
  for (let Y = 0; Y < S; Y++) for (let X = 0; X < S; X++) {
    const px = (X + 0.5) / S, py = (Y + 0.5) / S; let best = Infinity;
    for (const [a, b] of segs) {
      const dx = b[0] - a[0], dy = b[1] - a[1]; const L = dx * dx + dy * dy || 1e-9;
      const t = Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / L));
      best = Math.min(best, Math.hypot(px - a[0] - t * dx, py - a[1] - t * dy));
    }
    if (best < (pen * 0.75) / 2) out[Y * S + X] = 0;
  }
  return { data: out, width: S, height: S };
}
const synthStyles = (process.env.SYNTH ?? '').split(',').filter(Boolean);
const synthCount = Number(process.env.SYNTH_N ?? 400);
for (const name of synthStyles) for (let i = 0; i < synthCount; i++) {
  const [label, strokes] = STYLES[name]!();
  let h = drawSynth(strokes);
  h = shear(h, estimateSlant(h, 128));
  byClass[label]!.push(digitFeatures(inkMask(h, 128), h.width, { x0: 0, y0: 0, x1: h.width, y1: h.height }));
}
if (process.env.SYNTH_VIEW) {
  const sharp = (await import('sharp')).default;
  const tiles: Buffer[] = [];
  for (const name of Object.keys(STYLES)) for (let i = 0; i < 8; i++) { const g = drawSynth(STYLES[name]!()[1]); tiles.push(await sharp(Buffer.from(g.data), { raw: { width: 64, height: 64, channels: 1 } }).png().toBuffer()); }
  await sharp({ create: { width: 64 * 8, height: 64 * 4, channels: 3, background: '#fff' } }).composite(tiles.map((t, i) => ({ input: t, left: (i % 8) * 64, top: Math.floor(i / 8) * 64 }))).png().toFile(process.env.SYNTH_VIEW);
}
const protos: number[][] = [], labels: number[] = [];
for (let d = 0; d < 10; d++) for (const c of kmeans(byClass[d]!, per)) { protos.push(c.map((v) => Math.round(v))); labels.push(d); }
process.stdout.write(packPrototypes(protos, labels));
