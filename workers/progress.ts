// Where a document is in the pipeline, read from the record store (it outlives Redis): waiting for
// extraction, waiting for the index, searchable, or failed (with the reason the job left).
import { DUPLICATE_WARNING } from '../schemas/record.ts';
import type { RecordStore } from '../store/record-store.ts';

export type DocumentState =
  | { state: 'extracting' | 'indexing' }
  | { state: 'indexed'; duplicateOf: string[] }
  | { state: 'failed'; stage: 'extract' | 'index'; reason: string };

export async function documentState(records: RecordStore, documentId: string): Promise<DocumentState> {
  const [doc, current] = await Promise.all([records.getDocument(documentId), records.getCurrent(documentId)]);
  if (doc?.failure) return { state: 'failed', stage: doc.failure.stage, reason: doc.failure.reason };
  if (!current) return { state: 'extracting' };
  // Indexed at the current version: an earlier version in the index means an index job is due.
  if (current.indexedVersion !== current.version) return { state: 'indexing' };
  const duplicateOf = current.record.warnings.filter((w) => w.startsWith(DUPLICATE_WARNING)).map((w) => w.slice(DUPLICATE_WARNING.length));
  return { state: 'indexed', duplicateOf };
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
export async function waitForDocuments(records: RecordStore, ids: Iterable<string>, options: WaitOptions = {}): Promise<Map<string, DocumentState>> {
  const pending = new Set(ids);
  const done = new Map<string, DocumentState>();
  const deadline = options.timeoutMs ? Date.now() + options.timeoutMs : Infinity;
  const perPoll = options.maxChecksPerPoll ?? 500;
  for (;;) {
    const batch = [...pending].slice(0, perPoll);
    for (let i = 0; i < batch.length; i += 50) {
      const slice = batch.slice(i, i + 50);
      const states = await Promise.all(slice.map((id) => documentState(records, id)));
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
