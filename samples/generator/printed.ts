// The fixed and derived lines both renderers print the same way: the national motto, the
// place-date line, the "Nơi nhận" entries and the signature column.
import { longDate } from './dates.ts';
import type { Letter } from './model.ts';

export const MOTTO_1 = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO_2 = 'Độc lập - Tự do - Hạnh phúc';

/** "Hà Nội, ngày 05 tháng 3 năm 2024". */
export function placeDate(letter: Letter): string {
  return `${letter.place}, ${longDate(letter.date)}`;
}

/** The printed "Nơi nhận" entries: "- X;" and the last one "- X.". */
export function ccLines(letter: Letter): string[] {
  return letter.cc.map((c, i) => `- ${c}${i === letter.cc.length - 1 ? '.' : ';'}`);
}

/** The signature column, top to bottom, with null for the space left for signature and stamp. */
export function signLines(letter: Letter): (string | null)[] {
  const s = letter.signer;
  if (!s) return [];
  const out: (string | null)[] = [...s.authority];
  if (s.title) out.push(...s.title.split('\n'));
  out.push(null, s.name);
  return out;
}
