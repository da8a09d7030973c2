// The top of the first page: the two-column header (agency and number | motto and place-date),
// the type title with the trích yếu, and the "Kính gửi" block.
import { rgb } from 'pdf-lib';
import { HEADER_LEFT_SHARE } from './geometry.ts';
import type { Letter } from './model.ts';
import { printedSubject, typeTitle } from './model.ts';
import type { Flow } from './pdf-flow.ts';
import { MOTTO_1, MOTTO_2, placeDate } from './printed.ts';
import { drawCentered, drawLine, hline, wrapPlain, wrapRuns } from './pdf-text.ts';

const ISSUER_SIZE = 13;
const LEAD = 1.18;

export function drawHeader(flow: Flow, letter: Letter): void {
  const { page, fonts } = flow;
  const leftW = flow.tableWidth * HEADER_LEFT_SHARE;
  const rightW = flow.tableWidth - leftW;
  const lcx = flow.tableX + leftW / 2;
  const rcx = flow.tableX + leftW + rightW / 2;
  const top = flow.y;

  // Left column: issuer lines, parent first, the agency itself in bold.
  let ly = top;
  let lastWidth = 0;
  letter.issuer.forEach((entry, i) => {
    const bold = i === letter.issuer.length - 1;
    const font = bold ? fonts.bold : fonts.regular;
    for (const line of wrapPlain(entry, font, ISSUER_SIZE, leftW - 8)) {
      ly -= ISSUER_SIZE * LEAD;
      lastWidth = drawCentered(page, line, font, ISSUER_SIZE, lcx, ly + 3);
    }
  });
  ly -= 8; // the rule sits clear of the dots below (Ệ, Ạ)
  const rule = Math.max(40, lastWidth * 0.4);
  hline(page, lcx - rule / 2, lcx + rule / 2, ly + 3);

  // Right column: the national motto, underlined second line.
  let ry = top;
  const mottoSize = fonts.bold.widthOfTextAtSize(MOTTO_1, 12.5) <= rightW - 4 ? 12.5 : 12;
  ry -= ISSUER_SIZE * LEAD;
  drawCentered(page, MOTTO_1, fonts.bold, mottoSize, rcx, ry + 3);
  ry -= 13.5 * LEAD;
  const w2 = drawCentered(page, MOTTO_2, fonts.bold, 13.5, rcx, ry + 3);
  ry -= 8;
  hline(page, rcx - w2 / 2, rcx + w2 / 2, ry + 3);

  // Second row: number (and V/v, urgency) on the left, place-date on the right.
  const row2 = Math.min(ly, ry) - 14;
  drawCentered(page, `Số: ${letter.number}`, fonts.regular, 13, lcx, row2);
  const pd = placeDate(letter);
  const pdW = fonts.italic.widthOfTextAtSize(pd, 13.5);
  const pdX = Math.min(rcx - pdW / 2, flow.tableX + flow.tableWidth - pdW);
  page.drawText(pd, { x: pdX, y: row2, size: 13.5, font: fonts.italic });

  let bottom = row2 - 6;
  if (letter.docType === 'Công văn') {
    for (const line of wrapPlain(printedSubject(letter), fonts.regular, 12, leftW - 24)) {
      bottom -= 12 * LEAD;
      drawCentered(page, line, fonts.regular, 12, lcx, bottom + 2);
    }
    bottom -= 4;
  }
  if (letter.urgency) {
    bottom -= 22;
    const w = drawCentered(page, letter.urgency, fonts.bold, 13, lcx, bottom + 5);
    page.drawRectangle({
      x: lcx - w / 2 - 6,
      y: bottom,
      width: w + 12,
      height: 19,
      borderColor: rgb(0, 0, 0),
      borderWidth: 0.9,
    });
    bottom -= 4;
  }
  flow.y = bottom - 10;
}

/** "QUYẾT ĐỊNH" and the trích yếu below it (not for a công văn). */
export function drawTitle(flow: Flow, letter: Letter): void {
  if (letter.docType === 'Công văn') return;
  const { fonts } = flow;
  const cx = flow.left + flow.width / 2;
  flow.y -= 8;
  drawCentered(flow.page, typeTitle(letter.docType), fonts.bold, 14, cx, flow.nextBaseline(17, 14));
  let lastW = 0;
  for (const line of wrapPlain(printedSubject(letter), fonts.bold, 14, flow.width * 0.88)) {
    lastW = drawCentered(flow.page, line, fonts.bold, 14, cx, flow.nextBaseline(17, 14));
  }
  const rule = Math.min(lastW, 120) * 0.8;
  flow.y -= 5;
  hline(flow.page, cx - rule / 2, cx + rule / 2, flow.y);
  flow.y -= 8;
  if (letter.authorityLine) {
    flow.y -= 6;
    drawCentered(flow.page, letter.authorityLine, fonts.bold, 14, cx, flow.nextBaseline(17, 14));
    flow.y -= 4;
  }
}

/** The addressees: "Kính gửi: X." on one line, or a dashed list; a công điện puts the list below. */
export function drawRecipients(flow: Flow, letter: Letter): void {
  if (letter.recipients.length === 0) return;
  const { fonts } = flow;
  const size = letter.style.bodySize;
  const lh = size * 1.3;
  const label = letter.recipientsLabel ?? 'Kính gửi:';
  const kinhGui = label === 'Kính gửi:';
  flow.y -= 6;
  let x: number;
  if (kinhGui) {
    const lx = flow.left + flow.width * (letter.recipients.length === 1 ? 0.16 : 0.12);
    const base = flow.y - lh + (lh - size) / 2 + size * 0.22; // same baseline as the first recipient
    flow.page.drawText(label, { x: lx, y: base, size, font: fonts.regular });
    x = lx + fonts.regular.widthOfTextAtSize(`${label} `, size);
  } else {
    const base = flow.nextBaseline(lh, size);
    flow.page.drawText(label, { x: flow.left + 28, y: base, size, font: fonts.bold });
    x = flow.left + 28;
  }
  const single = letter.recipients.length === 1;
  letter.recipients.forEach((r, i) => {
    const end = i === letter.recipients.length - 1 ? '.' : ';';
    const text = single && kinhGui ? `${r}.` : `- ${r}${end}`;
    const width = flow.left + flow.width - x;
    const lines = wrapRuns([{ text, face: 'regular' }], fonts, size, width - 10, width);
    lines.forEach((line, j) => {
      const base = flow.nextBaseline(lh, size);
      drawLine(flow.page, line, fonts, size, j === 0 ? x : x + 10, base);
    });
  });
  if (letter.recipientsNote) {
    const base = flow.nextBaseline(lh, size);
    flow.page.drawText(letter.recipientsNote, { x, y: base, size, font: fonts.italic });
  }
  flow.y -= 6;
}
