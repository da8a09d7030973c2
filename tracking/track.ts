// A letter's obligations as tracked records: ids, the reports that answered each assignee, the
// assignees still open, and the next date each falls due.
import { occurrences } from '../domain/recurrence.ts';
import type { Fulfilment, Obligation, TrackedObligation } from '../schemas/obligation.ts';
import type { DocumentRecord } from '../schemas/record.ts';
import { answers, cites, type ReportSummary } from './fulfilment.ts';

/** How far ahead a recurring obligation's due dates are listed (for date filters). */
const HORIZON = 12;

/** Every date it falls due: the one-off date, or the next occurrences of its recurrence from the issue date. */
export function dueDates(o: Obligation, issuedDate: string | null): string[] {
  if (o.due) return [o.due];
  if (o.recurrence && issuedDate) return occurrences(o.recurrence, issuedDate, HORIZON);
  return [];
}

export function nextDue(o: Obligation, issuedDate: string | null, today: string): string | null {
  if (o.due) return o.due;
  if (o.recurrence) return occurrences(o.recurrence, issuedDate && issuedDate > today ? issuedDate : today, 1)[0] ?? null;
  return null;
}

/** Open past its due date (for a recurrence: past its first due date with no answer at all). */
export function statusOf(t: Pick<TrackedObligation, 'openAssignees' | 'fulfilments' | 'assignees'>, firstDue: string | null, today: string): TrackedObligation['status'] {
  const fulfilled = t.assignees.length > 0 ? t.openAssignees.length === 0 : t.fulfilments.length > 0;
  if (fulfilled) return 'fulfilled';
  return firstDue !== null && firstDue < today ? 'overdue' : 'open';
}

/** One answer per assignee and report: the same report uploaded as PDF and as a scan counts once. */
function once(fulfilments: Fulfilment[]): Fulfilment[] {
  const seen = new Set<string>();
  return fulfilments.filter((f) => {
    const key = `${f.assignee}|${f.number ? `${f.number}|${f.issuedDate}` : f.documentId}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** The letter's obligations with the answers found among `reports` (documents citing it). */
export function track(letter: DocumentRecord, reports: ReportSummary[], today: string): TrackedObligation[] {
  const answering = reports.filter((r) => r.id !== letter.id && cites(r, letter));
  return letter.obligations.map((o, ordinal) => {
    const fulfilments = once(answering.flatMap((r) => answers(r, o.assignees)));
    const answered = new Set(fulfilments.map((f) => f.assignee));
    const openAssignees = o.assignees.filter((a) => !answered.has(a));
    const dates = dueDates(o, letter.issuedDate);
    const tracked = { ...o, fulfilments, openAssignees };
    return {
      ...tracked,
      id: `${letter.id}-${ordinal}`,
      documentId: letter.id,
      ordinal,
      source: { number: letter.number, docType: letter.docType, issuer: letter.issuer, issuedDate: letter.issuedDate, subject: letter.subject },
      nextDue: nextDue(o, letter.issuedDate, today),
      status: statusOf(tracked, dates[0] ?? null, today),
    };
  });
}
