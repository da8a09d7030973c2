// Contract of the search layer (Elasticsearch 8.x through @elastic/elasticsearch 8).
import type { TrackedObligation } from '../schemas/obligation.ts';
import type { DocumentRecord } from '../schemas/record.ts';

export interface SearchQuery {
  q?: string;
  docType?: string;
  issuer?: string;
  signer?: string;
  /** Only documents with (true) or without (false) a digital signature (có ký số). */
  signed?: boolean;
  /** Only documents that cite this number ("documents citing it"). */
  reference?: string;
  from?: string; // YYYY-MM-DD, issuedDate >=
  to?: string; // YYYY-MM-DD, issuedDate <=
  /** relevance (default; by date when there is no text) or date, newest first. */
  sort?: 'relevance' | 'date';
  page?: number; // 1-based
  size?: number;
}

export interface SearchHit {
  id: string;
  number: string | null;
  docType: string | null;
  issuer: string[];
  issuedDate: string | null;
  subject: string | null;
  score: number | null;
  highlight: string[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** `signed` holds one bucket, "có ký số", when any hit carries a digital signature. */
  facets: Record<'docType' | 'issuer' | 'signer' | 'year' | 'signed', { value: string; count: number }[]>;
}

export interface ObligationQuery {
  /** Words of an assignee's name, diacritics optional ("so y te" finds "Sở Y tế các tỉnh"). */
  assignee?: string;
  /** Falls due (any date for a recurrence) on or after / on or before, YYYY-MM-DD. */
  dueFrom?: string;
  dueTo?: string;
  status?: 'open' | 'fulfilled' | 'overdue';
  documentId?: string;
  page?: number;
  size?: number;
}

export interface ObligationResult {
  total: number;
  /** Under the same filters, whatever the status filter. */
  counts: { open: number; fulfilled: number; overdue: number };
  items: TrackedObligation[];
}

export interface SkippedRecord {
  id: string;
  reason: string;
}

export interface RebuildOptions {
  batchSize?: number;
  onProgress?: (indexed: number) => void;
}

export interface RebuildResult {
  indexed: number;
  /** Records that could not be indexed (the rest went in), with the reason. */
  skipped: SkippedRecord[];
  /** The indices now behind the aliases. */
  index: string;
  obligationsIndex: string;
}

export interface SearchIndex {
  /** Create the versioned index and point the alias at it (idempotent). */
  migrate(): Promise<void>;
  /**
   * Bulk-index records, and rebuild the tracked obligations of every letter they are or cite;
   * throws on failure so a queue can retry (429/5xx are transient).
   */
  indexRecords(records: DocumentRecord[], options?: { refresh?: boolean }): Promise<void>;
  /**
   * Build new indices from `records` while searches keep using the current ones, then move the
   * aliases (one atomic step each) and delete the old indices: no moment without results.
   */
  rebuild(records: AsyncIterable<DocumentRecord>, options?: RebuildOptions): Promise<RebuildResult>;
  getRecord(id: string): Promise<DocumentRecord | null>;
  /** Those of `ids` the index does not hold (recovery after a lost index or queue). */
  missingIds(ids: string[]): Promise<string[]>;
  /** Other documents with the same number and issuer (Nghị định 30/2020, Phụ lục VI duplicate warning). */
  findSameNumber(number: string, issuer: string[], exceptId: string): Promise<string[]>;
  search(query: SearchQuery): Promise<SearchResult>;
  searchObligations(query: ObligationQuery): Promise<ObligationResult>;
  count(): Promise<number>;
  /** Drop the index behind the alias (tests, reindex from scratch). */
  drop(): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
