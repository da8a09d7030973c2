// Receiving files: store each original under its sha256 and queue its extraction. The HTTP API
// (api/) and `vanthu ingest` both come through here. Keep the signature stable.
import type { Job } from 'bullmq';
import type { DocumentStore } from '../store/document-store.ts';
import type { Logger } from './logger.ts';
import { enqueue, jobIdFor, type Queues } from './queues.ts';

export interface IngestFile {
  name: string;
  bytes: Uint8Array;
}

export interface IngestedFile {
  /** sha256 of the bytes: the document id. */
  id: string;
  name: string;
  /** The extract job (`extract-<id>`). */
  jobId: string;
  /** The same bytes were already in the store (uploaded before, or twice in this call). */
  alreadyStored: boolean;
}

export interface IngestDeps {
  store: DocumentStore;
  /** Only the extract queue is used; the index queue is accepted so `Queues` can be passed as is. */
  queues: Pick<Queues, 'extract'> & Partial<Queues>;
  logger?: Logger;
}

/**
 * Exhausted its retries on a transient error (not a bad file, which fails on the first attempt with
 * an UnrecoverableError): uploading the file again is the user's way of saying "try again".
 */
function exhausted(job: Job): boolean {
  return job.attemptsMade >= (job.opts.attempts ?? 1) && !(job.stacktrace ?? []).some((s) => s.startsWith('UnrecoverableError'));
}

async function retryIfExhausted(job: Job): Promise<boolean> {
  if ((await job.getState()) !== 'failed' || !exhausted(job)) return false;
  await job.retry('failed');
  return true;
}

export async function ingestFiles(files: IngestFile[], deps: IngestDeps): Promise<IngestedFile[]> {
  const results: IngestedFile[] = [];
  for (const file of files) {
    const before = Date.now();
    const meta = await deps.store.putOriginal(file.bytes, file.name);
    const alreadyStored = Date.parse(meta.receivedAt) < before || results.some((r) => r.id === meta.id);
    const jobId = jobIdFor('extract', meta.id);
    // A job with this id (waiting, active, done, failed) makes this a no-op; only a job (extract, or
    // else index) that ran out of retries on a transient error is tried again.
    const existing = await deps.queues.extract.getJob(jobId);
    if (!existing) await enqueue(deps.queues as Queues, 'extract', { documentId: meta.id, name: file.name });
    else if (await retryIfExhausted(existing)) deps.logger?.info({ documentId: meta.id, jobId }, 'ingest: extract job retried');
    else if (deps.queues.index) {
      const index = await deps.queues.index.getJob(jobIdFor('index', meta.id));
      if (index && (await retryIfExhausted(index))) deps.logger?.info({ documentId: meta.id, jobId: index.id }, 'ingest: index job retried');
    }
    deps.logger?.info({ documentId: meta.id, file: file.name, alreadyStored }, 'ingested');
    results.push({ id: meta.id, name: file.name, jobId, alreadyStored });
  }
  return results;
}
