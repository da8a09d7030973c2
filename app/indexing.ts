// Indexing: the duplicate check (same number and issuer, Nghị định 30/2020 Phụ lục VI), written to
// the record through the row-version check, then the record into Elasticsearch. After the index
// write the version is read again: when a correction or an extraction landed meanwhile, the newer
// version is indexed too, so the index never keeps an older record than the store.
import { DUPLICATE_WARNING, type DocumentRecord } from '../schemas/record.ts';
import type { SearchIndex } from '../search/contract.ts';
import type { RecordStore } from '../store/record-store.ts';
import type { Logger } from '../workers/logger.ts';
import { enqueue, type Queues } from '../workers/queues.ts';
import { NotFoundError } from './errors.ts';
import { writeWithRetry } from './record-versions.ts';

export interface IndexResult {
  documentId: string;
  /** Other documents with the same number and issuer. */
  duplicateOf: string[];
  version: number;
}

const duplicateWarning = (id: string) => `${DUPLICATE_WARNING}${id}`;

/** The record with its duplicate warnings replaced by those for `duplicateOf` (idempotent on retry). */
export function withDuplicateWarnings(record: DocumentRecord, duplicateOf: string[]): DocumentRecord {
  const others = record.warnings.filter((w) => !w.startsWith(DUPLICATE_WARNING));
  return { ...record, warnings: [...others, ...duplicateOf.map(duplicateWarning)] };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function createIndexingService(deps: { records: RecordStore; search: SearchIndex; queues: Queues; logger?: Logger }) {
  const { records, search } = deps;

  async function indexDocument(id: string): Promise<IndexResult> {
    for (let round = 0; ; round++) {
      let duplicateOf: string[] = [];
      const written = await writeWithRetry(records, id, async (current) => {
        if (!current) throw new NotFoundError(`record ${id} is not in the store (extract first)`);
        const { record } = current;
        duplicateOf = record.number ? await search.findSameNumber(record.number, record.issuer, id) : [];
        const flagged = record.number ? withDuplicateWarnings(record, duplicateOf) : record;
        return sameList(flagged.warnings, record.warnings) ? null : { record: flagged, pipelineVersion: current.pipelineVersion };
      });
      // refresh: the next document's duplicate check and the ingest command's search see it at once.
      await search.indexRecords([written.record!], { refresh: true });
      await records.markIndexed(id, written.version!);
      const now = await records.getCurrent(id);
      if (!now || now.version === written.version || round >= 5) {
        if (duplicateOf.length) deps.logger?.info({ documentId: id, duplicateOf }, 'possible duplicate');
        return { documentId: id, duplicateOf, version: written.version! };
      }
    }
  }

  return {
    indexDocument,
    async queueIndex(id: string): Promise<string> {
      const doc = await records.getDocument(id);
      if (doc?.failure?.stage === 'index') await records.setFailure(id, null); // trying again
      const job = await enqueue(deps.queues, 'index', { documentId: id });
      await records.setJob(id, 'index', String(job.id));
      return String(job.id);
    },
    /** Those of `ids` (documents with a record) that the index does not hold. */
    missingFromIndex: (ids: string[]) => search.missingIds(ids),
  };
}

export type IndexingService = ReturnType<typeof createIndexingService>;
