// The iCalendar feed of open obligations (RFC 5545) for calendar apps to subscribe to, written by
// ical-generator: a one-off obligation is an all-day event on its due date; a recurring report is
// one event per period kind, starting on its first due date, repeating by the same rrule rule
// that lists its due dates for tracking (quarterly on day 10 of the month after each quarter:
// FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10).
import ical from 'ical-generator';
import { occurrences, recurrenceRule } from '../domain/recurrence.ts';
import type { Frequency, TrackedObligation } from '../schemas/obligation.ts';

const LABELS: Record<Frequency, string> = {
  weekly: 'hằng tuần',
  monthly: 'hằng tháng',
  quarterly: 'hằng quý',
  'half-yearly': '6 tháng',
  yearly: 'hằng năm',
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
        const first = occurrences({ ...o.recurrence, frequencies: [frequency] }, o.source.issuedDate, 1)[0];
        if (!first) continue;
        cal.createEvent({
          id: `${o.id}-${frequency}@vanthu`,
          start: asDate(first),
          allDay: true,
          summary: `${summary} — ${LABELS[frequency]}`,
          description: describe(o, baseUrl),
          // ical-generator writes the rule's RRULE line; the event's start is its DTSTART.
          repeating: recurrenceRule(o.recurrence, frequency, first),
        });
      }
    }
  }
  return cal.toString();
}
