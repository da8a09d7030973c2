// The iCalendar feed of open obligations (RFC 5545) for calendar apps to subscribe to: a one-off
// obligation is an all-day event on its due date; a recurring report is one event per period
// kind with its RRULE (quarterly on day 10 of the month after each quarter: FREQ=MONTHLY;
// INTERVAL=3;BYMONTHDAY=10 from the first due date).
import ical, { ICalEventRepeatingFreq } from 'ical-generator';
import { occurrences } from '../pipeline/fields/time-limits.ts';
import type { Frequency, TrackedObligation } from '../schemas/obligation.ts';

const RULES: Record<Frequency, { freq: ICalEventRepeatingFreq; interval: number; label: string }> = {
  weekly: { freq: ICalEventRepeatingFreq.WEEKLY, interval: 1, label: 'hằng tuần' },
  monthly: { freq: ICalEventRepeatingFreq.MONTHLY, interval: 1, label: 'hằng tháng' },
  quarterly: { freq: ICalEventRepeatingFreq.MONTHLY, interval: 3, label: 'hằng quý' },
  'half-yearly': { freq: ICalEventRepeatingFreq.MONTHLY, interval: 6, label: '6 tháng' },
  yearly: { freq: ICalEventRepeatingFreq.YEARLY, interval: 1, label: 'hằng năm' },
};

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

function describe(o: TrackedObligation, baseUrl: string): string {
  return [
    o.text,
    `Đơn vị thực hiện: ${o.assignees.join('; ') || '—'}`,
    o.openAssignees.length < o.assignees.length ? `Chưa báo cáo: ${o.openAssignees.join('; ')}` : null,
    o.reportTo ? `Gửi về: ${o.reportTo}` : null,
    `Văn bản: ${o.source.number ?? ''} ${baseUrl}/documents/${o.documentId}`,
  ].filter(Boolean).join('\n');
}

export function obligationsCalendar(items: TrackedObligation[], baseUrl: string): string {
  const cal = ical({ name: 'vanthu — nhiệm vụ', prodId: { company: 'vanthu', product: 'obligations', language: 'VI' } });
  for (const o of items) {
    const summary = `${o.action.slice(0, 120)} (${o.source.number ?? 'văn bản'})`;
    if (o.due) {
      cal.createEvent({ id: `${o.id}@vanthu`, start: asDate(o.due), allDay: true, summary, description: describe(o, baseUrl) });
    } else if (o.recurrence && o.source.issuedDate) {
      for (const frequency of o.recurrence.frequencies) {
        const rule = RULES[frequency];
        const first = occurrences({ ...o.recurrence, frequencies: [frequency] }, o.source.issuedDate, 1)[0];
        if (!first) continue;
        cal.createEvent({
          id: `${o.id}-${frequency}@vanthu`,
          start: asDate(first),
          allDay: true,
          summary: `${summary} — ${rule.label}`,
          description: describe(o, baseUrl),
          repeating: { freq: rule.freq, interval: rule.interval, ...(frequency === 'weekly' ? {} : { byMonthDay: asDate(first).getUTCDate() }) },
        });
      }
    }
  }
  return cal.toString();
}
