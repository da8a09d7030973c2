// One writer per document, on the real PostgreSQL, Redis and Elasticsearch: concurrent corrections
// of different fields both survive, of the same field one wins and the other is a 409; a
// correction made while the document's index job runs survives it; an impossible date is a 400
// naming the field and nothing changes anywhere; a pending job is deduplicated; `vanthu reprocess`
// keeps the corrections, updates the other fields and records the new pipeline version.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIndexingService } from '../../app/indexing.ts';
import { buildServer, runtimeApiDeps } from '../../api/server.ts';
import { PIPELINE_VERSION } from '../../pipeline/version.ts';
import { DocumentRecord } from '../../schemas/record.ts';
import type { SearchIndex } from '../../search/contract.ts';
import { enqueue } from '../../workers/queues.ts';
import { waitForDocuments } from '../../workers/progress.ts';
import type { RunningWorkers } from '../../workers/start.ts';
import { createTestAuth, type TestAuth } from './helpers/auth.ts';
import { runCli } from './helpers/cli.ts';
import { createQueueTestEnv, type QueueTestEnv } from './helpers/queue-env.ts';
import { makeRecord } from './helpers/records.ts';
import { readSamples } from './helpers/samples.ts';
import { ensureServices } from './helpers/services.ts';
import { waitFor } from './helpers/wait.ts';

let env: QueueTestEnv;
let auth: TestAuth;
let app: FastifyInstance;

beforeAll(async () => {
  await ensureServices();
  env = await createQueueTestEnv('writes');
  await env.rt.searchIndex.migrate();
  auth = await createTestAuth(env.rt.users);
  const { rt } = env;
  app = await buildServer(runtimeApiDeps(rt, { users: auth.users }));
  await app.ready();
}, 300_000);

afterAll(async () => {
  await app?.close();
  await env?.cleanup();
}, 120_000);

/** A stored, indexed document with a record (no extraction: the record is given). */
async function storedDocument(seed: string, over: Partial<DocumentRecord> = {}): Promise<string> {
  const [doc] = await env.rt.ingest([{ name: `${seed}.pdf`, bytes: Buffer.from(`%PDF-1.4 ${seed}`) }]);
  await env.rt.documents.saveExtraction(doc!.id, makeRecord(seed, { id: doc!.id, number: `${seed.length}/BYT-KHTC`, issuer: ['BỘ Y TẾ'], ...over }));
  await env.rt.indexing.indexDocument(doc!.id);
  return doc!.id;
}

const versionOf = async (id: string) => (await env.rt.records.getCurrent(id))!.version;
const patch = (id: string, body: Record<string, unknown>) => app.inject({ method: 'PATCH', url: `/documents/${id}`, payload: body, headers: auth.as('archivist') });

describe('corrections, one writer per document', () => {
  it('two concurrent corrections of different fields both survive', async () => {
    const id = await storedDocument('diff-fields');
    const version = await versionOf(id);
    const [a, b] = await Promise.all([patch(id, { field: 'subject', value: 'kiểm tra thiết bị y tế', version }), patch(id, { field: 'place', value: 'Hải Phòng', version })]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const stored = (await env.rt.records.getCurrent(id))!;
    expect(stored.record).toMatchObject({ subject: 'kiểm tra thiết bị y tế', place: 'Hải Phòng' });
    expect(stored.version).toBe(version + 2);
    expect((await env.rt.records.corrections(id)).map((c) => c.field).sort()).toEqual(['place', 'subject']);
    expect(await env.rt.searchIndex.getRecord(id)).toMatchObject({ subject: 'kiểm tra thiết bị y tế', place: 'Hải Phòng' });
  });

  it('two concurrent corrections of the same field: one wins, the other gets 409', async () => {
    const id = await storedDocument('same-field');
    const version = await versionOf(id);
    const answers = await Promise.all(['thứ nhất', 'thứ hai'].map((s) => patch(id, { field: 'subject', value: `trích yếu ${s}`, version })));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = answers.find((r) => r.statusCode === 409)!;
    expect(loser.json()).toMatchObject({ error: 'conflict', message: expect.stringContaining('subject') });
    const winner = DocumentRecord.parse(answers.find((r) => r.statusCode === 200)!.json());
    expect((await env.rt.records.getCurrent(id))!.record.subject).toBe(winner.subject);
    expect(await env.rt.records.corrections(id)).toHaveLength(1);
    expect((await env.rt.searchIndex.getRecord(id))!.subject).toBe(winner.subject);
    // Made from the version that has the winner's correction, the next one goes through.
    expect((await patch(id, { field: 'subject', value: 'trích yếu thứ ba', version: await versionOf(id) })).statusCode).toBe(200);
  });

  it('the web form sends the version it showed: a field corrected since is a 409 page, nothing written', async () => {
    const id = await storedDocument('form-version');
    const page = await app.inject({ url: `/app/documents/${id}`, headers: auth.as('archivist') });
    const shown = Number(/name="version" value="(\d+)"/.exec(page.body)?.[1]);
    expect(shown).toBe(await versionOf(id));
    expect((await patch(id, { field: 'subject', value: 'sửa qua API' })).statusCode).toBe(200);
    const form = (value: string, field = 'subject') => app.inject({ method: 'POST', url: `/app/documents/${id}/correct`, payload: { field, value, version: String(shown) }, headers: auth.as('archivist') });
    const stale = await form('sửa qua trang, cũ');
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('vừa được người khác sửa');
    expect((await env.rt.records.getCurrent(id))!.record.subject).toBe('sửa qua API');
    expect((await form('Đà Nẵng', 'place')).statusCode).toBe(303); // another field from the same page goes through
  });

  it('a correction made while the document\'s index job runs survives it', async () => {
    const original = await storedDocument('race-a'); // same number and issuer: the job will flag a duplicate
    const id = await storedDocument('race-b', { number: `${'race-a'.length}/BYT-KHTC` });
    // The index job's duplicate check waits at a gate, after it has read the record.
    let reached!: () => void;
    const atGate = new Promise<void>((r) => (reached = r));
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const search: SearchIndex = {
      ...env.rt.searchIndex,
      async findSameNumber(...args) {
        reached();
        await gate;
        return env.rt.searchIndex.findSameNumber(...args);
      },
    };
    const slow = createIndexingService({ records: env.rt.records, search, queues: env.rt.queues });
    const workers: RunningWorkers = await env.rt.startWorkers({ queueNames: ['index'], handlers: (real) => ({ ...real, index: ({ documentId }: { documentId: string }) => slow.indexDocument(documentId) }) });
    try {
      const job = await enqueue(env.rt.queues, 'index', { documentId: id });
      await atGate;
      const corrected = await patch(id, { field: 'subject', value: 'sửa trong lúc lập chỉ mục' });
      expect(corrected.statusCode).toBe(200);
      open();
      await waitFor('the index job to complete', async () => (await job.getState()) === 'completed', 30_000);
      const stored = (await env.rt.records.getCurrent(id))!;
      expect(stored.record.subject).toBe('sửa trong lúc lập chỉ mục'); // the job did not write over it...
      expect(stored.record.warnings).toContain(`possible duplicate of ${original}`); // ...and its own change is there too
      const indexed = (await env.rt.searchIndex.getRecord(id))!;
      expect(indexed.subject).toBe('sửa trong lúc lập chỉ mục');
      expect(indexed.warnings).toContain(`possible duplicate of ${original}`);
      expect(stored.indexedVersion).toBe(stored.version);
    } finally {
      open();
      await workers.close();
    }
  }, 60_000);

  it('an impossible date is a 400 naming the field; record and index unchanged', async () => {
    const id = await storedDocument('bad-date', { issuedDate: '2018-02-20' });
    const before = (await env.rt.records.getCurrent(id))!;
    const indexedBefore = await env.rt.searchIndex.getRecord(id);
    for (const value of ['31/02/2018', '2018-02-31']) {
      const res = await patch(id, { field: 'issuedDate', value });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalid_value', message: expect.stringContaining('issuedDate') });
    }
    const form = await app.inject({ method: 'POST', url: `/app/documents/${id}/correct`, payload: { field: 'issuedDate', value: '31/02/2018' }, headers: auth.as('archivist') });
    expect(form.statusCode).toBe(400);
    expect(await env.rt.records.getCurrent(id)).toEqual(before);
    expect(await env.rt.records.corrections(id)).toEqual([]);
    expect(await env.rt.searchIndex.getRecord(id)).toEqual(indexedBefore);
  });
});

describe('jobs that can run again', () => {
  it('a pending job is deduplicated by the document; once finished, a new one can run', async () => {
    const id = await storedDocument('dedup');
    const first = await enqueue(env.rt.queues, 'index', { documentId: id });
    const second = await enqueue(env.rt.queues, 'index', { documentId: id });
    expect(second.id).toBe(first.id); // no worker yet: the first is still waiting
    const workers = await env.rt.startWorkers({ queueNames: ['index'] });
    try {
      await waitFor('the index job to complete', async () => (await first.getState()) === 'completed', 30_000);
      const third = await enqueue(env.rt.queues, 'index', { documentId: id });
      expect(third.id).not.toBe(first.id);
      await waitFor('the new job to complete', async () => (await third.getState()) === 'completed', 30_000);
    } finally {
      await workers.close();
    }
  }, 60_000);

  it('`vanthu reprocess` keeps the corrections, updates the other fields, records the new pipeline version', async () => {
    const workers = await env.rt.startWorkers();
    try {
      const [doc] = await env.rt.ingest(await readSamples(['congvan-byt-2150-khtc.docx']));
      const id = doc!.id;
      expect((await waitForDocuments(env.rt.records, [id], { timeoutMs: 120_000 })).get(id)?.state).toBe('indexed');
      const extracted = (await env.rt.records.getCurrent(id))!;
      expect(extracted.pipelineVersion).toBe(PIPELINE_VERSION);
      expect((await patch(id, { field: 'subject', value: 'trích yếu do người sửa' })).statusCode).toBe(200);
      // As an older pipeline would have left it: another field wrong, an older version number.
      const now = (await env.rt.records.getCurrent(id))!;
      const older = { ...now.record, place: 'Nơi sai', recipients: [] };
      expect(await env.rt.records.writeRecord(id, { record: older, pipelineVersion: PIPELINE_VERSION - 1, expectedVersion: now.version })).toBe(now.version + 1);

      const res = await runCli(['reprocess', '--before-version', String(PIPELINE_VERSION), '--json'], env.childEnv);
      expect(res.code, res.stderr).toBe(0);
      expect(JSON.parse(res.stdout)).toMatchObject({ queued: 1, pipelineVersion: PIPELINE_VERSION });
      const done = await waitFor(
        'the reprocessed record to be indexed',
        async () => {
          const c = await env.rt.records.getCurrent(id);
          return c && c.pipelineVersion === PIPELINE_VERSION && c.indexedVersion === c.version ? c : null;
        },
        120_000,
      );
      expect(done.record.subject).toBe('trích yếu do người sửa'); // the correction is laid over the new extraction
      expect(done.record.place).toBe(extracted.record.place); // the other fields come from the new extraction
      expect(done.record.recipients).toEqual(extracted.record.recipients);
      expect(done.record.corrections).toEqual([expect.objectContaining({ field: 'subject', from: extracted.record.subject, to: 'trích yếu do người sửa', by: 'archivist' })]);
      expect((await env.rt.searchIndex.getRecord(id))!.subject).toBe('trích yếu do người sửa');
      const body = (await app.inject({ url: `/documents/${id}`, headers: auth.as('analyst') })).json();
      expect(body).toMatchObject({ status: 'indexed', version: done.version });
    } finally {
      await workers.close();
    }
  }, 240_000);
});
