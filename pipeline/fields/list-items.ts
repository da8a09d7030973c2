// The dash lists of "Kính gửi:" and "Nơi nhận:": "- item;" per line, an item wrapped over lines
// continues in lower case, a purpose note "(để b/c)" at the end is not part of the addressee.
import type { DocLine } from '../document.ts';
import { evidenceOver } from '../document.ts';
import type { Evidence } from '../../schemas/record.ts';
import { fold } from '../text/fold.ts';

const BULLET = /^\s*[-–+•*]\s*/u;
const GLUED_ITEMS = /(?<=;)\s*(?=[-–+•]\s*\p{L})/u;
// Matched on folded text: OCR often misreads the tone ("(đế b/c)").
const PURPOSE_NOTE = /\s*\((?:de|d\/b|b\/c|p\/h|t\/h|thuc hien|th|biet|bao cao|chi dao|phoi hop|theo doi|qua)\b[^()]*\)\s*$/;

export interface ListItem {
  text: string;
  evidence: Evidence;
}

export function cleanItem(text: string, dropPurposeNotes: boolean): string {
  let t = text.replace(BULLET, '').replace(/\s+/g, ' ');
  t = t.replace(/[\s;,.:]+$/u, '');
  const note = dropPurposeNotes ? PURPOSE_NOTE.exec(fold(t)) : null;
  // Folding keeps the length of Vietnamese text, so the index applies to the original.
  if (note) t = t.slice(0, note.index).replace(/[\s;,.:]+$/u, '');
  return t.trim();
}

export interface ListOptions {
  /** Text on the anchor line after "Kính gửi:" / "Nơi nhận:". */
  firstText: string;
  dropPurposeNotes: boolean;
  /** Length of a line that wrapped (a full-width list): a shorter one ends its item. */
  wrapLength?: number;
  /** A line that ends the list (body text, the signer). */
  stop: (line: DocLine) => boolean;
}

export function readList(anchor: DocLine, following: DocLine[], options: ListOptions): ListItem[] {
  const items: { text: string; first: DocLine; last: DocLine; closed?: boolean }[] = [];
  if (options.firstText.trim()) items.push({ text: options.firstText, first: anchor, last: anchor });
  for (const line of following) {
    const t = line.text;
    if (options.stop(line)) break;
    if (/^\s*\(/.test(t)) {
      // "(sau đây gọi chung là ...)", an address: not an addressee; its period ends the item above.
      const above = items.at(-1);
      if (above && /[;.]\s*$/.test(t)) above.closed = true;
      continue;
    }
    if (/^[a-z]:\\|\\.*\\/i.test(t)) continue; // the typist's file path under "Lưu"
    const previous = items.at(-1);
    if (BULLET.test(t)) items.push({ text: t, first: line, last: line });
    // A capitalised line continues only an item whose last line ran to the margin (it wrapped).
    else if (previous && !previous.closed && (/^\s*\p{Ll}/u.test(t) || (!/[;.]\s*$/.test(previous.text) && previous.last.text.length >= (options.wrapLength ?? 0)))) {
      previous.text = `${previous.text} ${t}`;
      previous.last = line;
    } else break;
  }
  // Items a text layer ran together keep their ";" and dash: "Như Điều 5;- Bộ trưởng (để b/c);- Lưu: VT".
  return items
    .flatMap((i) => i.text.split(GLUED_ITEMS).map((text) => ({ text: cleanItem(text, options.dropPurposeNotes), evidence: evidenceOver(i.first, i.last) })))
    .filter((i) => i.text.length > 1);
}
