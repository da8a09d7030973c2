// Recurring report deadlines ("báo cáo định kỳ": weekly, monthly, quarterly, half-yearly, yearly)
// as RFC 5545 recurrence rules through rrule: the same rule lists the due dates for tracking and
// goes into the calendar feed as its RRULE. Reporting periods end in the months below; the report
// falls due on a day of the period's last month or of the month after (`monthsAfterPeriod`).
import rrule from 'rrule';
import type { Frequency, Recurrence } from '../schemas/obligation.ts';

const { RRule } = rrule;
export type RecurrenceRule = InstanceType<typeof RRule>;

/** The months a period ends in. */
const PERIOD_MONTHS: Record<Exclude<Frequency, 'weekly'>, number[]> = {
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarterly: [3, 6, 9, 12],
  'half-yearly': [6, 12],
  yearly: [12],
};
/** ISO weekday when a weekly report names none: Friday, the end of the working week. */
const DEFAULT_WEEKDAY = 5;

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const FAR = new Date(Date.UTC(9999, 0, 1));

/**
 * The day of the month: the named day, or the month's last day when that month is shorter, or the
 * last day when none is named. Day 31 is always the last day (BYMONTHDAY=-1); day 29 or 30 is the
 * latest of 28 … day that exists (BYSETPOS=-1: RFC 5545, though ical.js ignores it).
 */
function dayOfMonth(day: number | null): { bymonthday: number[]; bysetpos?: number[] } {
  if (day === null || day >= 31) return { bymonthday: [-1] };
  if (day <= 28) return { bymonthday: [day] };
  return { bymonthday: Array.from({ length: day - 27 }, (_, i) => 28 + i), bysetpos: [-1] };
}

/**
 * The rule of one of the recurrence's frequencies, anchored so that every date it gives on or
 * after `from` is right: weekly from `from`; the others from the first due month a year earlier,
 * stepping through the due months (FREQ=MONTHLY;INTERVAL=3 for quarterly).
 */
export function recurrenceRule(recurrence: Recurrence, frequency: Frequency, from: string): RecurrenceRule {
  if (frequency === 'weekly') {
    return new RRule({ freq: RRule.WEEKLY, byweekday: [(recurrence.dayOfWeek ?? DEFAULT_WEEKDAY) - 1], dtstart: utc(from) });
  }
  const months = PERIOD_MONTHS[frequency].map((end) => ((end - 1 + recurrence.monthsAfterPeriod) % 12) + 1);
  const anchor = new Date(Date.UTC(utc(from).getUTCFullYear() - 1, Math.min(...months) - 1, 1));
  return new RRule({ freq: RRule.MONTHLY, interval: 12 / months.length, ...dayOfMonth(recurrence.dayOfMonth), dtstart: anchor });
}

/** Due dates of a recurrence on or after `from` (YYYY-MM-DD), in order; `count` of them. */
export function occurrences(recurrence: Recurrence, from: string, count = 1): string[] {
  if (count < 1) return [];
  const out = new Set<string>();
  // The first `count` of each frequency, merged: the union's first `count` are among them.
  for (const frequency of new Set(recurrence.frequencies)) {
    const rule = recurrenceRule(recurrence, frequency, from);
    for (const date of rule.between(utc(from), FAR, true, (_date, i) => i < count)) out.add(isoDay(date));
  }
  return [...out].sort().slice(0, count);
}
