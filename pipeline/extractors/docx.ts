// DOCX through mammoth. We walk mammoth's document model (its documented `transformDocument`
// hook) instead of its HTML, so the two-column header and signature tables keep cell order:
// the left column whole, then the right one, exactly as positioned PDF text is read.
import mammoth from 'mammoth';
import { DOCX } from '../detect.ts';
import { BadInputError } from '../errors.ts';
import type { ExtractedText, Line } from '../types.ts';
import type { TextExtractor } from './extractor.ts';

interface Element {
  type: string;
  value?: string;
  children?: Element[];
}

function inlineText(element: Element): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return '\n';
    default:
      return (element.children ?? []).map(inlineText).join('');
  }
}

/** Paragraph texts of a cell (or any container), tables inside it flattened row by row. */
function paragraphs(container: Element): string[] {
  const out: string[] = [];
  for (const child of container.children ?? []) {
    if (child.type === 'table') out.push(...tableLines(child, null).map((l) => l.text));
    else out.push(...inlineText(child).split('\n'));
  }
  return out.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function tableLines(table: Element, block: number | null): Line[] {
  const rows = (table.children ?? []).filter((r) => r.type === 'tableRow');
  const cells = rows.map((r) => (r.children ?? []).filter((c) => c.type === 'tableCell'));
  const twoColumns = block !== null && cells.length > 0 && cells.every((row) => row.length === 2);
  if (twoColumns) {
    const column = (side: 0 | 1): Line[] =>
      cells.flatMap((row) => paragraphs(row[side]!)).map((text) => ({ text, column: side === 0 ? 'left' : 'right', block }));
    return [...column(0), ...column(1)];
  }
  return cells.flatMap((row) => row.flatMap((cell) => paragraphs(cell))).map((text) => ({ text, column: 'full', block: null }));
}

/** Thrown from the transformDocument hook once the model is in hand, so mammoth stops there. */
class ModelRead extends Error {
  constructor(readonly root: Element) {
    super('document model read');
  }
}

async function readDocument(bytes: Uint8Array): Promise<Element> {
  try {
    // The hook runs between reading the model and writing HTML; throwing from it skips the HTML
    // writer, which we never use (it was a third of the DOCX time).
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (doc: Element) => {
          throw new ModelRead(doc);
        },
      },
    );
  } catch (error) {
    if (error instanceof ModelRead) return error.root;
    throw new BadInputError('corrupt file', `not a readable DOCX (${error instanceof Error ? error.message : String(error)})`);
  }
  throw new BadInputError('corrupt file', 'not a readable DOCX');
}

export const docxExtractor: TextExtractor = {
  name: 'docx',
  accepts: (mime) => mime === DOCX,
  async extract(file): Promise<ExtractedText> {
    const root = await readDocument(file.bytes);
    const lines: Line[] = [];
    let blocks = 0;
    for (const child of root.children ?? []) {
      if (child.type === 'table') lines.push(...tableLines(child, blocks++));
      else for (const text of paragraphs({ type: 'body', children: [child] })) lines.push({ text, column: 'full', block: null });
    }
    // DOCX has no fixed pages; the whole text is reported as one logical page.
    return { pages: [{ number: 1, source: 'docx', lines, confidence: null }], signatureStamps: [], warnings: [] };
  },
};
