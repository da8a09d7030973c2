// Where each letter of a batch scan begins. By Nghị định 30/2020 (Phụ lục I) every letter opens
// with its header: the agency on the left, the national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
// NAM", "Độc lập - Tự do - Hạnh phúc") on the right, then "Số: …" and the place and date. A page
// whose top holds the motto and a number or date line starts a letter; later pages of a letter and
// its annexes ("PHỤ LỤC", "Kèm theo …", which may repeat the header) do not.
import { isMotto } from '../text/anchors.ts';
import { fold } from '../text/fold.ts';
import type { Page } from '../types.ts';

/** The header sits in the first lines of a page (OCR may add a stamp line or two above it). */
const HEADER_LINES = 25;
/** An annex names itself within its first lines. */
const ANNEX_LINES = 14;

const NUMBER_LINE = /^s\S{0,2}\s*[:;.,]?\s*[^\s/]{0,8}\s*\/\s*\S/;
const DATE_LINE = /ngay\s*\S{0,4}\s*thang\s*\S{0,4}\s*nam\s*\d{0,4}/;
const ANNEX = /^\(?(?:phu luc\b|kem theo\b|danh muc kem theo\b)/;
/** "(Ban hành kèm theo Quyết định số …)": a regulation or annex attached to the letter before it. */
const ATTACHED = /kem theo\s+(?:quyet dinh|nghi quyet|nghi dinh|thong tu|chi thi|cong van|ke hoach|to trinh|bao cao|thong bao|van ban)\b/;

export function startsLetter(page: Page): boolean {
  const top = page.lines.slice(0, HEADER_LINES).map((l) => l.text);
  if (!top.some(isMotto)) return false;
  const folded = top.map((t) => fold(t).trim());
  if (folded.slice(0, ANNEX_LINES).some((f) => ANNEX.test(f) || ATTACHED.test(f))) return false;
  return folded.some((f) => NUMBER_LINE.test(f) || DATE_LINE.test(f));
}

/** Page ranges [first, last] (1-based, inclusive) of the letters; the first page always opens one. */
export function letterRanges(pages: Page[]): [number, number][] {
  const starts = pages.map((p, i) => (i === 0 || startsLetter(p) ? i : -1)).filter((i) => i >= 0);
  return starts.map((start, k) => [start + 1, (starts[k + 1] ?? pages.length) as number] as [number, number]);
}
