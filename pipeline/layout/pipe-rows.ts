// Header and signature tables flattened into `|` rows by the tool that produced the text
// ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI ..." / "Số: 54/KH-UBND | Lạng Sơn, ngày ..."): each row
// holds the left cell, then the right cell; a row not ended by "|" wraps onto the next line,
// which continues its last cell. The rows become one two-column block, left cells first, as
// reading order emits a laid-out table (NĐ 30/2020 Phụ lục I: agency | motto, number |
// place-date; Nơi nhận | signer).
import type { Line } from '../types.ts';

const PIPE = /\s\|(?:\s|$)|^\|\s/;
/** A table row can only be in the header (the first lines) or the signature part. */
const HEADER_LINES = 8;
const isSignatureRow = (text: string) => /^\W*n\S{1,3}i\s+nh\S{1,3}n\s*:/iu.test(text);

function cellsOf(run: Line[]): { left: string[]; right: string[] } {
  const left: string[] = [];
  const right: string[] = [];
  let col = -1; // the cell of the row being read: 0 left, 1 and on right
  let open = false;
  for (const line of run) {
    const closed = /\|\s*$/.test(line.text);
    const cells = line.text.split('|').map((c) => c.trim());
    if (closed) cells.pop();
    cells.forEach((cell, i) => {
      const side = () => (col === 0 ? left : right);
      if (i === 0 && open && col >= 0) {
        const s = side();
        s[s.length - 1] = `${s.at(-1) ?? ''} ${cell}`.trim();
        return;
      }
      col++;
      side().push(cell);
    });
    open = !closed;
    if (closed) col = -1;
  }
  return { left: left.filter(Boolean), right: right.filter(Boolean) };
}

/** The page's lines with its `|` rows turned into two-column blocks numbered after `nextBlock`. */
export function splitPipeRows(lines: Line[], nextBlock: number): Line[] {
  if (!lines.some((l) => PIPE.test(l.text))) return lines;
  const out: Line[] = [];
  let block = nextBlock;
  for (let i = 0; i < lines.length; ) {
    const isRow = (j: number) => j < lines.length && lines[j]!.column === 'full' && PIPE.test(lines[j]!.text);
    if (!isRow(i) || !(i < HEADER_LINES || isSignatureRow(lines[i]!.text))) {
      out.push(lines[i++]!);
      continue;
    }
    const run: Line[] = [];
    while (isRow(i)) run.push(lines[i++]!);
    const { left, right } = cellsOf(run);
    const box = run[0]!.box;
    for (const text of left) out.push({ text, column: 'left', block, ...(box && { box }) });
    for (const text of right) out.push({ text, column: 'right', block, ...(box && { box }) });
    block++;
  }
  return out;
}
