// Calendar dates shared by every layer: records hold YYYY-MM-DD; people write dd/mm/yyyy (the
// convention of Nghị định 30/2020: "ngày 05 tháng 3 năm 2024", 05/3/2024 in forms).

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/** True for a real calendar date written YYYY-MM-DD (2018-02-31 is not one). */
export function isCalendarDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A date as a person may type it (YYYY-MM-DD or dd/mm/yyyy) → YYYY-MM-DD, or a reason it is not a
 * date. The shape is converted first, so 31/02/2018 is refused as "not a real calendar date".
 */
export function parseCalendarDate(value: string): { ok: true; iso: string } | { ok: false; reason: string } {
  const s = value.trim();
  const dmy = DMY.exec(s);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : s;
  if (!ISO.test(iso)) return { ok: false, reason: `"${value}" is not a date (write dd/mm/yyyy or YYYY-MM-DD)` };
  if (!isCalendarDate(iso)) return { ok: false, reason: `"${value}" is not a real calendar date` };
  return { ok: true, iso };
}
