// Body paragraphs rebuilt from wrapped lines, for the fields that read sentences (deadlines).
import type { Doc, DocLine } from '../document.ts';

export interface Paragraph {
  text: string;
  first: DocLine;
  last: DocLine;
}

const ITEM_START = /^\s*(\d+(\.\d+)*[.)]|[a-zđ][.)]|[-+•]|[IVX]+\.|Điều\s+\d+)/u;

export function paragraphs(lines: DocLine[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    const startsNew =
      !previous ||
      ITEM_START.test(line.text) ||
      line.block !== previous.last.block ||
      (/[.:;!?]$/.test(previous.text) && /^\p{Lu}/u.test(line.text));
    if (startsNew) out.push({ text: line.text, first: line, last: line });
    else {
      // A symbol broken at its hyphen ("1928/QĐ-" / "BYT") joins without a space.
      previous.text = /[-/]$/.test(previous.text) && /^\p{Lu}/u.test(line.text) ? previous.text + line.text : `${previous.text} ${line.text}`;
      previous.last = line;
    }
  }
  return out;
}

export function docParagraphs(doc: Doc): Paragraph[] {
  return paragraphs(doc.lines);
}
