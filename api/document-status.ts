// Where a document is in the pipeline, read from the record store (which outlives Redis) and, for
// detail, its latest jobs:
//   queued      an extract job is waiting and has not been tried yet (or none is known)
//   processing  extraction or indexing is running (or waiting to retry, or the index job waits)
//   indexed     the current record (or an earlier version of it) is in Elasticsearch
//   failed      a job failed for good; failedReason says why
import type { DocumentStatus, JobSummary } from '../schemas/api.ts';
import type { RecordStore } from '../store/record-store.ts';
import { findJob, summarizeJob, type Queues } from './jobs.ts';

export interface StatusDeps {
  queues: Queues;
  records: RecordStore;
}

export interface DocumentProgress {
  status: DocumentStatus;
  failedReason: string | null;
  jobs: { extract: JobSummary | null; index: JobSummary | null };
  /** The current record's row version (send it back with a correction), null before extraction. */
  version: number | null;
}

async function jobSummary(deps: StatusDeps, queue: 'extract' | 'index', id: string | null): Promise<JobSummary | null> {
  if (!id) return null;
  const found = await findJob(deps.queues, id, queue).catch(() => null); // Redis down: the store still answers
  return found ? summarizeJob(queue, found.job) : null;
}

const PENDING = new Set(['waiting', 'delayed', 'prioritized', 'waiting-children']);

export async function documentProgress(deps: StatusDeps, documentId: string, _opts?: unknown): Promise<DocumentProgress> {
  const [doc, current] = await Promise.all([deps.records.getDocument(documentId), deps.records.getCurrent(documentId)]);
  const [extract, index] = await Promise.all([jobSummary(deps, 'extract', doc?.jobs.extract ?? null), jobSummary(deps, 'index', doc?.jobs.index ?? null)]);
  const jobs = { extract, index };
  const version = current?.version ?? null;
  if (doc?.failure) return { status: 'failed', failedReason: doc.failure.reason, jobs, version };
  if (current && current.indexedVersion !== null) return { status: 'indexed', failedReason: null, jobs, version };
  if (extract && PENDING.has(extract.state) && extract.attemptsMade === 0 && !current) return { status: 'queued', failedReason: null, jobs, version };
  if (extract || index || current) return { status: 'processing', failedReason: null, jobs, version };
  return { status: 'queued', failedReason: null, jobs, version };
}
