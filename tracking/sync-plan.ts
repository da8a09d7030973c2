// What re-tracking a batch of indexed records means, decided here (pure) and carried out by the
// obligations index adapter (search/obligations-index.ts), which only reads and writes:
//   1. the letters the batch touches: its own records and the letters its records cite;
//   2. of those with obligations, not a copy of an original (same number and issuer, Nghị định
//      30/2020 Phụ lục VI: the original carries the obligations; when every copy is flagged, all
//      are kept rather than none);
//   3. each one tracked against the documents citing its number (fulfilment.ts), stored with the
//      due dates the filters need; whatever these letters had before and no longer have is deleted.
import type { TrackedObligation } from '../schemas/obligation.ts';
import { DUPLICATE_WARNING, type DocumentRecord } from '../schemas/record.ts';
import type { ReportSummary } from './fulfilment.ts';
import { dueDates, track } from './track.ts';

/** What the obligations index stores: the tracked obligation plus the fields its filters need. */
export interface StoredObligation extends TrackedObligation {
  dueDates: string[];
  firstDue: string | null;
  fulfilled: boolean;
}

/** The numbers the batch's records cite: the letters with those numbers are touched too. */
export const citedNumbers = (batch: DocumentRecord[]): string[] => [...new Set(batch.flatMap((r) => r.references.map((ref) => ref.number)))];

/** The batch's own records and the cited letters, each once. */
export function lettersTouched(batch: DocumentRecord[], cited: DocumentRecord[]): DocumentRecord[] {
  const letters = new Map(batch.map((r) => [r.id, r]));
  for (const letter of cited) letters.set(letter.id, letter);
  return [...letters.values()];
}

/** The documents a letter is flagged as a possible copy of. */
export const copyOf = (letter: Pick<DocumentRecord, 'warnings'>): string[] =>
  letter.warnings.filter((w) => w.startsWith(DUPLICATE_WARNING)).map((w) => w.slice(DUPLICATE_WARNING.length));

/** Those of `named` (with their warnings) that are originals: flagged as no one's copy. */
export const originalsAmong = (named: { id: string; warnings: string[] }[]): Set<string> => new Set(named.filter((d) => copyOf(d).length === 0).map((d) => d.id));

/** Letters with obligations, less the copies of an original. */
export function lettersToTrack(letters: DocumentRecord[], originals: Set<string>): DocumentRecord[] {
  return letters.filter((l) => l.obligations.length > 0 && !copyOf(l).some((id) => originals.has(id)));
}

/** The numbers whose citing documents fulfilment reads. */
export const numbersOf = (letters: DocumentRecord[]): string[] => [...new Set(letters.flatMap((l) => (l.number ? [l.number] : [])))];

function stored(t: TrackedObligation, issuedDate: string | null): StoredObligation {
  const dates = dueDates(t, issuedDate);
  return { ...t, dueDates: dates, firstDue: dates[0] ?? null, fulfilled: t.status === 'fulfilled' };
}

/** Every tracked obligation of these letters, as of `today`, given the documents citing them. */
export function trackLetters(letters: DocumentRecord[], citing: ReportSummary[], today: string): StoredObligation[] {
  const byNumber = new Map<string, ReportSummary[]>();
  for (const r of citing) {
    for (const n of new Set(r.references.map((ref) => ref.number))) {
      const list = byNumber.get(n);
      if (list) list.push(r);
      else byNumber.set(n, [r]);
    }
  }
  return letters.flatMap((letter) => track(letter, letter.number ? (byNumber.get(letter.number) ?? []) : [], today).map((t) => stored(t, letter.issuedDate)));
}

/** Ids stored before for these letters that the new tracking no longer has. */
export const staleIds = (before: string[], now: StoredObligation[]): string[] => {
  const kept = new Set(now.map((o) => o.id));
  return before.filter((id) => !kept.has(id));
};
