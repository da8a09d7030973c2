// The signature table at the end: "Nơi nhận:" and its list on the left; authority, title,
// room for signature and stamp, and the name on the right.
import { SIGN_LEFT_SHARE } from './geometry.ts';
import type { Letter } from './model.ts';
import { ccLines, signLines } from './printed.ts';
import type { Flow } from './pdf-flow.ts';
import { drawCentered, wrapPlain } from './pdf-text.ts';

const CC_SIZE = 11;
const CC_LEAD = 12.6;
const SIGN_SIZE = 13.5;
const SIGN_LEAD = 16.5;
const SIGNATURE_SPACE = 68;

export function drawSignature(flow: Flow, letter: Letter): void {
  const { fonts } = flow;
  const leftW = flow.tableWidth * SIGN_LEFT_SHARE;
  const rightW = flow.tableWidth - leftW;
  const rcx = flow.tableX + leftW + rightW / 2;

  const wrapped = ccLines(letter).map((l) => wrapPlain(l, fonts.regular, CC_SIZE, leftW - 12));
  const ccCount = wrapped.reduce((n, w) => n + w.length, 0);
  const leftH = letter.cc.length ? 16 + ccCount * CC_LEAD : 0;
  const sign = signLines(letter);
  const rightH = sign.reduce((h, l) => h + (l === null ? SIGNATURE_SPACE : SIGN_LEAD), 0);
  flow.y -= 12;
  flow.ensure(Math.max(leftH, rightH) + 4);
  const top = flow.y;

  if (letter.cc.length) {
    let y = top - 13;
    flow.page.drawText('Nơi nhận:', { x: flow.tableX + 4, y, size: 12, font: fonts.boldItalic });
    y -= 3;
    for (const lines of wrapped) {
      lines.forEach((line, j) => {
        y -= CC_LEAD;
        flow.page.drawText(line, { x: flow.tableX + 4 + (j ? 8 : 0), y, size: CC_SIZE, font: fonts.regular });
      });
    }
  }

  let y = top;
  for (const line of sign) {
    if (line === null) {
      y -= SIGNATURE_SPACE;
      continue;
    }
    y -= SIGN_LEAD;
    drawCentered(flow.page, line, fonts.bold, SIGN_SIZE, rcx, y + 3);
  }
  flow.y = top - Math.max(leftH, rightH);
}
