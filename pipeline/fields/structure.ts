// The parts of a letter per Nghị định 30/2020: header (agency | motto, number | place-date),
// title and trích yếu, "Kính gửi", body, and the signature part ("Nơi nhận" | signer).
// Field extractors ask this module where to look instead of scanning the whole text.
import type { Doc, DocLine } from '../document.ts';
import { fold } from '../text/fold.ts';
import { isMotto, isSignatureStamp, startsWithAnchor } from '../text/anchors.ts';

// Every field asks where the parts of the letter are; each answer is worked out once per document.
const memo = new WeakMap<Doc, Map<string, unknown>>();
function perDoc<T>(key: string, compute: (doc: Doc) => T): (doc: Doc) => T {
  return (doc) => {
    let answers = memo.get(doc);
    if (!answers) memo.set(doc, (answers = new Map()));
    if (!answers.has(key)) answers.set(key, compute(doc));
    return answers.get(key) as T;
  };
}

/** How far into a document the header may reach (OCR adds stamp lines at the top). */
const HEADER_SPAN = 40;

const NUMBER_LINE = /^\s*(s[ốoôồổỗ0]|sô|s6|s0)\s*[:;.,]/iu;

/** The "Số: ..." line of the header, not an incoming stamp's. */
function numberLineOf(doc: Doc): DocLine | null {
  for (const line of doc.lines.slice(0, HEADER_SPAN)) {
    const f = fold(line.text);
    if (/\bden\b/.test(f) || isSignatureStamp(line.text)) continue;
    // OCR misreads "Số" ("Sô", "sá", "S0"): an s-word, a colon, a blank or digits, then "/".
    if (NUMBER_LINE.test(line.text) || /^so\s*[:;.]?\s*\d*\s*\/\s*\S/.test(f) || /^so\s+\d{1,5}\s*-\s*\p{L}{1,5}\s*\//u.test(f) || /^s\S{0,2}\s*[:;.,]\s*[^\s/]{0,6}\s*\/\s*\S/.test(f)) return line;
  }
  return null;
}

export const numberLine = perDoc('numberLine', numberLineOf);

/** The header block: the two-column block holding the number or the motto. */
function headerBlockOf(doc: Doc): number | null {
  const anchor = numberLine(doc) ?? doc.lines.slice(0, HEADER_SPAN).find((l) => isMotto(l.text)) ?? null;
  return anchor?.block ?? null;
}

export const headerBlock = perDoc('headerBlock', headerBlockOf);

const lastOfBlock = (doc: Doc, block: number) => doc.lines.findLast((l) => l.block === block)!.index;
const PLACE_DATE = /ngay\s*.{0,6}\s*th[a-z]{1,2}ng\s*.{0,5}\s*nam\s*\S{4}/;

/** A full-width line that still belongs to the header table: the motto, a rule, the place-date. */
function isHeaderFiller(line: DocLine): boolean {
  return isMotto(line.text) || /^[\s\-_–—=*.·•~]+$/u.test(line.text) || PLACE_DATE.test(fold(line.text));
}

/** The title or "Kính gửi": the header has ended before it. */
function endsHeader(line: DocLine): boolean {
  return isTitle(line) || startsWithAnchor(line.text, 'Kính gửi') !== null;
}

/**
 * The blocks of the header table. NĐ 30/2020 (Phụ lục I) prints it in one or two rows (agency |
 * motto, then number and trích yếu | place-date); a text layer may give each row its own block,
 * with the motto's second line or the place-date as a full-width line between or after them.
 */
function headerRowsOf(doc: Doc): { blocks: Set<number>; end: number } | null {
  const block = headerBlock(doc);
  if (block === null) return null;
  const blocks = new Set([block]);
  let first = doc.lines.find((l) => l.block === block)!.index;
  for (let i = first - 1; i >= 0; i--) {
    const line = doc.lines[i]!;
    if (line.block !== null && line.block !== block) {
      blocks.add(line.block);
      first = i;
    } else if (!isHeaderFiller(line)) break;
  }
  let end = lastOfBlock(doc, block) + 1;
  while (end < Math.min(doc.lines.length, HEADER_SPAN)) {
    const line = doc.lines[end]!;
    if (endsHeader(line)) break;
    if (line.block !== null) {
      blocks.add(line.block);
      end = lastOfBlock(doc, line.block) + 1;
    } else if (isHeaderFiller(line)) end++;
    else break;
  }
  return { blocks, end };
}

const headerRows = perDoc('headerRows', headerRowsOf);

/** The header's lines that are in its table (stamps and notes printed above it are not). */
export function headerTableLines(doc: Doc): DocLine[] {
  const rows = headerRows(doc);
  if (!rows) return headerLines(doc);
  return headerLines(doc).filter((l) => (l.block !== null ? rows.blocks.has(l.block) : isHeaderFiller(l)));
}

/** Where the header ends: after its table's rows, or before the title / "Kính gửi". */
function headerEndOf(doc: Doc): number {
  const rows = headerRows(doc);
  if (rows) return rows.end;
  const stop = doc.lines.slice(0, HEADER_SPAN).find(endsHeader);
  return stop ? stop.index : Math.min(doc.lines.length, 15);
}

const headerEnd = perDoc('headerEnd', headerEndOf);

function headerLinesOf(doc: Doc): DocLine[] {
  // Lines before the block (e.g. a parent agency printed above the table) belong too.
  return doc.lines.slice(0, headerEnd(doc));
}

export const headerLines = perDoc('headerLines', headerLinesOf);

const TITLE_WORDS = /^(quyet dinh|ke hoach|thong tu|thong bao|bao cao|to trinh|giay moi|cong dien|chi thi|nghi quyet|nghi dinh|huong dan|chuong trinh|quy che|quy dinh|de an|phuong an|du an|bien ban|hop dong|giay gioi thieu|giay uy quyen|giay nghi phep|phieu gui|phieu chuyen|phieu bao|thong cao|ban ghi nho|ban thoa thuan|cong van|lenh)\b/;

function isTitle(line: DocLine): boolean {
  const f = fold(line.text).replace(/[^a-z ]/g, '').trim();
  return line.column === 'full' && line.text === line.text.toUpperCase() && TITLE_WORDS.test(f) && f.split(' ').length <= 6;
}

/** The line naming the document type ("QUYẾT ĐỊNH"), printed in capitals after the header. */
function titleLineOf(doc: Doc): DocLine | null {
  const from = headerEnd(doc);
  for (const line of doc.lines.slice(from, from + 12)) {
    if (isTitle(line)) return line;
    if (startsWithAnchor(line.text, 'Kính gửi') !== null) return null;
  }
  return null;
}

export const titleLine = perDoc('titleLine', titleLineOf);

function kinhGuiLineOf(doc: Doc): DocLine | null {
  for (const line of doc.lines.slice(0, 80)) if (startsWithAnchor(line.text, 'Kính gửi') !== null) return line;
  return null;
}

export const kinhGuiLine = perDoc('kinhGuiLine', kinhGuiLineOf);

/** First line of the body: after the header, title, trích yếu and "Kính gửi" list. */
function bodyStartOf(doc: Doc): number {
  const title = titleLine(doc);
  if (title) return title.index + 1;
  const kg = kinhGuiLine(doc);
  if (kg) return kg.index + 1;
  return headerEnd(doc);
}

export const bodyStart = perDoc('bodyStart', bodyStartOf);

/** The "Nơi nhận:" line of the main document (the first one: attachments may repeat it). */
function noiNhanLineOf(doc: Doc): DocLine | null {
  const start = Math.min(bodyStart(doc), doc.lines.length);
  for (const line of doc.lines.slice(start)) {
    if (startsWithAnchor(line.text, 'Nơi nhận') !== null) return line;
  }
  return null;
}

export const noiNhanLine = perDoc('noiNhanLine', noiNhanLineOf);

/** Lines of the signature part: the block holding "Nơi nhận" and the signer, or what follows. */
function signatureLinesOf(doc: Doc): DocLine[] {
  const anchor = noiNhanLine(doc);
  if (!anchor) return [];
  if (anchor.block !== null) return doc.lines.filter((l) => l.block === anchor.block);
  return doc.lines.slice(anchor.index, anchor.index + 30);
}

export const signatureLines = perDoc('signatureLines', signatureLinesOf);

/** The lines read after `line`: the rest of its column in a two-column block, then what follows the block. */
export function followingLines(doc: Doc, line: DocLine, limit = 40): DocLine[] {
  if (line.block === null) return doc.lines.slice(line.index + 1, line.index + 1 + limit);
  const inBlock = doc.lines.filter((l) => l.block === line.block);
  const sameColumn = inBlock.filter((l) => l.index > line.index && l.column === line.column);
  const after = doc.lines.slice(inBlock.at(-1)!.index + 1);
  return [...sameColumn, ...after].slice(0, limit);
}
