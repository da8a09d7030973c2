// Body of an extract thread: runs the pipeline (PDF parsing, rendering, OCR, field extraction) off
// the main thread, so the worker's event loop stays free to renew job locks and serve other jobs.
// Loaded through extract-thread.boot.mjs, which registers tsx in the thread first.
import { parentPort, workerData } from 'node:worker_threads';
import { isBadInput } from '../pipeline/errors.ts';
import { shutdownOcr } from '../pipeline/ocr/engine.ts';
import { processDocument, type PipelineContext } from '../pipeline/run.ts';
import type { ThreadReply, ThreadRequest } from './extract-pool.ts';

const port = parentPort;
if (!port) throw new Error('extract-thread.ts must run in a worker thread');
const ctx = (workerData as { pipeline: PipelineContext }).pipeline;

port.on('message', (msg: ThreadRequest) => {
  if (msg.type === 'shutdown') {
    void shutdownOcr().finally(() => port.close());
    return;
  }
  const { taskId, name, bytes } = msg;
  processDocument({ name, bytes: new Uint8Array(bytes) }, ctx).then(
    (record) => port.postMessage({ taskId, ok: true, record } satisfies ThreadReply),
    (error: unknown) =>
      port.postMessage({
        taskId,
        ok: false,
        badInput: isBadInput(error) ? error.reason : null,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      } satisfies ThreadReply),
  );
});
port.postMessage({ type: 'ready' });
