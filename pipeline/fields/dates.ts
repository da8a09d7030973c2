// Vietnamese date grammar shared by the issue date, deadlines and references:
// "ngày 05 tháng 01 năm 2020", "05/01/2020", "5-1-2020", "ngày 15/12" (year from context).

export interface DateParts {
  day: number;
  month: number;
  year: number;
}

export function toIso({ day, month, year }: DateParts): string | null {
  if (!isValidDate(day, month, year)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isValidDate(day: number, month: number, year: number): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return false;
  if (year < 1945 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Digits as OCR misreads them: O→0, l/I/|→1, S→5, B→8, Z→2, g→9. Only for tokens meant to be numbers. */
export function repairDigits(token: string): string {
  return token
    .replace(/[OoQD]/g, '0')
    .replace(/[lI|!\]\[]/g, '1')
    .replace(/[Ss]/g, '5')
    .replace(/B/g, '8')
    .replace(/[Zz]/g, '2')
    .replace(/[gq]/g, '9')
    .replace(/J/g, '3');
}

// "ngày 31 tháng 5 năm 2023"; tolerant of OCR spacing and of the Vietnamese spellings.
const WORDY = /ngày\s*(?:mùng\s*)?(\d{1,2})\s*(?:tháng|\/)\s*(\d{1,2})\s*(?:năm|\/)\s*(\d{4})/giu;
const NUMERIC = /(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d/])/gu;

export interface DateMatch {
  iso: string;
  index: number;
  length: number;
}

/** Every full date (with a year) written in the text, in order. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const re of [WORDY, NUMERIC]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const iso = toIso({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) });
      if (iso && !found.some((f) => m.index! >= f.index && m.index! < f.index + f.length)) {
        found.push({ iso, index: m.index!, length: m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** "15/12" or "ngày 15 tháng 12" without a year: the year of `reference`, rolled forward when earlier. */
export function dateWithoutYear(day: number, month: number, reference: string | null): string | null {
  if (!reference) return null;
  const year = Number(reference.slice(0, 4));
  // The first such date on or after the reference (29/2 waits for a leap year).
  for (let y = year; y <= year + 4; y++) {
    const iso = toIso({ day, month, year: y });
    if (iso && iso >= reference) return iso;
  }
  return null;
}
