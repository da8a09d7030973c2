// What each job does, as calls to the services (app/). `extract`: stored original → pipeline (in a
// thread) → the record (with every correction laid over it) → `index` job. `index`: duplicate check
// → Elasticsearch. A stale write is retried inside the services; a job that fails for good leaves
// its reason on the document in the record store (handlers.ts).
import { UnrecoverableError, type Job } from 'bullmq';
import type { DocumentService } from '../app/documents.ts';
import { NotFoundError } from '../app/errors.ts';
import type { IndexingService, IndexResult } from '../app/indexing.ts';
import { isBadInput } from '../pipeline/errors.ts';
import type { DocumentRecord } from '../schemas/record.ts';
import { SearchIndexError } from '../search/es-index.ts';
import type { RecordStore } from '../store/record-store.ts';
import type { ExtractPool } from './extract-pool.ts';
import type { JobHandlers } from './handlers.ts';
import type { Logger } from './logger.ts';

export type { IndexResult } from '../app/indexing.ts';
export { withDuplicateWarnings } from '../app/indexing.ts';

export interface ProcessorDeps {
  documents: DocumentService;
  indexing: IndexingService;
  records: RecordStore;
  pool: ExtractPool;
  logger: Logger;
}

export interface ExtractResult {
  documentId: string;
  textSource: DocumentRecord['textSource'];
  docType: string | null;
  number: string | null;
  pages: number;
  version: number;
}

function rejectedForGood(error: unknown): error is SearchIndexError {
  return error instanceof SearchIndexError && !error.transient && error.status !== null && error.status >= 400 && error.status < 500 && ![408, 409, 429].includes(error.status);
}

export function createHandlers(deps: ProcessorDeps): JobHandlers {
  const logFor = (job: Job, documentId: string) => deps.logger.child({ queue: job.queueName, jobId: job.id, documentId, attempt: job.attemptsMade + 1 });

  return {
    async extract({ documentId, name }, job): Promise<ExtractResult> {
      const log = logFor(job, documentId);
      const original = await deps.documents.getOriginal(documentId);
      if (!original) throw new UnrecoverableError(`original ${documentId} is not in the store`);
      const started = Date.now();
      log.info({ file: name, bytes: original.meta.bytes }, 'extract started');
      let record: DocumentRecord;
      try {
        record = await deps.pool.extract({ name, bytes: original.bytes });
      } catch (error) {
        if (isBadInput(error)) {
          log.warn({ file: name, reason: error.message }, 'extract failed: bad input, not retried');
          throw new UnrecoverableError(error.message);
        }
        log.warn({ file: name, err: error }, 'extract failed, will retry');
        throw error;
      }
      const version = await deps.documents.saveExtraction(documentId, record);
      await deps.indexing.queueIndex(documentId);
      log.info({ ms: Date.now() - started, textSource: record.textSource, pages: record.file.pages, number: record.number, version }, 'extract done');
      return { documentId, textSource: record.textSource, docType: record.docType, number: record.number, pages: record.file.pages, version };
    },

    async index({ documentId }, job): Promise<IndexResult> {
      const log = logFor(job, documentId);
      try {
        const result = await deps.indexing.indexDocument(documentId);
        log.info({ version: result.version }, 'indexed');
        return result;
      } catch (error) {
        if (error instanceof NotFoundError) throw new UnrecoverableError(error.message);
        // 429, 5xx and "unreachable" are transient: thrown as is, retried with backoff. A 4xx
        // rejection of this record (e.g. a mapping conflict) will not pass on a retry.
        if (rejectedForGood(error)) throw new UnrecoverableError(error.message);
        throw error;
      }
    },
  };
}
