// Reading order from positioned text (PDF text items or OCR word boxes).
//
// Official letters print two-column tables: agency | national motto at the top, "Nơi nhận" |
// signer at the bottom. Read row by row, the columns interleave ("BỘ Y TẾ CỘNG HÒA XÃ HỘI...").
// We find such blocks from the gap between columns and emit each block's left column whole,
// then its right column, so every field reads as it was written.
import { startsWithAnchor } from '../text/anchors.ts';
import type { Box, Column, Line, TextItem } from '../types.ts';

interface Segment extends Box {
  items: TextItem[];
}

interface VisualLine extends Box {
  segments: Segment[];
}

export interface ReadingOrderOptions {
  pageWidth: number;
  /** OCR words always need a space between them; PDF items only where there is a visible gap. */
  itemsAreWords: boolean;
}

const height = (b: Box) => b.y1 - b.y0;
const union = (a: Box, b: Box): Box => ({
  x0: Math.min(a.x0, b.x0),
  y0: Math.min(a.y0, b.y0),
  x1: Math.max(a.x1, b.x1),
  y1: Math.max(a.y1, b.y1),
});

/** OCR words keep the engine's lines (it follows skewed rows better than boxes do). */
function groupByEngineLines(items: TextItem[]): VisualLine[] {
  const byLine = new Map<number, TextItem[]>();
  for (const item of items) byLine.set(item.line!, [...(byLine.get(item.line!) ?? []), item]);
  return [...byLine.values()]
    .map((lineItems) => {
      const box = lineItems.slice(1).reduce<Box>((b, i) => union(b, i), lineItems[0]!);
      return { ...box, segments: splitIntoSegments(lineItems) };
    })
    .sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
}

/** Items whose vertical extents overlap by more than half the smaller height share a line. */
function groupIntoLines(items: TextItem[]): VisualLine[] {
  if (items.length && items.every((i) => i.line !== undefined)) return groupByEngineLines(items);
  const sorted = [...items].sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
  const lines: { box: Box; items: TextItem[] }[] = [];
  for (const item of sorted) {
    const line = lines.slice(-3).find((l) => {
      const overlap = Math.min(l.box.y1, item.y1) - Math.max(l.box.y0, item.y0);
      return overlap > 0.5 * Math.min(height(l.box), height(item));
    });
    if (line) {
      line.items.push(item);
      line.box = union(line.box, item);
    } else lines.push({ box: { ...item }, items: [item] });
  }
  return lines.map((l) => ({ ...l.box, segments: splitIntoSegments(l.items) }));
}

const MEANINGFUL = /[\p{L}\p{N}]/u;

/** A gap wider than 1.5 line heights separates table cells; word gaps are far smaller. */
function splitIntoSegments(items: TextItem[]): Segment[] {
  const sorted = [...items].sort((a, b) => a.x0 - b.x0);
  const lineHeight = median(sorted.map(height));
  const segments: Segment[] = [];
  for (const item of sorted) {
    const last = segments.at(-1);
    if (last && item.x0 - last.x1 < 1.5 * lineHeight) {
      last.items.push(item);
      Object.assign(last, union(last, item));
    } else segments.push({ x0: item.x0, y0: item.y0, x1: item.x1, y1: item.y1, items: [item] });
  }
  return segments;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function segmentText(segment: Segment, itemsAreWords: boolean): string {
  let text = '';
  let previous: TextItem | undefined;
  for (const item of segment.items) {
    if (previous) {
      const gap = item.x0 - previous.x1;
      const needsSpace = itemsAreWords || gap > 0.15 * height(item);
      if (needsSpace && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
    }
    text += item.text;
    previous = item;
  }
  return text.replace(/\s+/g, ' ').trim();
}

const lineText = (line: VisualLine, words: boolean) => line.segments.map((s) => segmentText(s, words)).join(' ');

/** The widest gap between segments of a line, as the interval between the two columns. */
function columnGap(line: VisualLine): { lo: number; hi: number; index: number } | null {
  let best: { lo: number; hi: number; index: number } | null = null;
  for (let i = 1; i < line.segments.length; i++) {
    const lo = line.segments[i - 1]!.x1;
    const hi = line.segments[i]!.x0;
    if (!best || hi - lo > best.hi - best.lo) best = { lo, hi, index: i };
  }
  return best;
}

type Placed = { line: VisualLine; column: Column; block: number | null };

/** Which side of a block's column gap a one-segment line lies on, or null when it crosses. */
function sideOf(line: VisualLine, gap: { lo: number; hi: number }, pageWidth: number): Column | null {
  const centre = (line.x0 + line.x1) / 2;
  // Lines centred on the page (titles, "Kính gửi") are never part of a two-column block.
  if (Math.abs(centre - pageWidth / 2) < 0.06 * pageWidth) return null;
  const tolerance = 0.02 * pageWidth;
  if (line.x1 <= gap.hi + tolerance) return 'left';
  if (line.x0 >= gap.lo - tolerance) return 'right';
  return null;
}

function placeLines(lines: VisualLine[], pageWidth: number, itemsAreWords: boolean): Placed[] {
  const placed: Placed[] = lines.map((line) => ({ line, column: 'full', block: null }));
  let blockCount = 0;
  for (let start = 0; start < lines.length; start++) {
    const seed = lines[start]!;
    const seedGap = columnGap(seed);
    if (placed[start]!.block !== null || !seedGap || seedGap.hi - seedGap.lo < 0.04 * pageWidth) continue;
    if (startsWithAnchor(lineText(seed, itemsAreWords), 'Kính gửi') !== null) continue;
    const gap = { lo: seedGap.lo, hi: seedGap.hi };
    const block = blockCount++;
    placed[start] = { line: seed, column: 'left', block };
    const extend = (i: number): boolean => {
      const line = lines[i]!;
      if (placed[i]!.block !== null) return false;
      // "Kính gửi" opens the part below the header table (Nghị định 30/2020), even when its list
      // is indented far enough to look like the right column.
      if (i > start && startsWithAnchor(lineText(line, itemsAreWords), 'Kính gửi') !== null) return false;
      const own = columnGap(line);
      if (own && own.hi - own.lo >= 0.04 * pageWidth && own.lo < gap.hi && own.hi > gap.lo) {
        gap.lo = Math.max(gap.lo, own.lo);
        gap.hi = Math.min(gap.hi, own.hi);
        placed[i] = { line, column: 'left', block }; // split lines: both sides, see emit
        return true;
      }
      if (line.segments.length !== 1) return false;
      const side = sideOf(line, gap, pageWidth);
      if (!side) return false;
      placed[i] = { line, column: side, block };
      return true;
    };
    for (let i = start + 1; i < lines.length && extend(i); i++);
    for (let i = start - 1; i >= 0 && extend(i); i--);
  }
  return placed;
}

/** Page items → lines in reading order, two-column blocks emitted left column first. */
export function readingOrder(items: TextItem[], options: ReadingOrderOptions): Line[] {
  const usable = items.filter((i) => i.text.trim() !== '' && i.x1 > i.x0 && i.y1 > i.y0);
  // Segments of bare punctuation (OCR specks, rules under the agency name) carry no text and
  // would fake a column gap.
  const lines = groupIntoLines(usable)
    .map((l) => ({ ...l, segments: l.segments.filter((s) => s.items.some((i) => MEANINGFUL.test(i.text))) }))
    .filter((l) => l.segments.length > 0);
  const placed = placeLines(lines, options.pageWidth, options.itemsAreWords);
  const out: Line[] = [];
  const toLine = (segs: Segment[], column: Column, block: number | null): Line | null => {
    const text = segs.map((s) => segmentText(s, options.itemsAreWords)).join(' ').trim();
    if (!text) return null;
    const box = segs.slice(1).reduce<Box>((b, s) => union(b, s), segs[0]!);
    const scores = segs.flatMap((s) => s.items.flatMap((i) => (i.confidence === undefined ? [] : [i.confidence])));
    const confidence = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined;
    return { text, column, block, box: { x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1 }, ...(confidence !== undefined && { confidence }) };
  };
  for (let i = 0; i < placed.length; ) {
    const { block } = placed[i]!;
    if (block === null) {
      const line = toLine(placed[i]!.line.segments, 'full', null);
      if (line) out.push(line);
      i++;
      continue;
    }
    let end = i;
    while (end < placed.length && placed[end]!.block === block) end++;
    const members = placed.slice(i, end);
    const left: Line[] = [];
    const right: Line[] = [];
    for (const { line, column } of members) {
      const gap = line.segments.length > 1 ? columnGap(line) : null;
      if (gap) {
        const l = toLine(line.segments.slice(0, gap.index), 'left', block);
        const r = toLine(line.segments.slice(gap.index), 'right', block);
        if (l) left.push(l);
        if (r) right.push(r);
      } else {
        const l = toLine(line.segments, column, block);
        if (l) (column === 'right' ? right : left).push(l);
      }
    }
    out.push(...left, ...right);
    i = end;
  }
  return out;
}
