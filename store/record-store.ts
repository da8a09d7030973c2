// Contract of the record store, the system of record: documents (an original each, by sha256),
// the current record of each with the pipeline version that made it and a row version, the
// corrections people made (an audit table), and where each document's jobs stand. Two drivers meet
// it: PostgreSQL (pg-store.ts) and memory (memory-store.ts); test/integration/store-contract.test.ts
// runs the same suite on both. Repositories only: no domain logic here (that is app/).
import type { DocumentRecord } from '../schemas/record.ts';

export interface DocumentMeta {
  id: string; // sha256 of the original's bytes
  name: string; // the name it was first uploaded with (display only, never a path)
  bytes: number;
  receivedAt: string; // ISO time of first receipt
}

export type JobStage = 'extract' | 'index';

export interface DocumentRow extends DocumentMeta {
  failure: { stage: JobStage; reason: string } | null;
  jobs: Record<JobStage, string | null>;
}

export interface CurrentRecord {
  record: DocumentRecord;
  /** Bumped by every write; a write names the version it read and is refused when it moved. */
  version: number;
  pipelineVersion: number;
  /** The version last put into the search index (null: never). */
  indexedVersion: number | null;
}

export interface Correction {
  field: string;
  from: unknown;
  to: unknown;
  by: string;
  at: string;
  /** The row version this correction produced. */
  version: number;
}

export interface RecordWrite {
  record: DocumentRecord;
  pipelineVersion: number;
  /** The version read before computing `record`; null: there must be no record yet. */
  expectedVersion: number | null;
  /** Written in the same transaction as the record. */
  correction?: Omit<Correction, 'version'>;
}

export interface IdFilter {
  /** Documents without a current record. */
  withoutRecord?: boolean;
  /** Documents with a current record. */
  withRecord?: boolean;
  /** Records whose current version has not been indexed (never, or an older one). */
  indexBehind?: boolean;
  /** Records made by a pipeline older than this version. */
  pipelineBefore?: number;
}

export interface RecordStore {
  /** Insert the document unless it exists; `created` says which. The first receipt's meta wins. */
  addDocument(meta: DocumentMeta): Promise<{ meta: DocumentMeta; created: boolean }>;
  getDocument(id: string): Promise<DocumentRow | null>;
  getCurrent(id: string): Promise<CurrentRecord | null>;
  /** Compare-and-set: the new row version, or null when `expectedVersion` is stale. */
  writeRecord(id: string, write: RecordWrite): Promise<number | null>;
  /** Every correction of the document, oldest first. */
  corrections(id: string): Promise<Correction[]>;
  markIndexed(id: string, version: number): Promise<void>;
  setFailure(id: string, failure: { stage: JobStage; reason: string } | null): Promise<void>;
  setJob(id: string, stage: JobStage, jobId: string): Promise<void>;
  /** Document ids in ascending order, `limit` after `after`. */
  listIds(filter: IdFilter, after: string | null, limit: number): Promise<string[]>;
  countDocuments(): Promise<number>;
}

/** Every id matching the filter, page by page. */
export async function* allIds(store: RecordStore, filter: IdFilter = {}, pageSize = 500): AsyncIterable<string> {
  let after: string | null = null;
  for (;;) {
    const page = await store.listIds(filter, after, pageSize);
    yield* page;
    if (page.length < pageSize) return;
    after = page.at(-1)!;
  }
}
