import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cropGray, findBlankAnchors, locateBlank } from '../../pipeline/ocr/handwritten.ts';
import type { TextItem } from '../../pipeline/types.ts';
import { DIGIT_PROTOTYPES } from '../../pipeline/ocr/digit-prototypes.ts';
import { type Component, type Gray, connectedComponents, estimateSlant, findColon, inkMask, otsuThreshold, segmentDigits, selectHandwriting, shear } from '../../pipeline/ocr/handwriting-ink.ts';
import { classifyDigit, cleanDigits, digitFeatures, fuseReadings, packPrototypes, readDigitShapes, unpackPrototypes, validFor } from '../../pipeline/ocr/handwriting-digits.ts';

/** Rasterise an SVG (black ink on white) into grey pixels. */
async function gray(svg: string): Promise<Gray> {
  const { data, info } = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({
    resolveWithObject: true,
  });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

const svg = (w: number, h: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#fff"/>${body}</svg>`;

/** A handwritten-looking "1" (up-stroke from the lower left, then down) at x, and a "0" ring. */
const one = (x: number, y: number, h: number, pen = 7) =>
  `<path d="M ${x} ${y + h * 0.55} L ${x + h * 0.3} ${y} L ${x + h * 0.3} ${y + h}" stroke="#000" stroke-width="${pen}" fill="none" stroke-linejoin="round"/>`;
const zero = (cx: number, cy: number, h: number, pen = 7) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${h * 0.27}" ry="${h * 0.47}" stroke="#000" stroke-width="${pen}" fill="none"/>`;

describe('ink helpers', () => {
  it('finds Otsu threshold between paper and ink and labels 8-connected parts', async () => {
    const g = await gray(svg(120, 60, '<rect x="10" y="10" width="20" height="40" fill="#111"/><rect x="60" y="10" width="30" height="30" fill="#222"/>'));
    const t = otsuThreshold(g);
    expect(t).toBeGreaterThan(30);
    expect(t).toBeLessThan(240);
    const parts = connectedComponents(inkMask(g, t), g.width, g.height).sort((a, b) => a.x0 - b.x0);
    expect(parts.map((p) => [p.x0, p.y0, p.x1, p.y1, p.area])).toEqual([
      [10, 10, 30, 50, 800],
      [60, 10, 90, 40, 900],
    ]);
  });

  it('crops grey pixels, clamping to the image', async () => {
    const g = await gray(svg(20, 10, '<rect x="0" y="0" width="5" height="5" fill="#000"/>'));
    const c = cropGray(g, { x0: -3, y0: 2, x1: 8, y1: 40 });
    expect([c.width, c.height]).toEqual([8, 8]);
    expect(c.data[0]).toBeLessThan(50);
    expect(c.data[7]).toBeGreaterThan(200);
  });
});

describe('finding the handwriting in a blank', () => {
  const capH = 40;
  const comp = (x0: number, y0: number, x1: number, y1: number, area = (x1 - x0) * (y1 - y0) * 0.4): Component => ({
    x0,
    y0,
    x1,
    y1,
    area,
  });

  it('finds the colon after "Số" as two stacked dots, the lower on the baseline', () => {
    const comps = [comp(0, 0, 25, 40), comp(28, 10, 50, 40), comp(60, 14, 66, 20, 30), comp(60, 34, 66, 40, 30), comp(80, -5, 110, 45)];
    expect(findColon(comps, capH, 40, 36, 90)).toBe(66);
    expect(findColon([comp(60, 34, 66, 40, 30)], capH, 40, 36, 90)).toBeUndefined();
  });

  it('keeps ink crossing the line between label and next word, drops rules and specks', () => {
    const geometry = { x0: 100, x1: 300, top: 0, bottom: 40, capH };
    const digit = comp(120, -8, 150, 44);
    const bar = comp(125, -20, 160, -12, 150); // the bar of a 5 above the line
    const rule = comp(90, -45, 320, -42, 600); // the header's underline
    const speck = comp(200, 20, 202, 22, 3);
    const label = comp(60, 0, 95, 40); // the printed label's last glyph
    const got = selectHandwriting([label, digit, bar, rule, speck], geometry);
    expect(got).toEqual([digit, bar]);
  });
});

describe('segmentDigits', () => {
  it('cuts separate digits, joins the strokes of one digit, splits two touching digits', async () => {
    // "1", then a "4"-like digit from two strokes, then two blobs touching through a thin bridge.
    const g = await gray(
      svg(
        360,
        80,
        '<rect x="10" y="10" width="10" height="60"/>' +
          '<rect x="50" y="10" width="8" height="45"/><rect x="45" y="40" width="40" height="8"/>' +
          '<rect x="150" y="10" width="40" height="60"/><rect x="190" y="38" width="6" height="4"/><rect x="196" y="10" width="40" height="60"/>',
      ),
    );
    const mask = inkMask(g, 128);
    const parts = connectedComponents(mask, g.width, g.height);
    const segs = segmentDigits(parts, mask, g.width, g.height);
    expect(segs.length).toBe(4);
    expect(segs[0]).toMatchObject({ x0: 10, x1: 20 });
    expect(segs[1]).toMatchObject({ x0: 45, x1: 85 });
    expect(segs[2]!.x0).toBe(150);
    expect(segs[2]!.x1).toBeGreaterThanOrEqual(189);
    expect(segs[2]!.x1).toBeLessThanOrEqual(197);
    expect(segs[3]!.x1).toBe(236);
  });
});

describe('slant', () => {
  it('shears forward-leaning strokes upright', async () => {
    // A bar leaning right by 0.4 px per px of height.
    const g = await gray(svg(80, 60, '<polygon points="10,55 20,55 44,0 34,0" fill="#000"/>'));
    const s = estimateSlant(g, 128);
    expect(s).toBeGreaterThan(0.3);
    expect(s).toBeLessThan(0.5);
    const upright = shear(g, s);
    const mask = inkMask(upright, 128);
    const [bar] = connectedComponents(mask, upright.width, upright.height);
    expect(bar!.x1 - bar!.x0).toBeLessThan(16);
  });
});

describe('digit features and the embedded prototypes', () => {
  it('normalises a digit into an 8×8 grid of ink counts with ~30% ink', async () => {
    const g = await gray(svg(40, 100, '<rect x="15" y="10" width="10" height="80" fill="#000"/>'));
    const mask = inkMask(g, 128);
    const f = digitFeatures(mask, g.width, { x0: 0, y0: 0, x1: 40, y1: 100 });
    expect(f.length).toBe(64);
    expect(Math.max(...f)).toBeLessThanOrEqual(16);
    // A bar is centred: the outer columns are empty.
    for (let row = 0; row < 8; row++) {
      expect(f[row * 8]).toBe(0);
      expect(f[row * 8 + 7]).toBe(0);
    }
  });

  it('packs and unpacks prototypes', () => {
    const a = Array.from({ length: 64 }, (_, i) => i % 17);
    const m = unpackPrototypes(packPrototypes([a, a.map((v) => 16 - v)], [3, 9]));
    expect([...m.labels]).toEqual([3, 9]);
    expect([...m.features.slice(0, 64)]).toEqual(a);
  });

  it('embeds 60 prototypes of each digit', () => {
    const m = unpackPrototypes(DIGIT_PROTOTYPES);
    expect(m.labels.length).toBe(600);
    for (let d = 0; d < 10; d++) expect([...m.labels].filter((l) => l === d).length).toBe(60);
  });

  it('reads a drawn "10" and "01"', async () => {
    const model = unpackPrototypes(DIGIT_PROTOTYPES);
    for (const [body, want] of [
      [one(10, 10, 60) + zero(75, 40, 60), '10'],
      [zero(25, 40, 60) + one(60, 10, 60), '01'],
    ] as const) {
      const g = await gray(svg(110, 80, body));
      const r = readDigitShapes(g, 128, model);
      expect(r.guesses.map((x) => x.probs.indexOf(Math.max(...x.probs))).join('')).toBe(want);
    }
  });

  it('classifies by the nearest prototypes', () => {
    const a = new Array<number>(64).fill(0);
    const b = new Array<number>(64).fill(16);
    const m = unpackPrototypes(packPrototypes([a, b, b], [4, 7, 7]));
    const g = classifyDigit(b.map((v) => v - 1), m, 1);
    expect(g.probs.indexOf(1)).toBe(7);
    expect(g.distance).toBeCloseTo(8);
  });
});

describe('fuseReadings', () => {
  const sure = (d: number) => ({ probs: Array.from({ length: 10 }, (_, i) => (i === d ? 1 : 0)), distance: 10 });
  const split = (a: number, b: number) => ({ probs: Array.from({ length: 10 }, (_, i) => (i === a || i === b ? 0.5 : 0)), distance: 10 });

  it('lets OCR readings of the same length break a tie', () => {
    const got = fuseReadings('number', [sure(2), split(3, 8), sure(0)], ['280', '280', '28'], 0.5);
    expect(got[0]).toMatchObject({ digits: '280' });
    expect(got[0]!.confidence).toBeGreaterThan(0.5);
    expect(got[1]?.digits).toBe('230');
  });

  it('keeps only possible days and months', () => {
    expect(fuseReadings('day', [split(3, 4), split(1, 9)], []).map((c) => c.digits)).toEqual(['31']);
    expect(fuseReadings('month', [sure(1), split(3, 2)], []).map((c) => c.digits)).toEqual(['12']);
    expect(fuseReadings('day', [sure(0), sure(0)], [])).toEqual([]);
  });

  it('validates field values', () => {
    expect(validFor('day', '04')).toBe(true);
    expect(validFor('day', '32')).toBe(false);
    expect(validFor('month', '13')).toBe(false);
    expect(validFor('number', '0')).toBe(false);
    expect(validFor('number', '239')).toBe(true);
  });
});

describe('cleanDigits', () => {
  it.each([
    ['O4', '04'],
    ['Ø1', '01'],
    ['l1', '11'],
    ['202]', '2021'],
    ['2#', '2'],
    [' 0 5 ', '05'],
  ])('%s → %s', (raw, want) => {
    expect(cleanDigits(raw)).toBe(want);
  });
});

describe('findBlankAnchors and locateBlank', () => {
  const w = (text: string, x0: number, x1: number, y0 = 100, y1 = 140): TextItem => ({ text, x0, x1, y0, y1, line: 1 });

  it('finds the number, day and month blanks from the printed words', () => {
    const words = [
      w('Số:', 100, 165),
      w('Ø1', 200, 260),
      w('/CT-UBND', 330, 580, 105, 140),
      w('ngày', 900, 1005),
      w('thángØ?', 1110, 1300),
      w('năm', 1320, 1410, 108, 140),
      w('2021', 1430, 1530, 102, 140),
    ];
    const anchors = findBlankAnchors(words);
    expect(anchors.map((a) => [a.kind, a.labelX0, Math.round(a.nextX0)])).toEqual([
      ['number', 100, 330],
      ['day', 900, 1110],
      ['month', 1110, 1320],
    ]);
  });

  it('cuts the handwriting out of a drawn "Số: 01 /CT"', async () => {
    const body =
      '<text x="20" y="70" font-family="DejaVu Serif" font-size="50">Số:</text>' +
      one(140, 28, 48) +
      zero(200, 52, 48) +
      '<text x="260" y="70" font-family="DejaVu Serif" font-size="50">/CT-UBND</text>';
    const g = await gray(svg(560, 110, body));
    const word = (text: string, x0: number, x1: number): TextItem => ({ text, x0, x1, y0: 30, y1: 72 });
    const anchors = findBlankAnchors([word('Số:', 20, 100), word('/CT-UBND', 262, 540)]);
    expect(anchors.map((a) => a.kind)).toEqual(['number']);
    const blank = locateBlank(g, anchors[0]!);
    expect(blank?.box).toBeDefined();
    // The handwriting spans the drawn "1" and "0" and nothing of the print.
    expect(blank!.box!.x0).toBeGreaterThan(125);
    expect(blank!.box!.x0).toBeLessThan(145);
    expect(blank!.box!.x1).toBeGreaterThan(205);
    expect(blank!.box!.x1).toBeLessThan(255);
  });
});
