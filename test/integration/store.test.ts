// The filesystem store, on a real temporary directory.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentRecord } from '../../schemas/record.ts';
import { makeRecord, sha } from './helpers/records.ts';
import { createFsStore, InvalidDocumentIdError } from '../../store/fs-store.ts';
import type { DocumentStore } from '../../store/document-store.ts';


/** A full record: every list and the signer filled, two pages. */
const makeFullRecord = (seed: string, over: Partial<DocumentRecord> = {}): DocumentRecord =>
  makeRecord(seed, {
    file: { name: `${seed}.pdf`, mimeType: 'application/pdf', bytes: 20480, pages: 2 },
    text: 'BỘ Y TẾ\nSố: 1234/BYT-CNTT\nV/v đôn đốc triển khai chuyển đổi số y tế\nHà Nội, ngày 15 tháng 3 năm 2024',
    number: '1234/BYT-CNTT',
    issuer: ['BỘ Y TẾ'],
    place: 'Hà Nội',
    issuedDate: '2024-03-15',
    subject: 'Đôn đốc triển khai chuyển đổi số y tế',
    recipients: ['Sở Y tế các tỉnh, thành phố trực thuộc Trung ương'],
    cc: ['Như trên', 'Lưu: VT, CNTT'],
    signer: { name: 'Trần Văn Thuấn', title: 'THỨ TRƯỞNG', authority: 'KT. BỘ TRƯỞNG' },
    urgency: 'Khẩn',
    deadlines: [{ date: '2024-04-30', text: 'báo cáo kết quả trước ngày 30/4/2024' }],
    references: [{ number: '749/QĐ-TTg', type: 'Quyết định', date: '2020-06-03' }],
    evidence: { number: { page: 1, start: 12, end: 25 } },
    pages: [{ page: 1, source: 'text-layer', confidence: null }, { page: 2, source: 'text-layer', confidence: null }],
    ...over,
  });

let dir: string;
let store: DocumentStore;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vanthu-store-test-'));
  store = createFsStore(dir);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('fs store: originals', () => {
  it('stores bytes under their sha256 and keeps the first meta on a second put', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 công văn số 1234/BYT-CNTT');
    const first = await store.putOriginal(bytes, 'cong-van-1234.pdf');
    expect(first.id).toBe(sha(bytes));
    expect(first.bytes).toBe(bytes.byteLength);
    expect(first.name).toBe('cong-van-1234.pdf');
    expect(Number.isNaN(Date.parse(first.receivedAt))).toBe(false);

    const again = await store.putOriginal(bytes, 'renamed.pdf');
    expect(again).toEqual(first);

    const file = path.join(dir, 'originals', first.id.slice(0, 2), first.id);
    expect(await fs.readFile(file)).toEqual(Buffer.from(bytes));
    const meta = JSON.parse(await fs.readFile(`${file}.json`, 'utf8'));
    expect(meta).toEqual(first);

    const got = await store.getOriginal(first.id);
    expect(got?.meta).toEqual(first);
    expect(got?.bytes.equals(Buffer.from(bytes))).toBe(true);
  });

  it('concurrent puts of the same bytes agree on one meta and leave no temp files', async () => {
    const bytes = new TextEncoder().encode(`quyết định ${Date.now()}`);
    const metas = await Promise.all(Array.from({ length: 8 }, (_, i) => store.putOriginal(bytes, `upload-${i}.docx`)));
    expect(new Set(metas.map((m) => JSON.stringify(m))).size).toBe(1);
    const shard = path.join(dir, 'originals', metas[0]!.id.slice(0, 2));
    expect((await fs.readdir(shard)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('never uses the uploaded name as a path', async () => {
    const bytes = new TextEncoder().encode('tờ trình');
    const meta = await store.putOriginal(bytes, '../../../etc/passwd');
    expect(meta.name).toBe('../../../etc/passwd');
    expect((await store.getOriginal(meta.id))?.bytes.toString('utf8')).toBe('tờ trình');
    expect(await fs.readdir(dir)).toEqual(['originals']);
  });

  it('returns null for an unknown id', async () => {
    expect(await store.getOriginal(sha('never stored'))).toBeNull();
  });
});

describe('fs store: records', () => {
  it('round-trips a record that still validates against the schema', async () => {
    const rec = makeFullRecord('record-1');
    await store.putRecord(rec);
    const got = await store.getRecord(rec.id);
    expect(got).toEqual(rec);
    expect(DocumentRecord.safeParse(got).success).toBe(true);
    const onDisk = path.join(dir, 'records', rec.id.slice(0, 2), `${rec.id}.json`);
    expect(DocumentRecord.parse(JSON.parse(await fs.readFile(onDisk, 'utf8')))).toEqual(rec);
  });

  it('replaces a record atomically when it is stored again', async () => {
    const rec = makeFullRecord('record-2');
    await store.putRecord(rec);
    await store.putRecord({ ...rec, subject: 'Về việc tăng cường phòng, chống dịch' });
    expect((await store.getRecord(rec.id))?.subject).toBe('Về việc tăng cường phòng, chống dịch');
    const shard = path.join(dir, 'records', rec.id.slice(0, 2));
    expect((await fs.readdir(shard)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a record that does not match the schema', async () => {
    const bad = { ...makeFullRecord('record-bad'), issuedDate: '15/03/2024' } as DocumentRecord;
    await expect(store.putRecord(bad)).rejects.toThrow();
    expect(await store.getRecord(bad.id)).toBeNull();
  });

  it('lists every stored record id', async () => {
    const ids = ['record-3', 'record-4', 'record-5'].map((s) => makeFullRecord(s));
    for (const r of ids) await store.putRecord(r);
    const listed: string[] = [];
    for await (const id of store.recordIds()) listed.push(id);
    const expected = ['record-1', 'record-2', 'record-3', 'record-4', 'record-5'].map((s) => sha(s));
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('lists nothing in an empty store', async () => {
    const empty = createFsStore(path.join(dir, 'does-not-exist-yet'));
    const listed: string[] = [];
    for await (const id of empty.recordIds()) listed.push(id);
    expect(listed).toEqual([]);
  });
});

describe('fs store: ids', () => {
  const bad = ['../../etc/passwd', 'ABC', sha('x').toUpperCase(), `${sha('x').slice(0, 63)}/`, `${sha('x')}0`, ''];
  it.each(bad)('rejects %j', async (id) => {
    await expect(store.getOriginal(id)).rejects.toBeInstanceOf(InvalidDocumentIdError);
    await expect(store.getRecord(id)).rejects.toBeInstanceOf(InvalidDocumentIdError);
    await expect(store.putRecord({ ...makeFullRecord('ok'), id } as DocumentRecord)).rejects.toThrow();
  });
});
