// Body of an extract thread (a piscina task function): runs the pipeline (PDF parsing, rendering,
// OCR, field extraction) off the main thread, so the worker's event loop stays free to renew job
// locks and serve other jobs. Loaded through extract-thread.boot.mjs, which registers tsx first.
import { parentPort, workerData } from 'node:worker_threads';
import { isBadInput } from '../pipeline/errors.ts';
import { processDocument, type PipelineContext } from '../pipeline/run.ts';
import type { TaskStarted, ThreadReply, ThreadRequest } from './extract-pool.ts';

const ctx = (workerData as { pipeline: PipelineContext }).pipeline;

export default async function extract({ taskId, name, bytes }: ThreadRequest): Promise<ThreadReply> {
  parentPort?.postMessage({ started: taskId } satisfies TaskStarted);
  try {
    return { ok: true, record: await processDocument({ name, bytes: new Uint8Array(bytes) }, ctx) };
  } catch (error) {
    return {
      ok: false,
      badInput: isBadInput(error) ? error.reason : null,
      message: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    };
  }
}
