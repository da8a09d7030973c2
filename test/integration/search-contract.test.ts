// The part of the SearchIndex contract every driver keeps, run on the in-memory driver and on the
// real Elasticsearch (an index prefix of this file's own): records in and out by id, missing ids,
// the same number and issuer, word search with diacritics optional and its filters, count, drop.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import type { SearchIndex } from '../../search/contract.ts';
import { createSearchIndex } from '../../search/es-index.ts';
import { createMemorySearchIndex } from '../../search/memory-index.ts';
import { makeRecord, sha } from './helpers/records.ts';

const es = createSearchIndex({ url: config().elasticsearch.url, index: `vt-search-contract-${randomBytes(4).toString('hex')}` });
const esUp = await es.ping();
const memory = createMemorySearchIndex();

afterAll(async () => {
  await es.drop().catch(() => {});
  await es.close();
});

const drivers: [string, () => SearchIndex, boolean][] = [
  ['memory', () => memory, true],
  ['elasticsearch', () => es, esUp],
];

describe.each(drivers)('search contract: %s', (_name, make, up) => {
  const a = makeRecord('sc-a', { number: '15/BYT-KHTC', issuer: ['BỘ Y TẾ'], subject: 'Kiểm tra công tác phòng chống dịch', issuedDate: '2024-03-01', docType: 'Công văn' });
  const b = makeRecord('sc-b', { number: '15/BYT-KHTC', issuer: ['BỘ Y TẾ'], subject: 'Kiểm tra công tác phòng chống dịch (bản chụp)', issuedDate: '2024-03-01', docType: 'Công văn' });
  const c = makeRecord('sc-c', { number: '15/BYT-KHTC', issuer: ['SỞ Y TẾ HÀ NỘI'], subject: 'Kế hoạch tiêm chủng mở rộng', issuedDate: '2025-01-10', docType: 'Kế hoạch' });

  it.skipIf(!up)('keeps records by id and says which are missing', async () => {
    const index = make();
    await index.migrate();
    await index.indexRecords([a, b, c], { refresh: true });
    expect((await index.getRecord(a.id))?.subject).toBe(a.subject);
    expect(await index.getRecord(sha('nothing'))).toBeNull();
    expect(await index.missingIds([a.id, sha('nothing')])).toEqual([sha('nothing')]);
    expect(await index.count()).toBe(3);
  });

  it.skipIf(!up)('finds the same number and issuer, not another issuer\'s', async () => {
    const index = make();
    expect((await index.findSameNumber('15/BYT-KHTC', ['BỘ Y TẾ'], a.id)).sort()).toEqual([b.id]);
    expect(await index.findSameNumber('15/BYT-KHTC', ['SỞ Y TẾ HÀ NỘI'], c.id)).toEqual([]);
  });

  it.skipIf(!up)('searches words without diacritics, with filters and facets', async () => {
    const index = make();
    const found = await index.search({ q: 'phong chong dich' });
    expect(found.hits.map((h) => h.id).sort()).toEqual([a.id, b.id].sort());
    expect((await index.search({ docType: 'Kế hoạch' })).hits.map((h) => h.id)).toEqual([c.id]);
    expect((await index.search({ from: '2025-01-01' })).hits.map((h) => h.id)).toEqual([c.id]);
    expect((await index.search({ q: 'tiem chung' })).facets.docType).toEqual([{ value: 'Kế hoạch', count: 1 }]);
  });

  it.skipIf(!up)('drops everything', async () => {
    const index = make();
    await index.drop();
    expect(await index.count()).toBe(0);
    expect(await index.missingIds([a.id])).toEqual([a.id]);
  });
});
