// Put the re-read handwritten digits into the page's OCR words: the words OCR made of the
// handwriting are replaced by the digits, and a label that swallowed some of it ("Số:04+",
// "ngày‡4") is cut back to the label, so the field grammar sees "Số: 04 /CT-UBND".
import { fold } from '../text/fold.ts';
import type { TextItem } from '../types.ts';
import { findBlankAnchors, type BlankKind, type HandwrittenFields } from './handwritten.ts';

const LABEL: Record<BlankKind, (text: string) => string> = {
  number: (t) => /^\S*?:/u.exec(t)?.[0] ?? t,
  day: (t) => (fold(t).startsWith('ngay') ? t.slice(0, 4) : t),
  month: (t) => (fold(t).startsWith('thang') ? t.slice(0, 5) : t),
};

const centreInside = (w: TextItem, b: { x0: number; y0: number; x1: number; y1: number }) => {
  const cx = (w.x0 + w.x1) / 2;
  const cy = (w.y0 + w.y1) / 2;
  return cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1;
};

export function mergeHandwritten(words: TextItem[], found: HandwrittenFields, pageHeight: number): { words: TextItem[]; notes: string[] } {
  const notes: string[] = [];
  let out = words;
  for (const anchor of findBlankAnchors(words, pageHeight)) {
    const value = found[anchor.kind];
    if (!value) continue;
    const label = { ...anchor.label, text: LABEL[anchor.kind](anchor.label.text) };
    const digits: TextItem = { ...value.box, text: value.digits, confidence: Math.round(value.confidence * 100), line: anchor.label.line };
    out = out.filter((w) => w !== anchor.label && !(w !== anchor.next && centreInside(w, value.box)));
    out.push(label, digits);
    notes.push(`${anchor.kind === 'number' ? 'number' : `issue ${anchor.kind}`}: handwritten "${value.digits}" read with confidence ${value.confidence.toFixed(2)}`);
  }
  return { words: out, notes };
}
