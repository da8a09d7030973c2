// Contract of the content-addressed store of originals and records. The store, not the index, is
// the system of record: the Elasticsearch index can be dropped and rebuilt from it (`vanthu reindex`).
import type { DocumentRecord } from '../schemas/record.ts';

export interface StoredOriginal {
  id: string; // sha256 of the bytes
  name: string; // the name it was uploaded with (display only, never used as a path)
  bytes: number;
  receivedAt: string; // ISO time of first receipt
}

export interface DocumentStore {
  /** Store the bytes under their sha256; storing the same bytes again is a no-op. Returns the id. */
  putOriginal(bytes: Uint8Array, name: string): Promise<StoredOriginal>;
  getOriginal(id: string): Promise<{ meta: StoredOriginal; bytes: Buffer } | null>;
  putRecord(record: DocumentRecord): Promise<void>;
  getRecord(id: string): Promise<DocumentRecord | null>;
  /** Every stored record id, for reindexing. */
  recordIds(): AsyncIterable<string>;
}

/** What readers need: the API's routes and the reindex. The record store and blob store answer it. */
export type DocumentReader = Pick<DocumentStore, 'getOriginal' | 'getRecord' | 'recordIds'>;
