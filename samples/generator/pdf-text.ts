// Line breaking and drawing of styled text with pdf-lib: greedy wrapping of runs into lines,
// justified or aligned drawing. Justified lines are drawn word by word (a CID font ignores the
// PDF word-spacing operator), other lines run by run with their real spaces.
import type { PDFFont, PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';
import type { FontFace } from './fonts.ts';

export type Fonts = Record<FontFace, PDFFont>;

export interface StyledRun {
  text: string;
  face: FontFace;
}

/** A word: one or more pieces with no space between them (a bold "Điều" then a regular "1."). */
interface Word {
  pieces: StyledRun[];
  width: number;
}

export interface Line {
  words: Word[];
  /** Width of the words plus one normal space between each. */
  width: number;
  /** Whether a paragraph continues after this line (justify it). */
  last: boolean;
}

const BLACK = rgb(0, 0, 0);

function splitWords(runs: StyledRun[], fonts: Fonts, size: number): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  for (const run of runs) {
    const parts = run.text.split(/(\s+)/);
    for (const part of parts) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        current = null;
        continue;
      }
      const w = fonts[run.face].widthOfTextAtSize(part, size);
      if (!current) {
        current = { pieces: [], width: 0 };
        words.push(current);
      }
      current.pieces.push({ text: part, face: run.face });
      current.width += w;
    }
  }
  return words;
}

/** Wraps runs into lines no wider than `width`; the first line is `firstWidth` wide. */
export function wrapRuns(
  runs: StyledRun[],
  fonts: Fonts,
  size: number,
  width: number,
  firstWidth = width,
): Line[] {
  const words = splitWords(runs, fonts, size);
  const space = fonts.regular.widthOfTextAtSize(' ', size);
  const lines: Line[] = [];
  let cur: Word[] = [];
  let curWidth = 0;
  for (const word of words) {
    const limit = lines.length === 0 ? firstWidth : width;
    const next = cur.length === 0 ? word.width : curWidth + space + word.width;
    if (cur.length > 0 && next > limit) {
      lines.push({ words: cur, width: curWidth, last: false });
      cur = [word];
      curWidth = word.width;
    } else {
      cur.push(word);
      curWidth = next;
    }
  }
  if (cur.length > 0) lines.push({ words: cur, width: curWidth, last: true });
  return lines;
}

export function lineText(line: Line): string {
  return line.words.map((w) => w.pieces.map((p) => p.text).join('')).join(' ');
}

/** Draws a wrapped line at (x, baseline y). `justifyWidth` stretches non-last lines to that width. */
export function drawLine(
  page: PDFPage,
  line: Line,
  fonts: Fonts,
  size: number,
  x: number,
  y: number,
  justifyWidth?: number,
): void {
  const space = fonts.regular.widthOfTextAtSize(' ', size);
  const gaps = line.words.length - 1;
  if (justifyWidth !== undefined && !line.last && gaps > 0) {
    const extra = (justifyWidth - line.width) / gaps;
    let cx = x;
    for (const word of line.words) {
      let px = cx;
      for (const piece of word.pieces) {
        page.drawText(piece.text, { x: px, y, size, font: fonts[piece.face], color: BLACK });
        px += fonts[piece.face].widthOfTextAtSize(piece.text, size);
      }
      cx += word.width + space + extra;
    }
    return;
  }
  // Merge consecutive pieces of the same face into one string, spaces included.
  const merged: StyledRun[] = [];
  line.words.forEach((word, i) => {
    word.pieces.forEach((piece, j) => {
      const text = i > 0 && j === 0 ? ` ${piece.text}` : piece.text;
      const last = merged[merged.length - 1];
      if (last && last.face === piece.face) last.text += text;
      else merged.push({ text, face: piece.face });
    });
  });
  let cx = x;
  for (const m of merged) {
    page.drawText(m.text, { x: cx, y, size, font: fonts[m.face], color: BLACK });
    cx += fonts[m.face].widthOfTextAtSize(m.text, size);
  }
}

/** Draws a single string centered on `cx`. Returns its width. */
export function drawCentered(
  page: PDFPage,
  text: string,
  font: PDFFont,
  size: number,
  cx: number,
  y: number,
): number {
  const w = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: cx - w / 2, y, size, font, color: BLACK });
  return w;
}

/** Wraps plain text of one face to `width` and returns the line strings. */
export function wrapPlain(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const hard of text.split('\n')) {
    let cur = '';
    for (const word of hard.split(/\s+/).filter(Boolean)) {
      const next = cur ? `${cur} ${word}` : word;
      if (cur && font.widthOfTextAtSize(next, size) > width) {
        out.push(cur);
        cur = word;
      } else {
        cur = next;
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

export function hline(page: PDFPage, x1: number, x2: number, y: number, thickness = 0.8): void {
  page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color: BLACK });
}
