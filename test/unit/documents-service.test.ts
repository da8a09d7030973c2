// The documents and indexing services on the in-memory drivers (record store, blob store, search
// index): the same rules as on PostgreSQL and Elasticsearch, without any service running.
import { describe, expect, it } from 'vitest';
import { createDocumentService } from '../../app/documents.ts';
import { ConflictError, InvalidValueError } from '../../app/errors.ts';
import { createIndexingService } from '../../app/indexing.ts';
import { createMemorySearchIndex } from '../../search/memory-index.ts';
import { createMemoryBlobStore } from '../../store/blob-store.ts';
import { createMemoryRecordStore } from '../../store/memory-store.ts';
import type { Queues } from '../../workers/queues.ts';
import { makeRecord, sha } from '../integration/helpers/records.ts';

function services() {
  const records = createMemoryRecordStore();
  const search = createMemorySearchIndex();
  const queues = {} as Queues; // correct, saveExtraction and indexDocument queue nothing
  const indexing = createIndexingService({ records, search, queues });
  const documents = createDocumentService({ records, blobs: createMemoryBlobStore(), queues, indexing });
  return { records, search, indexing, documents };
}

async function stored(s: ReturnType<typeof services>, seed: string, over = {}) {
  const id = sha(seed);
  await s.records.addDocument({ id, name: `${seed}.pdf`, bytes: 10, receivedAt: new Date().toISOString() });
  await s.documents.saveExtraction(id, makeRecord(seed, { number: '12/BYT-KHTC', issuer: ['BỘ Y TẾ'], subject: 'trích yếu gốc', ...over }));
  await s.indexing.indexDocument(id);
  return id;
}

describe('documents service (in-memory drivers)', () => {
  it('merges concurrent corrections of different fields; refuses the second of the same field', async () => {
    const s = services();
    const id = await stored(s, 'a');
    const base = (await s.records.getCurrent(id))!.version;
    await Promise.all([s.documents.correct(id, { field: 'subject', value: 'một', baseVersion: base }, 'lan'), s.documents.correct(id, { field: 'place', value: 'Huế', baseVersion: base }, 'mai')]);
    expect((await s.records.getCurrent(id))!.record).toMatchObject({ subject: 'một', place: 'Huế' });
    await expect(s.documents.correct(id, { field: 'subject', value: 'hai', baseVersion: base }, 'an')).rejects.toBeInstanceOf(ConflictError);
    expect((await s.search.getRecord(id))!.subject).toBe('một');
  });

  it('refuses an impossible date naming the field, and writes nothing', async () => {
    const s = services();
    const id = await stored(s, 'b');
    const before = await s.records.getCurrent(id);
    const refused = s.documents.correct(id, { field: 'issuedDate', value: '2018-02-31' }, 'lan');
    await expect(refused).rejects.toBeInstanceOf(InvalidValueError);
    await expect(refused).rejects.toMatchObject({ field: 'issuedDate' });
    await expect(s.documents.correct(id, { field: 'urgency', value: 'Rất khẩn' }, 'lan')).rejects.toMatchObject({ field: 'urgency' });
    expect(await s.records.getCurrent(id)).toEqual(before);
  });

  it('lays every correction over a later extraction; the index job flags the same number and issuer', async () => {
    const s = services();
    const first = await stored(s, 'c');
    const id = await stored(s, 'd');
    expect((await s.records.getCurrent(id))!.record.warnings).toContain(`possible duplicate of ${first}`);
    await s.documents.correct(id, { field: 'subject', value: 'đã sửa' }, 'lan');
    await s.documents.saveExtraction(id, makeRecord('d', { number: '12/BYT-KHTC', issuer: ['BỘ Y TẾ'], subject: 'trích yếu gốc', place: 'Hà Nội' }));
    const now = (await s.records.getCurrent(id))!.record;
    expect(now).toMatchObject({ subject: 'đã sửa', place: 'Hà Nội' });
    expect(now.corrections).toEqual([expect.objectContaining({ field: 'subject', from: 'trích yếu gốc', to: 'đã sửa', by: 'lan' })]);
    expect(now.warnings).toContain(`possible duplicate of ${first}`); // kept until the index job checks again
  });
});
