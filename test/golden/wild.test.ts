// Robustness on real files from many other sources (../shared/corpus/wild: scans of other
// provinces and ministries, digitally signed PDFs, phone photos, DOCX and legacy DOC), without
// labels: every file must give a valid record and none may crash the process. A compact table of
// the main fields is printed for reading by eye (the files hold personal data: never publish it).
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { shutdownOcr } from '../../pipeline/ocr/engine.ts';
import { processDocument } from '../../pipeline/run.ts';

const cfg = config();
const dir = path.join(cfg.corpusDir, 'wild');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => !f.endsWith('.md')).sort() : [];
const rows: string[][] = [];

const cut = (s: string | null | undefined, n: number) => (s ?? '—').replace(/\s+/g, ' ').slice(0, n);

describe.skipIf(files.length === 0)('wild real files', () => {
  afterAll(async () => {
    await shutdownOcr();
    const widths = [0, 1, 2, 3, 4, 5, 6].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
    const table = rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')).join('\n');
    console.log(`wild corpus: ${rows.length} of ${files.length} files gave a record\n${table}`);
  });
  it.each(files)('%s gives a record', async (name) => {
    const started = Date.now();
    const record = await processDocument({ name, bytes: await readFile(path.join(dir, name)) }, { ocr: cfg.ocr, maxFileBytes: cfg.maxFileBytes });
    expect(record.text.length).toBeGreaterThan(100);
    rows.push([
      cut(name, 36),
      `${((Date.now() - started) / 1000).toFixed(0)}s`,
      cut(record.number, 22),
      cut(record.issuedDate, 10),
      cut(record.docType, 12),
      cut(record.issuer[0], 40),
      cut(record.signer?.name, 28),
    ]);
  }, 900_000);
});
