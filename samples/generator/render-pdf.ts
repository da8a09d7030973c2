// Renders a Letter to a PDF with a real text layer: pdf-lib + fontkit, Liberation Serif
// Regular/Bold/Italic embedded (subset, with ToUnicode maps), laid out by coordinates like the
// Word tables of a paper letter.
import { PDFDocument } from 'pdf-lib';
import { parseIso } from './dates.ts';
import { FONT_FILES, type FontFace, faceOf, readFont } from './fonts.ts';
import type { Letter, Paragraph } from './model.ts';
import { Flow, numberPages } from './pdf-flow.ts';
import { drawHeader, drawRecipients, drawTitle } from './pdf-header.ts';
import { drawSignature } from './pdf-signature.ts';
import { type Fonts, type StyledRun, drawLine, wrapRuns } from './pdf-text.ts';
import { patchFontkitSubset } from './fontkit-fix.ts';

const FIRST_INDENT = 28.35; // 1 cm

async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  doc.registerFontkit(patchFontkitSubset());
  const out = {} as Fonts;
  for (const face of Object.keys(FONT_FILES) as FontFace[]) {
    out[face] = await doc.embedFont(readFont(face), { subset: true });
  }
  return out;
}

export function paragraphRuns(para: Paragraph): StyledRun[] {
  const runs: StyledRun[] = [];
  if (para.label) runs.push({ text: `${para.label} `, face: para.labelBold ? 'bold' : 'regular' });
  for (const r of para.runs) runs.push({ text: r.text, face: faceOf(r.bold, r.italic) });
  return runs;
}

function drawParagraph(flow: Flow, para: Paragraph, size: number): void {
  const align = para.align ?? 'justify';
  const indent = (para.indent ?? align === 'justify') ? FIRST_INDENT : 0;
  const lh = size * 1.3;
  flow.y -= para.spaceBefore ?? 5;
  const lines = wrapRuns(paragraphRuns(para), flow.fonts, size, flow.width, flow.width - indent);
  lines.forEach((line, i) => {
    const base = flow.nextBaseline(lh, size);
    const x0 = flow.left + (i === 0 ? indent : 0);
    if (align === 'center') {
      drawLine(flow.page, line, flow.fonts, size, flow.left + (flow.width - line.width) / 2, base);
    } else if (align === 'left') {
      drawLine(flow.page, line, flow.fonts, size, x0, base);
    } else {
      drawLine(flow.page, line, flow.fonts, size, x0, base, flow.left + flow.width - x0);
    }
  });
}

export async function renderPdf(letter: Letter): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await embedFonts(doc);
  const { y, m, d } = parseIso(letter.date);
  const when = new Date(Date.UTC(y, m - 1, d, 8, 0, 0));
  doc.setTitle(`${letter.docType} ${letter.number}`);
  doc.setAuthor('vanthu samples');
  doc.setProducer('vanthu samples generator (pdf-lib)');
  doc.setCreator('vanthu samples generator');
  doc.setCreationDate(when);
  doc.setModificationDate(when);

  const flow = new Flow(doc, fonts);
  drawHeader(flow, letter);
  drawTitle(flow, letter);
  drawRecipients(flow, letter);
  for (const para of letter.body) drawParagraph(flow, para, letter.style.bodySize);
  drawSignature(flow, letter);
  numberPages(doc, fonts, 13);
  return doc.save({ useObjectStreams: false });
}
