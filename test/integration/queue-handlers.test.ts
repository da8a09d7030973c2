// The job handler map and the edge of the queues: every job name has exactly one handler (checked
// at start-up), and a payload that does not match schemas/jobs.ts fails its job at once, on the
// real Redis, without reaching the handler.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertHandlers } from '../../workers/handlers.ts';
import { enqueue } from '../../workers/queues.ts';
import { makeRecord } from './helpers/records.ts';
import type { RunningWorkers } from '../../workers/start.ts';
import { createQueueTestEnv, type QueueTestEnv } from './helpers/queue-env.ts';
import { ensureServices } from './helpers/services.ts';
import { waitFor } from './helpers/wait.ts';

const noop = async () => undefined;

describe('job handlers', () => {
  it('accepts exactly one handler per job name', () => {
    expect(() => assertHandlers({ extract: noop, index: noop })).not.toThrow();
  });

  it('names the missing and the extra handlers', () => {
    expect(() => assertHandlers({ extract: noop })).toThrow(/no handler for job\(s\): index/);
    expect(() => assertHandlers({ extract: noop, index: noop, thumbnail: noop })).toThrow(/handler\(s\) for unknown job\(s\): thumbnail/);
    expect(() => assertHandlers({ index: 'not a function', ocr: noop })).toThrow(/no handler for job\(s\): extract, index; handler\(s\) for unknown job\(s\): ocr/);
  });
});

describe('payloads at the edge (real Redis)', () => {
  let env: QueueTestEnv;
  let workers: RunningWorkers;
  const called: string[] = [];

  beforeAll(async () => {
    await ensureServices();
    env = await createQueueTestEnv('handlers');
    workers = await env.rt.startWorkers({
      handlers: (real) => ({
        ...real,
        index: async (payload: { documentId: string }) => {
          called.push(payload.documentId);
          return { documentId: payload.documentId, duplicateOf: [] };
        },
      }),
    });
  }, 300_000);

  afterAll(async () => {
    await workers?.close();
    await env?.cleanup();
  }, 60_000);

  it('refuses to start workers when a handler is missing', async () => {
    await expect(env.rt.startWorkers({ handlers: (real) => ({ extract: real.extract }) })).rejects.toThrow(/no handler for job\(s\): index/);
  });

  it('fails an invalid payload at once with the reason, without calling the handler', async () => {
    const job = await env.rt.queues.index.add('index', { documentId: 'not-a-sha256' }, { jobId: 'index-invalid' });
    const failed = await waitFor('the invalid job to fail', async () => ((await job.getState()) === 'failed' ? job : null), 20_000);
    const fresh = (await env.rt.queues.index.getJob(failed.id!))!;
    expect(fresh.failedReason).toMatch(/^invalid index payload: .*documentId/);
    expect(fresh.attemptsMade).toBe(1); // not retried, though the queue allows 8 attempts
    expect(called).toEqual([]);
  });

  it('fails a job whose name has no handler on that queue', async () => {
    const job = await env.rt.queues.index.add('extract', { documentId: 'a'.repeat(64), name: 'x.pdf' }, { jobId: 'wrong-queue' });
    await waitFor('the misrouted job to fail', async () => (await job.getState()) === 'failed', 20_000);
    expect((await env.rt.queues.index.getJob('wrong-queue'))!.failedReason).toBe('unknown job "extract" on queue index');
  });

  it('runs a valid payload through its handler', async () => {
    const id = 'b'.repeat(64);
    const job = await enqueue(env.rt.queues, 'index', { documentId: id });
    await waitFor('the valid job to complete', async () => (await job.getState()) === 'completed', 20_000);
    expect(called).toEqual([id]);
  });
});

describe('uploading again (real Redis)', () => {
  let env: QueueTestEnv | undefined;
  let workers: RunningWorkers | undefined;

  afterAll(async () => {
    await workers?.close();
    await env?.cleanup();
  }, 60_000);

  it('queues extraction again for a document whose job ran out of retries; one with a record stays a no-op', async () => {
    await ensureServices();
    env = await createQueueTestEnv('again', { jobOptions: { extract: { attempts: 2, backoff: { type: 'fixed', delay: 100 } } } });
    let calls = 0;
    workers = await env.rt.startWorkers({
      handlers: (real) => ({
        ...real,
        extract: async (payload: { documentId: string }) => {
          calls++;
          if (calls <= 2) throw new Error('transient: OCR engine crashed');
          await env!.rt.documents.saveExtraction(payload.documentId, makeRecord('again', { id: payload.documentId }));
          return { documentId: payload.documentId };
        },
      }),
    });
    const file = { name: 'x.pdf', bytes: new TextEncoder().encode(`not really a pdf ${Date.now()}`) };
    const [first] = await env.rt.ingest([file]);
    const job = (await env.rt.queues.extract.getJob(first!.jobId!))!;
    await waitFor('the job to run out of retries', async () => (await job.getState()) === 'failed', 20_000);
    expect((await env.rt.queues.extract.getJob(first!.jobId!))!.failedReason).toBe('transient: OCR engine crashed');
    expect(calls).toBe(2);
    // The reason is on the document too, in the record store (it outlives Redis).
    await waitFor('the failure on the document', async () => (await env!.rt.records.getDocument(first!.id))?.failure, 5_000);

    const [second] = await env.rt.ingest([file]);
    expect(second).toMatchObject({ id: first!.id, alreadyStored: true });
    expect(second!.jobId).not.toBe(first!.jobId); // a new job: the first one has finished (failed)
    const retried = (await env.rt.queues.extract.getJob(second!.jobId!))!;
    await waitFor('the new job to complete', async () => (await retried.getState()) === 'completed', 20_000);
    expect(calls).toBe(3);
    expect((await env.rt.records.getDocument(first!.id))?.failure).toBeNull();

    const [third] = await env.rt.ingest([file]); // it has a record now: nothing runs again
    expect(third!.jobId).toBe(second!.jobId);
    await new Promise((r) => setTimeout(r, 500));
    expect(calls).toBe(3);
  });
});

