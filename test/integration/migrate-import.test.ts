// `vanthu migrate` imports a JSON store made by the current version (store/fs-store.ts: originals
// and records as files) into PostgreSQL and the blob store, and indexes it: the same searches give
// the same results as an index built straight from the JSON records. Safe to repeat.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { processDocument } from '../../pipeline/run.ts';
import type { DocumentRecord } from '../../schemas/record.ts';
import type { SearchQuery } from '../../search/contract.ts';
import { createSearchIndex } from '../../search/es-index.ts';
import { createFsStore } from '../../store/fs-store.ts';
import { runCli } from './helpers/cli.ts';
import { createQueueTestEnv, type QueueTestEnv } from './helpers/queue-env.ts';
import { makeRecord } from './helpers/records.ts';
import { sample } from './helpers/samples.ts';
import { ensureServices } from './helpers/services.ts';

let env: QueueTestEnv;
let dir: string;
const oldIndex = createSearchIndex({ url: config().elasticsearch.url, index: `vt-migrate-old-${randomBytes(4).toString('hex')}` });
const records: DocumentRecord[] = [];

beforeAll(async () => {
  await ensureServices();
  dir = await mkdtemp(path.join(os.tmpdir(), 'vanthu-json-store-'));
  const old = createFsStore(dir);
  for (const name of ['congvan-byt-2150-khtc.docx', 'baocao-syt-ninhbinh-142.docx', 'congvan-ubnd-quangbinh-1875.docx']) {
    const bytes = await readFile(sample(name));
    await old.putOriginal(bytes, name);
    records.push(await processDocument({ name, bytes }, { ocr: config().ocr, maxFileBytes: config().maxFileBytes }));
  }
  for (let i = 0; i < 20; i++) {
    const seed = `migrate-${i}`;
    await old.putOriginal(Buffer.from(seed), `${seed}.pdf`);
    records.push(makeRecord(seed, { subject: `Chuyển đổi số trong y tế, đợt ${i}`, issuedDate: `2024-03-${String(i + 1).padStart(2, '0')}`, docType: i % 2 ? 'Công văn' : 'Kế hoạch' }));
  }
  // A record a person corrected (its audit trail is in the record, as the JSON store kept it).
  records[0] = { ...records[0]!, subject: 'trích yếu đã sửa', corrections: [{ field: 'subject', from: records[0]!.subject, to: 'trích yếu đã sửa', by: 'lan', at: '2025-01-02T03:04:05.000Z' }] };
  for (const r of records) await old.putRecord(r);
  await oldIndex.migrate();
  await oldIndex.indexRecords(records, { refresh: true });
  env = await createQueueTestEnv('migrate');
}, 300_000);

afterAll(async () => {
  await oldIndex.drop().catch(() => {});
  await oldIndex.close();
  await env?.cleanup();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 120_000);

const QUERIES: SearchQuery[] = [{ q: 'chuyen doi so' }, { q: 'bach hau' }, { q: 'trích yếu đã sửa' }, { docType: 'Kế hoạch' }, { from: '2024-03-05', to: '2024-03-12' }, { q: 'y te', sort: 'date', size: 50 }];

describe('vanthu migrate', () => {
  it('imports the JSON store into PostgreSQL with the same search results; a second run changes nothing', async () => {
    const res = await runCli(['migrate', '--from', dir, '--json'], env.childEnv);
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ documents: records.length, indexed: records.length, imported: { from: dir, documents: records.length, records: records.length, skipped: 0 } });

    for (const query of QUERIES) {
      const [before, after] = await Promise.all([oldIndex.search(query), env.rt.searchIndex.search(query)]);
      expect(after.total, JSON.stringify(query)).toBe(before.total);
      expect(after.hits.map((h) => h.id).sort(), JSON.stringify(query)).toEqual(before.hits.map((h) => h.id).sort());
      expect(after.facets).toEqual(before.facets);
    }

    // The records are the current ones in PostgreSQL, the originals in the blob store.
    for (const r of records) {
      expect((await env.rt.records.getCurrent(r.id))?.record).toEqual(r);
      expect((await env.rt.store.getOriginal(r.id))?.bytes.length).toBeGreaterThan(0);
    }
    // The correction is in the audit table, so a reprocess keeps it.
    expect(await env.rt.records.corrections(records[0]!.id)).toEqual([expect.objectContaining({ field: 'subject', to: 'trích yếu đã sửa', by: 'lan' })]);

    const again = await runCli(['migrate', '--from', dir, '--json'], env.childEnv);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).imported).toMatchObject({ documents: 0, records: 0, skipped: records.length });
  }, 240_000);
});
