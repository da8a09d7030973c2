// Robustness on real scans without labels (../shared/corpus/unlabelled): every one must process
// without error into a valid record with text. Results are for inspection by eye (`npm run eval`
// does not score them).
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { shutdownOcr } from '../../pipeline/ocr/engine.ts';
import { processDocument } from '../../pipeline/run.ts';

const cfg = config();
const dir = path.join(cfg.corpusDir, 'unlabelled');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort() : [];

describe.skipIf(files.length === 0)('unlabelled real scans', () => {
  afterAll(shutdownOcr);
  it.each(files)('%s processes into a record', async (name) => {
    const record = await processDocument({ name, bytes: await readFile(path.join(dir, name)) }, { ocr: cfg.ocr, maxFileBytes: cfg.maxFileBytes });
    expect(record.textSource).toBe('ocr');
    expect(record.text.length).toBeGreaterThan(500);
    expect(record.issuer.length).toBeGreaterThan(0);
  }, 300_000);
});
