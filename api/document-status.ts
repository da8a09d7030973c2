// Where a document is in the pipeline, worked out from its jobs, its stored record and the index:
//   queued      an extract job is waiting and has not been tried yet
//   processing  extraction or indexing is running (or waiting to retry, or the index job waits)
//   indexed     the record is in Elasticsearch
//   failed      a job failed for good; failedReason says why
import type { DocumentStatus, JobSummary } from '../schemas/api.ts';
import type { SearchIndex } from '../search/contract.ts';
import { jobIdFor } from '../workers/queues.ts';
import { findJob, summarizeJob, type Queues } from './jobs.ts';

export interface StatusDeps {
  queues: Queues;
  search: SearchIndex;
}

export interface DocumentProgress {
  status: DocumentStatus;
  failedReason: string | null;
  jobs: { extract: JobSummary | null; index: JobSummary | null };
}


async function jobSummary(deps: StatusDeps, queue: 'extract' | 'index', id: string): Promise<JobSummary | null> {
  const found = await findJob(deps.queues, id, queue);
  return found ? summarizeJob(queue, found.job) : null;
}

const PENDING = new Set(['waiting', 'delayed', 'prioritized', 'waiting-children']);

export async function documentProgress(
  deps: StatusDeps,
  documentId: string,
  opts: { hasRecord: boolean; extractJobId?: string },
): Promise<DocumentProgress> {
  const [extract, index, indexed] = await Promise.all([
    jobSummary(deps, 'extract', opts.extractJobId ?? jobIdFor('extract', documentId)),
    jobSummary(deps, 'index', jobIdFor('index', documentId)),
    // When Elasticsearch does not answer, a completed index job is the best evidence there is.
    deps.search.getRecord(documentId).then(
      (r) => r !== null,
      () => null,
    ),
  ]);
  const jobs = { extract, index };
  if (indexed ?? index?.state === 'completed') return { status: 'indexed', failedReason: null, jobs };
  for (const job of [extract, index]) {
    if (job?.state === 'failed') return { status: 'failed', failedReason: job.failedReason ?? 'failed', jobs };
  }
  if (extract && PENDING.has(extract.state) && extract.attemptsMade === 0 && !opts.hasRecord) {
    return { status: 'queued', failedReason: null, jobs };
  }
  if (extract || index || opts.hasRecord) return { status: 'processing', failedReason: null, jobs };
  // Stored, but no job is known (removed after completion, or never queued): nothing is running.
  return { status: 'queued', failedReason: null, jobs };
}
