// Date helpers: ISO strings in, the ways Vietnamese letters print dates out.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseIso(iso: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function toIso({ y, m, d }: Ymd): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const { y, m, d } = parseIso(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return toIso({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

/** Day of the week, 0 = Sunday. */
export function weekday(iso: string): number {
  const { y, m, d } = parseIso(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Moves a date forward to the next working day (Mon-Fri). */
export function workday(iso: string): string {
  let out = iso;
  while (weekday(out) === 0 || weekday(out) === 6) out = addDays(out, 1);
  return out;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * The place-date line's date: "ngày 05 tháng 3 năm 2024". NĐ30 pads days below 10 and
 * months 1 and 2 with a zero.
 */
export function longDate(iso: string): string {
  const { y, m, d } = parseIso(iso);
  const mm = m <= 2 ? pad2(m) : String(m);
  return `ngày ${pad2(d)} tháng ${mm} năm ${y}`;
}

/** "15/4/2024" (or "05/03/2024" with pad). */
export function slashDate(iso: string, pad = false): string {
  const { y, m, d } = parseIso(iso);
  return pad ? `${pad2(d)}/${pad2(m)}/${y}` : `${d}/${m}/${y}`;
}

/** "20 tháng 6 năm 2024" (no leading "ngày"; day padded, month as in longDate). */
export function wordsDate(iso: string): string {
  return longDate(iso).replace(/^ngày /, '');
}

/** Thứ in words ("Thứ Ba"), for meeting times. */
export function weekdayName(iso: string): string {
  return ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'][weekday(iso)] as string;
}
