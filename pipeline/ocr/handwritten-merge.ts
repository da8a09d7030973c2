// Put the re-read handwritten digits into the page's OCR words: the words OCR made of the
// handwriting are replaced by the digits, and a label that swallowed some of it ("Số:04+",
// "ngàyÃDtháng") is cut back to the label, so the field grammar sees "Số: 04 /CT-UBND".
import { fold } from '../text/fold.ts';
import type { Box, TextItem } from '../types.ts';
import { findBlankAnchors, type BlankKind, type HandwrittenFields } from './handwritten.ts';

// Where the label keyword stands inside the OCR word (folded text keeps the length).
const KEYWORD: Record<BlankKind, RegExp> = { number: /^\S*?:/, day: /ng[a-z]y/, month: /th[a-z]{1,2}ng/ };

const centreInside = (w: TextItem, b: Box) => {
  const cx = (w.x0 + w.x1) / 2;
  const cy = (w.y0 + w.y1) / 2;
  return cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1;
};

/** The label part of a word, placed just before the digits it labels. */
function labelOf(kind: BlankKind, word: TextItem, digits: Box, after: number): TextItem {
  const m = KEYWORD[kind].exec(fold(word.text));
  const text = m ? word.text.slice(m.index, m.index + m[0].length) : word.text;
  const x1 = Math.min(word.x1, digits.x0 - 1);
  const x0 = Math.min(Math.max(word.x0, after), x1 - 1);
  return { ...word, text, x0, x1 };
}

/** What full-page OCR read in the blank, when it is plain digits (typed digits read well). */
function ocrDigits(words: TextItem[], anchor: { kind: BlankKind; label: TextItem; next: TextItem }, box: Box): string | null {
  const m = KEYWORD[anchor.kind].exec(fold(anchor.label.text));
  const swallowed = m ? anchor.label.text.slice(m.index + m[0].length) : '';
  const inside = words.filter((w) => w !== anchor.label && w !== anchor.next && centreInside(w, box)).map((w) => w.text);
  const text = [swallowed, ...inside].join('').replace(/[.,;:]+$/, '');
  return /^\d{1,4}$/.test(text) ? text : null;
}

/** Below this confidence the re-read does not overrule plain digits that OCR already read. */
const OVERRULE = 0.7;

export function mergeHandwritten(words: TextItem[], found: HandwrittenFields, pageHeight: number): { words: TextItem[]; notes: string[] } {
  const notes: string[] = [];
  const anchors = findBlankAnchors(words, pageHeight).filter((a) => {
    const value = found[a.kind];
    if (!value) return false;
    const ocr = ocrDigits(words, a, value.box);
    return !(ocr !== null && Number(ocr) !== Number(value.digits) && value.confidence < OVERRULE);
  });
  const replaced = new Set<TextItem>(anchors.map((a) => a.label));
  const added: TextItem[] = [];
  for (const anchor of anchors) {
    const value = found[anchor.kind]!;
    // A label word may also hold the previous blank ("ngàyÃDtháng"): start after its digits.
    const previous = anchors.filter((a) => a !== anchor && a.label === anchor.label && found[a.kind]!.box.x1 < value.box.x0);
    const after = Math.max(anchor.label.x0, ...previous.map((a) => found[a.kind]!.box.x1 + 1));
    added.push(labelOf(anchor.kind, anchor.label, value.box, after));
    added.push({ ...value.box, text: value.digits, confidence: Math.round(value.confidence * 100), line: anchor.label.line });
    for (const w of words) if (w !== anchor.next && centreInside(w, value.box)) replaced.add(w);
    notes.push(`${anchor.kind === 'number' ? 'number' : `issue ${anchor.kind}`}: the digits in the blank re-read as "${value.digits}" (confidence ${value.confidence.toFixed(2)})`);
  }
  return { words: [...words.filter((w) => !replaced.has(w)), ...added], notes };
}
