// Golden test on the project's own samples (samples/*.expected.json), every rendition.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { sampleCases } from '../../evaluation/corpus.ts';
import { evaluateCases, formatMismatches, formatTable, summarise, type GroupSummary } from '../../evaluation/evaluate.ts';
import { shutdownOcr } from '../../pipeline/ocr/engine.ts';

const cfg = config();
const cases = sampleCases(path.resolve(import.meta.dirname, '..', '..', 'samples'));
const MAIN = ['number', 'issuedDate', 'place', 'docType', 'issuer', 'subject'];

describe('samples (the project\'s own letters)', () => {
  let summaries: GroupSummary[] = [];
  beforeAll(async () => {
    const results = await evaluateCases(cases, { ocr: cfg.ocr, maxFileBytes: cfg.maxFileBytes });
    summaries = summarise(results);
    console.log(`\nSamples: per-field accuracy\n${formatTable(summaries)}\n\nMismatches:\n${formatMismatches(results)}\n`);
  });
  afterAll(shutdownOcr);

  it('has every rendition of every sample', () => {
    expect(cases.length).toBeGreaterThanOrEqual(9 * 4);
  });

  it('processes every sample without error', () => {
    for (const s of summaries) expect(s.errors, s.group).toBe(0);
  });

  it.each(['samples/pdf', 'samples/docx'])('%s: header fields, signer and lists are right', (group) => {
    const s = summaries.find((x) => x.group === group)!;
    for (const f of MAIN) expect(s.exact[f]!.rate, `${group} ${f}`).toBeGreaterThanOrEqual(0.95);
    for (const f of ['signer.name', 'signer.title', 'signer.authority']) expect(s.exact[f]!.rate, `${group} ${f}`).toBeGreaterThanOrEqual(0.85);
    for (const f of ['recipients', 'cc', 'references']) expect(s.lists[f]!.f1, `${group} ${f}`).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['samples/scan.png', 'samples/scan.pdf'])('%s: number, date and type survive OCR', (group) => {
    const s = summaries.find((x) => x.group === group)!;
    for (const f of ['number', 'issuedDate', 'docType']) expect(s.exact[f]!.rate, `${group} ${f}`).toBeGreaterThanOrEqual(0.85);
  });
});
