// Golden test on the real corpus in ../shared (read at run time, never copied): prints the
// per-field accuracy table for every rendition and fails below the floors of issue #2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { realCorpusCases } from '../../evaluation/corpus.ts';
import { evaluateCases, formatMismatches, formatTable, summarise, type GroupSummary } from '../../evaluation/evaluate.ts';
import { shutdownOcr } from '../../pipeline/ocr/engine.ts';

const cfg = config();
const cases = realCorpusCases(cfg.corpusDir);

type Floor = [group: string, field: string, min: number];

const TEXT_FIELDS = ['number', 'issuedDate', 'place', 'docType', 'issuer', 'subject'];
const SIGNER = ['signer.name', 'signer.title', 'signer.authority'];
const FLOORS: Floor[] = [
  ...['rendered/pdf', 'rendered/docx'].flatMap((g): Floor[] => [
    ...TEXT_FIELDS.map((f): Floor => [g, f, 0.97]),
    ...SIGNER.map((f): Floor => [g, f, 0.95]),
    [g, 'recipients', 0.95],
    [g, 'cc', 0.95],
    [g, 'references', 0.95],
  ]),
  ...['number', 'issuedDate', 'place', 'docType'].map((f): Floor => ['rendered/scan.pdf', f, 0.95]),
  ['rendered/scan.pdf', 'issuer', 0.9],
  ['rendered/scan.pdf', 'subject', 0.9],
  ['rendered/scan.pdf', 'cc', 0.85],
  ['scans/real-scan', 'number', 0.7],
  ['scans/real-scan', 'issuedDate', 0.8],
  // Issue #4: dated obligations against the gold deadlines, in every rendition.
  ...['rendered/pdf', 'rendered/docx', 'rendered/scan.pdf', 'scans/real-scan'].map((g): Floor => [g, 'obligations', 0.9]),
];

describe.skipIf(cases.length === 0)('real corpus (../shared/corpus/real)', () => {
  let summaries: GroupSummary[] = [];
  beforeAll(async () => {
    const results = await evaluateCases(cases, { ocr: cfg.ocr, maxFileBytes: cfg.maxFileBytes });
    summaries = summarise(results);
    console.log(`\nPer-field accuracy (exact match; F1 for lists)\n${formatTable(summaries)}\n`);
    console.log(`Mismatches:\n${formatMismatches(results)}\n`);
  });
  afterAll(shutdownOcr);

  it('processes every document without error', () => {
    for (const s of summaries) expect(s.errors, s.group).toBe(0);
  });

  const check = (group: string, field: string, min: number) => {
    const s = summaries.find((x) => x.group === group);
    expect(s, `no documents for ${group}`).toBeDefined();
    const value = s!.exact[field]?.rate ?? s!.lists[field]?.f1 ?? null;
    expect(value, `${group} ${field}`).not.toBeNull();
    expect(value!).toBeGreaterThanOrEqual(min);
  };
  it.each(FLOORS)('%s %s ≥ %d', check);
});
