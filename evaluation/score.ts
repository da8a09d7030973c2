// Comparing a record with gold labels: exact match for single values, precision/recall for lists.
// Numbers are compared in canonical form (spaces around "/" and "-" dropped) on both sides: the
// gold keeps "05 /2008/TT-BYT" as typed, the record keeps the canonical key (see README).
import type { DocumentRecord } from '../schemas/record.ts';
import { canonicalNumber } from '../pipeline/fields/number.ts';
import type { GoldLabels } from './gold.ts';

export const EXACT_FIELDS = ['number', 'issuedDate', 'place', 'docType', 'issuer', 'subject', 'signer.name', 'signer.title', 'signer.authority'] as const;
// `obligations`: the record's dated obligations against the gold's dated deadlines (issue #4).
export const LIST_FIELDS = ['recipients', 'cc', 'deadlines', 'obligations', 'references'] as const;
export type ExactField = (typeof EXACT_FIELDS)[number];
export type ListField = (typeof LIST_FIELDS)[number];

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').replace(/[\s.]+$/, '').trim();

export interface ExactScore { field: ExactField; expected: string; got: string; ok: boolean }
export interface ListScore { field: ListField; tp: number; expected: number; got: number; missing: string[]; extra: string[] }

/** A gold number typed with an en dash ("2865/GDĐT –KT&KĐCL") is the number the page prints with a hyphen. */
const numberKey = (n: string) => canonicalNumber(n.replace(/[‐‑‒–—]/g, '-'));

function exactPairs(record: DocumentRecord, gold: GoldLabels): [ExactField, string | null, string | null][] {
  return [
    ['number', gold.number && numberKey(gold.number), record.number && numberKey(record.number)],
    ['issuedDate', gold.issued_date, record.issuedDate],
    ['place', gold.place, record.place],
    ['docType', gold.doc_type, record.docType],
    ['issuer', gold.issuer && gold.issuer.map(norm).join(' | '), record.issuer.map(norm).join(' | ')],
    ['subject', gold.subject, record.subject],
    ['signer.name', gold.signer?.name ?? null, record.signer?.name ?? null],
    ['signer.title', gold.signer?.title ?? null, record.signer?.title ?? null],
    ['signer.authority', gold.signer?.authority ?? null, record.signer?.authority ?? null],
  ];
}

/** Only fields that are non-null in the gold are scored. */
export function scoreExact(record: DocumentRecord, gold: GoldLabels): ExactScore[] {
  return exactPairs(record, gold)
    .filter(([, expected]) => expected !== null && expected !== '')
    .map(([field, expected, got]) => ({ field, expected: norm(expected!), got: norm(got ?? ''), ok: norm(expected!) === norm(got ?? '') }));
}

function tokens(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^\p{L}\d/]+/u).filter(Boolean));
}
/** A deadline matches when the dates agree and the clauses share most words. */
function sameDeadline(a: { date: string | null; text: string }, b: { date: string | null; text: string }): boolean {
  if (a.date !== b.date) return false;
  const ta = tokens(a.text);
  const tb = tokens(b.text);
  const shared = [...ta].filter((t) => tb.has(t)).length;
  return shared / Math.min(ta.size, tb.size) >= 0.6;
}

function matchLists<T>(expected: T[], got: T[], same: (a: T, b: T) => boolean, show: (t: T) => string, field: ListField): ListScore {
  const unused = [...got];
  const missing: string[] = [];
  let tp = 0;
  for (const e of expected) {
    const i = unused.findIndex((g) => same(e, g));
    if (i >= 0) {
      tp++;
      unused.splice(i, 1);
    } else missing.push(show(e));
  }
  return { field, tp, expected: expected.length, got: got.length, missing, extra: unused.map(show) };
}

export function scoreLists(record: DocumentRecord, gold: GoldLabels): ListScore[] {
  const out: ListScore[] = [];
  const eq = (a: string, b: string) => norm(a) === norm(b);
  if (gold.recipients) out.push(matchLists(gold.recipients, record.recipients, eq, String, 'recipients'));
  if (gold.cc) out.push(matchLists(gold.cc, record.cc, eq, String, 'cc'));
  if (gold.deadlines) out.push(matchLists(gold.deadlines, record.deadlines, sameDeadline, (d) => `${d.date}: ${d.text.slice(0, 60)}`, 'deadlines'));
  if (gold.deadlines) {
    const dated = record.obligations.filter((o) => o.due).map((o) => ({ date: o.due, text: o.text }));
    out.push(matchLists(gold.deadlines.filter((d) => d.date), dated, sameDeadline, (d) => `${d.date}: ${d.text.slice(0, 60)}`, 'obligations'));
  }
  if (gold.references) {
    const got = record.references.map((r) => canonicalNumber(r.number));
    out.push(matchLists(gold.references.map(canonicalNumber), got, (a, b) => a === b, String, 'references'));
  }
  return out;
}
