// Where a document is in the pipeline, read from its two jobs: waiting for its turn, extracting,
// indexing, searchable, or failed (with the reason kept on the failed job).
import type { Job } from 'bullmq';
import { jobIdFor, type Queues } from './queues.ts';
import type { IndexResult } from './processors.ts';

export type DocumentState =
  | { state: 'extracting' | 'indexing' }
  | { state: 'indexed'; duplicateOf: string[] }
  | { state: 'failed'; stage: 'extract' | 'index'; reason: string };

async function stateOf(job: Job | undefined): Promise<string> {
  return job ? job.getState() : 'missing';
}

export async function documentState(queues: Queues, documentId: string): Promise<DocumentState> {
  const extract = await queues.extract.getJob(jobIdFor('extract', documentId));
  const extractState = await stateOf(extract);
  if (extractState === 'failed') return { state: 'failed', stage: 'extract', reason: extract?.failedReason || 'failed' };
  // The index job is added before the extract job completes, so once extraction is done (or its
  // job has aged out of the completed set) the index job tells the rest.
  const index = await queues.index.getJob(jobIdFor('index', documentId));
  const indexState = await stateOf(index);
  if (indexState === 'completed') {
    return { state: 'indexed', duplicateOf: (index?.returnvalue as IndexResult | undefined)?.duplicateOf ?? [] };
  }
  if (indexState === 'failed') return { state: 'failed', stage: 'index', reason: index?.failedReason || 'failed' };
  if (indexState === 'missing') {
    if (extractState === 'completed') return { state: 'indexed', duplicateOf: [] }; // index job aged out
    return { state: 'extracting' };
  }
  return { state: 'indexing' };
}

export interface WaitOptions {
  /** Called after each poll with the documents finished so far. */
  onProgress?: (done: Map<string, DocumentState>) => void;
  pollMs?: number;
  /** Documents looked at per poll (default 500). */
  maxChecksPerPoll?: number;
  /** Give up (throw) after this long. Default: wait for ever. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Wait until every document is indexed or failed; returns each one's final state. */
export async function waitForDocuments(queues: Queues, ids: Iterable<string>, options: WaitOptions = {}): Promise<Map<string, DocumentState>> {
  const pending = new Set(ids);
  const done = new Map<string, DocumentState>();
  const deadline = options.timeoutMs ? Date.now() + options.timeoutMs : Infinity;
  const perPoll = options.maxChecksPerPoll ?? 500;
  for (;;) {
    // Jobs run roughly in order: looking at the oldest pending documents first (a bounded number per
    // poll, a few dozen at a time) keeps a 10 000-file ingest from flooding Redis.
    const batch = [...pending].slice(0, perPoll);
    for (let i = 0; i < batch.length; i += 50) {
      const slice = batch.slice(i, i + 50);
      const states = await Promise.all(slice.map((id) => documentState(queues, id)));
      slice.forEach((id, k) => {
        const s = states[k]!;
        if (s.state === 'indexed' || s.state === 'failed') {
          done.set(id, s);
          pending.delete(id);
        }
      });
    }
    options.onProgress?.(done);
    if (pending.size === 0) return done;
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('aborted');
    if (Date.now() > deadline) throw new Error(`${pending.size} document(s) still not indexed after ${options.timeoutMs} ms`);
    await sleep(options.pollMs ?? 500);
  }
}
