// Test helper: build a `Doc` from a compact description of a letter.
//
//   makeDoc([
//     { left: ['BỘ Y TẾ', 'Số: 12/BYT-KH'], right: ['CỘNG HÒA ...', 'Hà Nội, ngày ...'] },
//     'Kính gửi: ...',          // a full-width line
//     PAGE_BREAK,               // start a new page
//   ], { stamps: ['Thời gian ký: 15/01/2025 17:10:17'] })
//
// A two-column block is emitted as the pipeline emits it: its left lines first, then its right
// lines, all with the same block number (numbered per page from 0, as extractors produce them).
import { buildDoc } from '../../pipeline/document.ts';
import type { Doc } from '../../pipeline/document.ts';
import type { Line, Page } from '../../pipeline/types.ts';

export interface Block {
  left?: string[];
  right?: string[];
}

export const PAGE_BREAK = Symbol('page break');

export type Part = string | Block | typeof PAGE_BREAK;

export interface DocOptions {
  stamps?: string[];
}

export function makePages(parts: Part[]): Page[] {
  const pages: Page[] = [];
  let lines: Line[] = [];
  let block = 0;
  const flush = () => {
    pages.push({ number: pages.length + 1, source: 'text-layer', confidence: null, lines });
    lines = [];
    block = 0;
  };
  for (const part of parts) {
    if (part === PAGE_BREAK) flush();
    else if (typeof part === 'string') lines.push({ text: part, column: 'full', block: null });
    else {
      for (const text of part.left ?? []) lines.push({ text, column: 'left', block });
      for (const text of part.right ?? []) lines.push({ text, column: 'right', block });
      block++;
    }
  }
  flush();
  return pages;
}

export function makeDoc(parts: Part[], options: DocOptions = {}): Doc {
  return buildDoc({ pages: makePages(parts), signatureStamps: options.stamps ?? [], warnings: [] });
}

/** The usual header table of a letter: agency lines + number left, motto + place-date right. */
export function header(agency: string[], number: string, placeDate: string, extraLeft: string[] = []): Block {
  return {
    left: [...agency, number, ...extraLeft],
    right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', placeDate],
  };
}

/** The text a found value's evidence points at. */
export function evidenceText(doc: Doc, evidence: { start: number; end: number } | null | undefined): string | null {
  return evidence ? doc.text.slice(evidence.start, evidence.end) : null;
}
