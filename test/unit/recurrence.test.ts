// Recurring reports through rrule: the due dates tracking lists, and the RRULE of the calendar
// feed, which ical.js must expand back into exactly those dates.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { occurrences } from '../../domain/recurrence.ts';
import type { Recurrence, TrackedObligation } from '../../schemas/obligation.ts';
import { obligationsCalendar } from '../../tracking/ics.ts';

const rule = (over: Partial<Recurrence>): Recurrence => ({ frequencies: ['quarterly'], dayOfMonth: 10, monthsAfterPeriod: 1, dayOfWeek: null, ...over });

function tracked(recurrence: Recurrence, issuedDate: string): TrackedObligation {
  return {
    text: 'Báo cáo định kỳ', action: 'báo cáo', assignees: ['Sở Y tế'], due: null, recurrence, reportTo: null, evidence: null,
    id: 'doc-0', documentId: 'doc', ordinal: 0, nextDue: null, fulfilments: [], openAssignees: ['Sở Y tế'], status: 'open',
    source: { number: '1/BYT', docType: 'Công văn', issuer: ['BỘ Y TẾ'], issuedDate, subject: null },
  };
}

/** The feed's events for one recurrence, as ical.js reads them: RRULE text and the first `n` dates. */
function feed(recurrence: Recurrence, issuedDate: string, n: number): { rrule: string; dates: string[] }[] {
  const calendar = new ICAL.Component(ICAL.parse(obligationsCalendar([tracked(recurrence, issuedDate)], 'http://x')));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    const it = event.iterator();
    return { rrule: event.component.getFirstPropertyValue('rrule')!.toString(), dates: Array.from({ length: n }, () => it.next()!.toString()) };
  });
}

describe('recurrences (rrule)', () => {
  it('lists the due dates of each period kind from a date on', () => {
    expect(occurrences(rule({}), '2024-04-08', 3)).toEqual(['2024-04-10', '2024-07-10', '2024-10-10']);
    expect(occurrences(rule({ frequencies: ['monthly'], monthsAfterPeriod: 0, dayOfMonth: 25 }), '2024-05-26', 2)).toEqual(['2024-06-25', '2024-07-25']);
    expect(occurrences(rule({ frequencies: ['half-yearly'], dayOfMonth: null, monthsAfterPeriod: 0 }), '2024-01-01', 2)).toEqual(['2024-06-30', '2024-12-31']);
    expect(occurrences(rule({ frequencies: ['yearly'], dayOfMonth: 15, monthsAfterPeriod: 1 }), '2024-03-01', 2)).toEqual(['2025-01-15', '2026-01-15']);
    // Thursday, weekly ("trước 16 giờ thứ Năm hằng tuần").
    expect(occurrences(rule({ frequencies: ['weekly'], dayOfMonth: null, dayOfWeek: 4 }), '2024-05-01', 3)).toEqual(['2024-05-02', '2024-05-09', '2024-05-16']);
  });

  it('a day the month lacks falls on its last day', () => {
    expect(occurrences(rule({ frequencies: ['monthly'], dayOfMonth: 31, monthsAfterPeriod: 0 }), '2024-01-15', 4)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
    expect(occurrences(rule({ frequencies: ['monthly'], dayOfMonth: 30, monthsAfterPeriod: 0 }), '2023-01-15', 4)).toEqual(['2023-01-30', '2023-02-28', '2023-03-30', '2023-04-30']);
  });

  it('merges several period kinds in date order, each date once', () => {
    expect(occurrences(rule({ frequencies: ['quarterly', 'yearly'], monthsAfterPeriod: 0 }), '2024-01-01', 4)).toEqual(['2024-03-10', '2024-06-10', '2024-09-10', '2024-12-10']);
  });

  it('gives as many dates as asked, however far ahead', () => {
    expect(occurrences(rule({ frequencies: ['yearly'] }), '2024-01-01', 12)).toHaveLength(12);
  });

  const cases: [string, Recurrence, string][] = [
    ['quarterly, day 10 of the month after', rule({}), '2024-04-08'],
    ['monthly, day 31 (short months: their last day)', rule({ frequencies: ['monthly'], dayOfMonth: 31, monthsAfterPeriod: 0 }), '2024-01-15'],
    ['half-yearly, last day', rule({ frequencies: ['half-yearly'], dayOfMonth: null, monthsAfterPeriod: 0 }), '2024-02-01'],
    ['yearly, the month after', rule({ frequencies: ['yearly'], dayOfMonth: 15 }), '2024-03-01'],
    ['weekly on Thursday', rule({ frequencies: ['weekly'], dayOfMonth: null, dayOfWeek: 4 }), '2024-05-01'],
  ];
  it.each(cases)('the feed\'s RRULE (%s) expands in ical.js to the dates tracking lists', (_name, recurrence, issued) => {
    const [event] = feed(recurrence, issued, 8);
    expect(event!.dates).toEqual(occurrences(recurrence, issued, 8));
  });

  it('the quarterly rule reads as people expect it', () => {
    expect(feed(rule({}), '2024-04-08', 1)[0]!.rrule).toBe('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10');
    expect(feed(rule({ frequencies: ['weekly'], dayOfMonth: null, dayOfWeek: 4 }), '2024-05-01', 1)[0]!.rrule).toBe('FREQ=WEEKLY;BYDAY=TH');
  });
});
