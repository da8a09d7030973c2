// One contract suite for every record-store and user-store driver: in memory and PostgreSQL (a
// database of this file's own on the real server). A driver passes it or it is not a driver.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type Db } from '../../store/db.ts';
import { createMemoryRecordStore, createMemoryUserRecords } from '../../store/memory-store.ts';
import { createPgRecordStore } from '../../store/pg-records.ts';
import { createPgUserRecords } from '../../store/pg-users.ts';
import { allIds, type DocumentMeta, type RecordStore } from '../../store/record-store.ts';
import type { UserRecords } from '../../store/user-records.ts';
import { createTestDatabase, type TestDatabase } from './helpers/database.ts';
import { makeRecord, sha } from './helpers/records.ts';
import { ensureServices } from './helpers/services.ts';

interface Drivers {
  records: RecordStore;
  users: UserRecords;
}

let database: TestDatabase;
let db: Db;
const pgDrivers: Drivers = {} as Drivers;

beforeAll(async () => {
  await ensureServices();
  database = await createTestDatabase('contract');
  db = openDatabase(database.url);
  await migrateDatabase(db);
  await migrateDatabase(db); // a second run finds nothing to do
  pgDrivers.records = createPgRecordStore(db);
  pgDrivers.users = createPgUserRecords(db);
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

const meta = (seed: string): DocumentMeta => ({ id: sha(seed), name: `${seed}.pdf`, bytes: 100, receivedAt: '2024-01-02T03:04:05.000Z' });

const suites: [string, () => Drivers][] = [
  ['memory', () => ({ records: createMemoryRecordStore(), users: createMemoryUserRecords() })],
  ['postgresql', () => pgDrivers],
];

describe.each(suites)('record store contract: %s', (label, drivers) => {
  const seed = (s: string) => `${label}-${s}`;

  it('adds a document once; the first receipt wins', async () => {
    const { records } = drivers();
    const first = await records.addDocument(meta(seed('a')));
    expect(first.created).toBe(true);
    const again = await records.addDocument({ ...meta(seed('a')), name: 'other.pdf', receivedAt: '2025-01-01T00:00:00.000Z' });
    expect(again).toEqual({ created: false, meta: meta(seed('a')) });
    expect(await records.getDocument(sha(seed('a')))).toEqual({ ...meta(seed('a')), failure: null, jobs: { extract: null, index: null } });
    expect(await records.getDocument(sha(seed('none')))).toBeNull();
  });

  it('writes a record by compare-and-set on the row version', async () => {
    const { records } = drivers();
    const id = sha(seed('b'));
    await records.addDocument(meta(seed('b')));
    const rec = makeRecord(seed('b'));
    expect(await records.writeRecord(id, { record: rec, pipelineVersion: 1, expectedVersion: null })).toBe(1);
    expect(await records.writeRecord(id, { record: rec, pipelineVersion: 1, expectedVersion: null })).toBeNull(); // exists
    expect(await records.writeRecord(id, { record: { ...rec, subject: 'hai' }, pipelineVersion: 2, expectedVersion: 1 })).toBe(2);
    expect(await records.writeRecord(id, { record: { ...rec, subject: 'stale' }, pipelineVersion: 2, expectedVersion: 1 })).toBeNull();
    const current = await records.getCurrent(id);
    expect(current).toMatchObject({ version: 2, pipelineVersion: 2, indexedVersion: null });
    expect(current!.record.subject).toBe('hai');
    // Two writers on the same version: exactly one wins.
    const both = await Promise.all(['x', 'y'].map((s) => records.writeRecord(id, { record: { ...rec, subject: s }, pipelineVersion: 2, expectedVersion: 2 })));
    expect(both.filter((v) => v === 3)).toHaveLength(1);
    expect(both.filter((v) => v === null)).toHaveLength(1);
  });

  it('keeps corrections with the version they made, in the same write', async () => {
    const { records } = drivers();
    const id = sha(seed('c'));
    await records.addDocument(meta(seed('c')));
    const rec = makeRecord(seed('c'));
    await records.writeRecord(id, { record: rec, pipelineVersion: 1, expectedVersion: null });
    const correction = { field: 'subject', from: 'Văn bản', to: 'sửa', by: 'lan', at: '2024-05-06T07:08:09.000Z' };
    expect(await records.writeRecord(id, { record: { ...rec, subject: 'sửa' }, pipelineVersion: 1, expectedVersion: 1, correction })).toBe(2);
    // A stale write writes no correction either.
    expect(await records.writeRecord(id, { record: rec, pipelineVersion: 1, expectedVersion: 1, correction: { ...correction, to: 'lost' } })).toBeNull();
    expect(await records.corrections(id)).toEqual([{ ...correction, version: 2 }]);
  });

  it('marks indexed versions (never backwards), failures and jobs', async () => {
    const { records } = drivers();
    const id = sha(seed('d'));
    await records.addDocument(meta(seed('d')));
    await records.writeRecord(id, { record: makeRecord(seed('d')), pipelineVersion: 1, expectedVersion: null });
    await records.markIndexed(id, 3);
    await records.markIndexed(id, 2);
    expect((await records.getCurrent(id))!.indexedVersion).toBe(3);
    await records.setFailure(id, { stage: 'extract', reason: 'corrupt file' });
    await records.setJob(id, 'index', 'index-x');
    expect(await records.getDocument(id)).toMatchObject({ failure: { stage: 'extract', reason: 'corrupt file' }, jobs: { extract: null, index: 'index-x' } });
    await records.setFailure(id, null);
    expect((await records.getDocument(id))!.failure).toBeNull();
  });

  it('lists ids in order, by filter, page by page', async () => {
    const { records } = drivers();
    const ids = [];
    for (const s of ['l1', 'l2', 'l3']) {
      await records.addDocument(meta(seed(s)));
      ids.push(sha(seed(s)));
    }
    await records.writeRecord(ids[0]!, { record: makeRecord(seed('l1')), pipelineVersion: 1, expectedVersion: null });
    const all: string[] = [];
    for await (const id of allIds(records, {}, 2)) all.push(id);
    expect(all).toEqual([...all].sort());
    expect(all).toEqual(expect.arrayContaining(ids));
    const without = await records.listIds({ withoutRecord: true }, null, 1000);
    expect(without).toEqual(expect.arrayContaining([ids[1], ids[2]]));
    expect(without).not.toContain(ids[0]);
    expect(await records.listIds({ withRecord: true }, null, 1000)).toContain(ids[0]);
    expect(await records.listIds({ pipelineBefore: 2 }, null, 1000)).toContain(ids[0]);
    expect(await records.listIds({ pipelineBefore: 1 }, null, 1000)).not.toContain(ids[0]);
    expect(await records.listIds({ indexBehind: true }, null, 1000)).toContain(ids[0]);
    expect(await records.listIds({ indexBehind: true }, null, 1000)).not.toContain(ids[1]); // no record: nothing to index
    await records.markIndexed(ids[0]!, 1);
    expect(await records.listIds({ indexBehind: true }, null, 1000)).not.toContain(ids[0]);
    expect(await records.countDocuments()).toBeGreaterThanOrEqual(3);
  });
});

describe.each(suites)('user store contract: %s', (_label, drivers) => {
  const user = (name: string, keyHash: string) => ({ name, role: 'analyst', passwordHash: '', keyHash, createdAt: '2024-01-01T00:00:00.000Z' });

  it('inserts once, finds by key hash, updates and deletes (with the sessions)', async () => {
    const { users } = drivers();
    expect(await users.insertUser(user('an', 'k-an'))).toBe(true);
    expect(await users.insertUser(user('an', 'k-other'))).toBe(false);
    expect(await users.userByKeyHash('k-an')).toMatchObject({ name: 'an' });
    expect(await users.updateUser('an', { role: 'admin', keyHash: 'k-an-2' })).toBe(true);
    expect(await users.userByKeyHash('k-an')).toBeNull();
    expect(await users.getUser('an')).toMatchObject({ role: 'admin', keyHash: 'k-an-2' });
    expect(await users.updateUser('nobody', { role: 'admin' })).toBe(false);
    expect((await users.listUsers()).map((u) => u.name)).toContain('an');

    const now = new Date();
    await users.putSession('s-an', 'an', new Date(now.getTime() + 60_000));
    expect(await users.sessionUser('s-an', now, new Date(now.getTime() + 120_000))).toMatchObject({ name: 'an' });
    expect(await users.sessionUser('s-an', new Date(now.getTime() + 119_000), new Date(now.getTime() + 200_000))).toMatchObject({ name: 'an' }); // renewed
    expect(await users.sessionUser('s-an', new Date(now.getTime() + 300_000), new Date())).toBeNull(); // expired
    await users.putSession('s-an-2', 'an', new Date(now.getTime() + 60_000));
    expect(await users.deleteUser('an')).toBe(true);
    expect(await users.sessionUser('s-an-2', now, new Date(now.getTime() + 60_000))).toBeNull();
    expect(await users.deleteUser('an')).toBe(false);
  });
});
