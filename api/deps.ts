// What the API needs from the rest of the system: the services of app/ and the readers they offer.
// Tests pass real instances built on their own database and prefixes; startServer() builds them
// from config() through app/runtime.ts.
import type { Logger } from 'pino';
import type { DocumentService, IngestedFile, IngestFile } from '../app/documents.ts';
import type { EdxmlReceiver } from '../exchange/edxml/receiver.ts';
import type { SearchIndex } from '../search/contract.ts';
import type { DocumentReader } from '../store/document-store.ts';
import type { RecordStore } from '../store/record-store.ts';
import type { UserStore } from './auth/users.ts';
import type { Queues } from './jobs.ts';

export type UploadFile = IngestFile;
export type { IngestedFile };

/** Store the files and queue their extraction (app/documents.ts). */
export type Ingest = (files: UploadFile[]) => Promise<IngestedFile[]>;

export interface ApiLimits {
  /** Largest file accepted (default config().maxFileBytes). */
  maxFileBytes: number;
  /** Most files in one upload request. */
  maxFiles: number;
  /** Most bytes of files in one upload request: they are held in memory until all are checked. */
  maxRequestBytes: number;
}

export interface ApiDeps {
  /** Originals and current records. */
  store: DocumentReader;
  /** Ingest, corrections (the one writer of records). */
  documents: DocumentService;
  /** Where each document stands (status). */
  records: RecordStore;
  search: SearchIndex;
  queues: Queues;
  /** Defaults to documents.ingest. */
  ingest?: Ingest;
  /** The system of record, for /health (app/database.ts). */
  database?: { ping(): Promise<boolean> };
  /** Anything that answers PING (an ioredis client). */
  redis: { ping(): Promise<string> };
  logger?: Logger;
  limits?: Partial<ApiLimits>;
  /** Users, API keys and sessions (app/users.ts, in PostgreSQL). */
  users: UserStore;
  /** Session cookie settings; default from config().auth (a random secret when none is set). */
  session?: { secret?: string; secure?: 'auto' | boolean; ttlSeconds?: number };
  /** Receives edXML packages (POST /edxml); without it that route answers 503. */
  edxml?: EdxmlReceiver;
}
