// Time limits written relative to something, resolved against the issue date:
// "trong vòng 15 ngày kể từ ngày ký", "trong tháng 6/2023" (end of that month), and reports due
// again every period: "định kỳ hàng quý, 6 tháng, một năm chậm nhất vào ngày mùng 10 tháng tiếp
// theo sau kỳ báo cáo", "trước ngày 10 của tháng cuối quý", "trước 16 giờ thứ Năm hằng tuần".
// All matching is on folded text (fold() keeps positions), so OCR-damaged marks still match.
import type { Frequency, Recurrence } from '../../schemas/obligation.ts';
import { fold } from '../text/fold.ts';
import { toIso } from './dates.ts';

export interface RelativeDue {
  due: string;
  /** Offset in the text of the phrase that sets it. */
  index: number;
}

const DAYS_FROM = /trong (?:vong|thoi han|thoi gian) (\d{1,3}) ngay( lam viec)?(?: ke tu (?:ngay|khi) (?:ky|ban hanh|van ban (?:nay )?(?:duoc )?ky))?/;
// "hoàn thành trong tháng 6/2023": a month is a limit only when something is to be finished in it
// ("Chiến dịch được tổ chức trong tháng 3" is a schedule).
const IN_MONTH = /(?:hoan thanh|xong|gui|nop|trinh|ket thuc)[^,.;]{0,40}?trong thang (\d{1,2})\s*(?:\/|nam)\s*(\d{4})/;

function addDays(iso: string, days: number, workingDays: boolean): string {
  const d = new Date(`${iso}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (!workingDays || (weekday !== 0 && weekday !== 6)) left--;
  }
  return d.toISOString().slice(0, 10);
}

function endOfMonth(month: number, year: number): string | null {
  return toIso({ day: new Date(Date.UTC(year, month, 0)).getUTCDate(), month, year });
}

/**
 * A one-off limit written relative to the issue date, or a month: "trong vòng 15 ngày (làm việc)
 * kể từ ngày ký" (days from the issue date; weekends skipped for working days, public holidays
 * not known), "trong tháng 6/2023" (the month's last day).
 */
export function relativeDue(text: string, issuedDate: string | null): RelativeDue | null {
  const folded = fold(text);
  const days = DAYS_FROM.exec(folded);
  // Only "kể từ ngày ký/ban hành" counts from the issue date; "kể từ ngày nhận" is unknowable.
  if (days && issuedDate && /ke tu/.test(days[0])) {
    return { due: addDays(issuedDate, Number(days[1]), Boolean(days[2])), index: days.index };
  }
  const month = IN_MONTH.exec(folded);
  if (month) {
    const due = endOfMonth(Number(month[1]), Number(month[2]));
    if (due) return { due, index: month.index };
  }
  return null;
}

// "hàng/hằng" fold to "hang"; "định kỳ" may stand alone before the list of periods.
const PERIODS: [Frequency, RegExp][] = [
  ['weekly', /\btuan\b/],
  ['monthly', /(?:hang|moi|dinh ky) thang\b/],
  ['quarterly', /\bquy\b/],
  ['half-yearly', /\b(?:6|sau) thang\b|nua nam/],
  ['yearly', /(?:hang|moi|mot|ca|dinh ky) nam\b/],
];
const WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };

/** The words naming the periods: after "định kỳ" / "hàng", up to the time-limit cue. */
function periodWords(folded: string): string | null {
  const start = /dinh ky|(?:hang|moi) (?:tuan|thang|quy|nam)|thang (?:cuoi|dau) (?:moi )?quy/.exec(folded);
  if (!start) return null;
  const after = folded.slice(start.index);
  const cue = after.search(/\b(?:truoc|cham nhat|vao ngay|trong ngay|han)\b/);
  return after.slice(0, cue > 0 ? cue : 60);
}

/** A report due again every period, or null when the clause sets none. */
export function recurrence(text: string): Recurrence | null {
  const folded = fold(text);
  const words = periodWords(folded);
  if (!words) return null;
  const frequencies = PERIODS.filter(([, re]) => re.test(words)).map(([f]) => f);
  if (!frequencies.length) return null;
  const tail = folded.slice(folded.indexOf(words) + words.length - 1);
  // The day may come after the periods ("... chậm nhất vào ngày mùng 10 tháng tiếp theo") or
  // before them ("trước ngày 10 của tháng cuối quý"); a full date is not a day of the period.
  const dayOf = /ngay (?:mung )?(\d{1,2})\b(?!\s*(?:\/|-|\.\d|thang \d))/;
  const day = dayOf.exec(tail) ?? dayOf.exec(folded);
  const weekday = /thu (hai|ba|tu|nam|sau|bay)\b|chu nhat/.exec(folded);
  const after = /thang (?:tiep theo|ke tiep|sau|dau (?:quy|ky|nam) sau)|(?:quy|ky|nam) sau|sau ky/.test(tail);
  return {
    frequencies,
    dayOfMonth: frequencies.includes('weekly') || !day ? null : Math.min(31, Number(day[1])),
    monthsAfterPeriod: after ? 1 : 0,
    dayOfWeek: weekday ? (weekday[1] ? WEEKDAYS[weekday[1]]! : 7) : null,
  };
}

// Due dates of a recurrence: domain/recurrence.ts (rrule), re-exported for the pipeline's users.
export { occurrences } from '../../domain/recurrence.ts';
