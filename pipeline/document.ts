// The laid-out document that field extractors read: every line with its page, column, block and
// its span in the record's full text, so each value can point back to where it was read.
import type { Evidence } from '../schemas/record.ts';
import { normaliseLine } from './normalize/line.ts';
import { splitPipeRows } from './layout/pipe-rows.ts';
import type { Column, ExtractedText } from './types.ts';

export interface DocLine {
  index: number;
  text: string;
  page: number;
  column: Column;
  block: number | null;
  /** Span of this line in `Doc.text`. */
  start: number;
  end: number;
  /** OCR confidence of the line, 0-1 (the page's when the line has none); null for text layers. */
  ocrConfidence: number | null;
}

export interface Doc {
  text: string;
  lines: DocLine[];
  signatureStamps: string[];
  legacyEncodings: Set<'tcvn3' | 'vni'>;
  /** Some text was read by OCR: field values get the OCR phrase correction once joined. */
  ocr: boolean;
}

export function buildDoc(extracted: ExtractedText): Doc {
  const lines: DocLine[] = [];
  const legacyEncodings = new Set<'tcvn3' | 'vni'>();
  let text = '';
  let blockOffset = 0;
  for (const page of extracted.pages) {
    let maxBlock = -1;
    // Escaped line breaks ("\\r\\n") left in the text by a converter are spaces.
    const unescaped = page.lines.map((l) => (l.text.includes('\\') ? { ...l, text: l.text.replace(/(?:\\[rn])+/g, ' ') } : l));
    for (const raw of splitPipeRows(unescaped, Math.max(-1, ...page.lines.map((l) => l.block ?? -1)) + 1)) {
      const { text: lineText, legacyEncoding } = normaliseLine(raw.text, page.source === 'ocr');
      if (legacyEncoding) legacyEncodings.add(legacyEncoding);
      if (!lineText) continue;
      if (text) text += '\n';
      const start = text.length;
      text += lineText;
      // Block numbers are per page; make them unique across the document.
      const block = raw.block === null ? null : raw.block + blockOffset;
      if (raw.block !== null) maxBlock = Math.max(maxBlock, raw.block);
      const ocrConfidence = page.source === 'ocr' ? (raw.confidence ?? page.confidence ?? 0) / 100 : null;
      lines.push({ index: lines.length, text: lineText, page: page.number, column: raw.column, block, start, end: text.length, ocrConfidence });
    }
    blockOffset += maxBlock + 1;
  }
  const ocr = extracted.pages.some((p) => p.source === 'ocr');
  return { text, lines, signatureStamps: extracted.signatureStamps, legacyEncodings, ocr };
}

/** Evidence for a span inside one line (offsets relative to the line's text). */
export function evidenceIn(line: DocLine, from = 0, to = line.text.length): Evidence {
  return { page: line.page, start: line.start + from, end: line.start + to };
}

/** Evidence spanning several lines, first to last. */
export function evidenceOver(first: DocLine, last: DocLine): Evidence {
  return { page: first.page, start: first.start, end: last.end };
}
