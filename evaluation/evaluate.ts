// Run the pipeline over labelled cases and aggregate per-field accuracy per rendition.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentRecord } from '../schemas/record.ts';
import { processDocument, type PipelineContext } from '../pipeline/run.ts';
import { detectMimeType } from '../pipeline/detect.ts';
import { extractorFor } from '../pipeline/extractors/registry.ts';
import type { ExtractedText, SourceFile } from '../pipeline/types.ts';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cer, charErrors, type CharErrors } from './cer.ts';
import type { Case } from './corpus.ts';
import { EXACT_FIELDS, LIST_FIELDS, scoreExact, scoreLists, type ExactScore, type ListScore } from './score.ts';
import { splitOf, type Split } from './split.ts';

export interface CaseResult {
  case: Case;
  record: DocumentRecord | null;
  error: string | null;
  exact: ExactScore[];
  lists: ListScore[];
  /** Against the ground-truth text, when the case has one. */
  text: CharErrors | null;
  ms: number;
}

export interface GroupSummary {
  group: string;
  documents: number;
  errors: number;
  exact: Record<string, { ok: number; total: number; rate: number | null }>;
  lists: Record<string, { precision: number | null; recall: number | null; f1: number | null; expected: number }>;
  /** Character error rate of the text over the cases with a ground truth (null: none has one). */
  cer: number | null;
}

/**
 * For working on field rules only (`npm run eval -- --text-cache DIR`): the extracted text of
 * each file is kept in DIR and read back on the next run, so scans are OCR'd once. Changes to
 * extraction, OCR or reading order need the cache emptied.
 */
async function cachedRecord(file: SourceFile, ctx: PipelineContext, cacheDir: string): Promise<DocumentRecord> {
  const key = createHash('sha256').update(file.bytes).update(JSON.stringify({ engine: ctx.ocr.engine, dpi: ctx.ocr.dpi })).digest('hex');
  const cached = path.join(cacheDir, `${key}.json`);
  const mimeType = await detectMimeType(file.bytes);
  let extracted: ExtractedText;
  if (existsSync(cached)) extracted = JSON.parse(await readFile(cached, 'utf8')) as ExtractedText;
  else {
    extracted = await extractorFor(mimeType).extract(file, ctx);
    await mkdir(cacheDir, { recursive: true });
    await writeFile(cached, JSON.stringify(extracted));
  }
  return processDocument(file, ctx, extracted);
}

export async function evaluateCases(cases: Case[], ctx: PipelineContext, concurrency = 2, textCache?: string): Promise<CaseResult[]> {
  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  async function worker() {
    while (next < cases.length) {
      const i = next++;
      const c = cases[i]!;
      const started = Date.now();
      try {
        const file = { name: path.basename(c.file), bytes: await readFile(c.file) };
        const record = textCache ? await cachedRecord(file, ctx, textCache) : await processDocument(file, ctx);
        const text = c.groundTruth ? charErrors(await readFile(c.groundTruth, 'utf8'), record.text) : null;
        results[i] = { case: c, record, error: null, exact: scoreExact(record, c.gold), lists: scoreLists(record, c.gold), text, ms: Date.now() - started };
      } catch (error) {
        results[i] = { case: c, record: null, error: String(error), exact: [], lists: [], text: null, ms: Date.now() - started };
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

export const groupOf = (c: Case) => `${c.set}/${c.rendition}`;

/** One table per split, each with its own groups (validation is never mixed into development). */
export function summariseBySplit(results: CaseResult[]): Record<Split, GroupSummary[]> {
  return {
    development: summarise(results.filter((r) => splitOf(r.case) === 'development')),
    validation: summarise(results.filter((r) => splitOf(r.case) === 'validation')),
  };
}

export function summarise(results: CaseResult[]): GroupSummary[] {
  const groups = new Map<string, CaseResult[]>();
  for (const r of results) groups.set(groupOf(r.case), [...(groups.get(groupOf(r.case)) ?? []), r]);
  return [...groups].map(([group, rs]) => {
    const exact: GroupSummary['exact'] = {};
    for (const field of EXACT_FIELDS) {
      // A document that failed counts as wrong on every field its gold has.
      const scored = rs.flatMap((r) => (r.record ? r.exact.filter((e) => e.field === field) : scoreExactMissing(r, field)));
      const ok = scored.filter((s) => s.ok).length;
      exact[field] = { ok, total: scored.length, rate: scored.length ? ok / scored.length : null };
    }
    const lists: GroupSummary['lists'] = {};
    for (const field of LIST_FIELDS) {
      const scored = rs.flatMap((r) => r.lists.filter((l) => l.field === field));
      const tp = scored.reduce((s, l) => s + l.tp, 0);
      const expected = scored.reduce((s, l) => s + l.expected, 0);
      const got = scored.reduce((s, l) => s + l.got, 0);
      const precision = got ? tp / got : expected ? 0 : null;
      const recall = expected ? tp / expected : null;
      const f1 = precision !== null && recall !== null ? (precision + recall ? (2 * precision * recall) / (precision + recall) : 0) : null;
      lists[field] = { precision, recall, f1, expected };
    }
    const texts = rs.flatMap((r) => (r.text ? [r.text] : []));
    return { group, documents: rs.length, errors: rs.filter((r) => r.error).length, exact, lists, cer: cer(texts) };
  });
}

function scoreExactMissing(r: CaseResult, field: string): ExactScore[] {
  return r.error ? [{ field: field as ExactScore['field'], expected: '?', got: '', ok: false }] : [];
}

const pct = (v: number | null) => (v === null ? '   -  ' : `${(v * 100).toFixed(1).padStart(5)}%`);

export function formatTable(summaries: GroupSummary[]): string {
  if (summaries.length === 0) return '(no documents)';
  const cols = summaries.map((s) => s.group);
  const width = Math.max(...cols.map((c) => c.length), 8);
  const rows = [`${'field'.padEnd(18)}${cols.map((c) => c.padStart(width + 2)).join('')}`];
  rows.push(`${'documents'.padEnd(18)}${summaries.map((s) => `${s.documents}${s.errors ? ` (${s.errors} err)` : ''}`.padStart(width + 2)).join('')}`);
  for (const field of EXACT_FIELDS) rows.push(`${field.padEnd(18)}${summaries.map((s) => pct(s.exact[field]!.rate).padStart(width + 2)).join('')}`);
  for (const field of LIST_FIELDS) rows.push(`${`${field} F1`.padEnd(18)}${summaries.map((s) => pct(s.lists[field]!.f1).padStart(width + 2)).join('')}`);
  rows.push(`${'text CER'.padEnd(18)}${summaries.map((s) => pct(s.cer).padStart(width + 2)).join('')}`);
  return rows.join('\n');
}

/** The development table, then the validation table (aggregates only). */
export function formatSplitTables(bySplit: Record<Split, GroupSummary[]>): string {
  return [`Development\n${formatTable(bySplit.development)}`, `Validation (evaluation/validation-split.json; aggregates only)\n${formatTable(bySplit.validation)}`].join('\n\n');
}

/** Development cases only: the mismatches of validation documents are never printed (see split.ts). */
export function formatMismatches(results: CaseResult[]): string {
  const out: string[] = [];
  for (const r of results.filter((x) => splitOf(x.case) === 'development')) {
    const head = `${groupOf(r.case)} ${r.case.id}`;
    if (r.error) out.push(`${head}: ERROR ${r.error}`);
    for (const e of r.exact.filter((e) => !e.ok)) out.push(`${head} ${e.field}: expected ${JSON.stringify(e.expected)} got ${JSON.stringify(e.got)}`);
    for (const l of r.lists) {
      for (const m of l.missing) out.push(`${head} ${l.field} missing: ${m}`);
      for (const x of l.extra) out.push(`${head} ${l.field} extra: ${x}`);
    }
  }
  return out.join('\n');
}

export interface CalibrationBin {
  from: number;
  to: number;
  count: number;
  right: number;
}

const BIN_EDGES = [0, 0.5, 0.7, 0.9, 1.0001];

/**
 * How often a field is right at each confidence, over the development cases only: every scored
 * field (a list is right when it matches the gold exactly).
 */
export function calibration(results: CaseResult[]): CalibrationBin[] {
  const bins = BIN_EDGES.slice(0, -1).map((from, i) => ({ from, to: BIN_EDGES[i + 1]!, count: 0, right: 0 }));
  for (const r of results.filter((x) => x.record && splitOf(x.case) === 'development')) {
    const judged = [
      ...r.exact.map((e) => [e.field, e.ok] as const),
      ...r.lists.filter((l) => l.field !== 'deadlines' || l.expected > 0).map((l) => [l.field, l.tp === l.expected && l.got === l.expected] as const),
    ];
    for (const [field, ok] of judged) {
      const c = r.record!.confidence[field];
      if (c === undefined) continue;
      const bin = bins.find((b) => c >= b.from && c < b.to)!;
      bin.count++;
      if (ok) bin.right++;
    }
  }
  return bins;
}

export function formatCalibration(bins: CalibrationBin[]): string {
  const rows = ['confidence     fields   right'];
  for (const b of bins) rows.push(`[${b.from.toFixed(1)}, ${Math.min(b.to, 1).toFixed(1)}${b.to > 1 ? ']' : ')'}`.padEnd(14) + String(b.count).padStart(7) + pct(b.count ? b.right / b.count : null).padStart(8));
  return rows.join('\n');
}
