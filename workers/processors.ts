// What each job does. `extract`: stored original → pipeline (in a thread) → stored record → `index`
// job. `index`: stored record → duplicate check → Elasticsearch. The store is the system of record;
// the index is derived from it and can be rebuilt (reindex.ts).
import { UnrecoverableError, type Job } from 'bullmq';
import { isBadInput } from '../pipeline/errors.ts';
import { DUPLICATE_WARNING, type DocumentRecord } from '../schemas/record.ts';
import type { SearchIndex } from '../search/contract.ts';
import { SearchIndexError } from '../search/es-index.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { ExtractPool } from './extract-pool.ts';
import type { JobHandlers } from './handlers.ts';
import type { Logger } from './logger.ts';
import { enqueue, type Queues } from './queues.ts';

export interface ProcessorDeps {
  store: DocumentStore;
  searchIndex: SearchIndex;
  queues: Queues;
  pool: ExtractPool;
  logger: Logger;
}

export interface ExtractResult {
  documentId: string;
  textSource: DocumentRecord['textSource'];
  docType: string | null;
  number: string | null;
  pages: number;
}

export interface IndexResult {
  documentId: string;
  /** Other documents with the same number and issuer (Nghị định 30/2020, Phụ lục VI). */
  duplicateOf: string[];
}

/** Same number and issuer as another document: Nghị định 30/2020, Phụ lục VI (numbering). */
const duplicateWarning = (id: string) => `${DUPLICATE_WARNING}${id}`;

/** The record with its duplicate warnings replaced by those for `duplicateOf` (idempotent on retry). */
export function withDuplicateWarnings(record: DocumentRecord, duplicateOf: string[]): DocumentRecord {
  const others = record.warnings.filter((w) => !w.startsWith(DUPLICATE_WARNING));
  return { ...record, warnings: [...others, ...duplicateOf.map(duplicateWarning)] };
}

function rejectedForGood(error: unknown): error is SearchIndexError {
  return error instanceof SearchIndexError && !error.transient && error.status !== null && error.status >= 400 && error.status < 500 && ![408, 409, 429].includes(error.status);
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function createHandlers(deps: ProcessorDeps): JobHandlers {
  const { store, searchIndex, queues, pool } = deps;
  const logFor = (job: Job, documentId: string) => deps.logger.child({ queue: job.queueName, jobId: job.id, documentId, attempt: job.attemptsMade + 1 });

  return {
    async extract({ documentId, name }, job): Promise<ExtractResult> {
      const log = logFor(job, documentId);
      const original = await store.getOriginal(documentId);
      if (!original) throw new UnrecoverableError(`original ${documentId} is not in the store`);
      const started = Date.now();
      log.info({ file: name, bytes: original.meta.bytes }, 'extract started');
      let record: DocumentRecord;
      try {
        record = await pool.extract({ name, bytes: original.bytes });
      } catch (error) {
        if (isBadInput(error)) {
          log.warn({ file: name, reason: error.message }, 'extract failed: bad input, not retried');
          throw new UnrecoverableError(error.message);
        }
        log.warn({ file: name, err: error }, 'extract failed, will retry');
        throw error;
      }
      await store.putRecord(record);
      await enqueue(queues, 'index', { documentId });
      log.info({ ms: Date.now() - started, textSource: record.textSource, pages: record.file.pages, number: record.number }, 'extract done');
      return { documentId, textSource: record.textSource, docType: record.docType, number: record.number, pages: record.file.pages };
    },

    async index({ documentId }, job): Promise<IndexResult> {
      const log = logFor(job, documentId);
      const stored = await store.getRecord(documentId);
      if (!stored) throw new UnrecoverableError(`record ${documentId} is not in the store (extract first)`);
      let record = stored;
      let duplicateOf: string[] = [];
      if (stored.number) {
        duplicateOf = await searchIndex.findSameNumber(stored.number, stored.issuer, documentId);
        record = withDuplicateWarnings(stored, duplicateOf);
        if (!sameList(record.warnings, stored.warnings)) await store.putRecord(record);
        if (duplicateOf.length) log.info({ duplicateOf, number: stored.number }, 'possible duplicate');
      }
      // refresh: the next document's duplicate check and the ingest command's search see it at once.
      try {
        await searchIndex.indexRecords([record], { refresh: true });
      } catch (error) {
        // 429, 5xx and "unreachable" are transient: thrown as is, retried with backoff. A 4xx
        // rejection of this record (e.g. a mapping conflict) will not pass on a retry.
        if (rejectedForGood(error)) throw new UnrecoverableError(error.message);
        throw error;
      }
      log.info('indexed');
      return { documentId, duplicateOf };
    },
  };
}
