// What the API needs from the rest of the system. Tests pass real instances built on their own
// prefixes; startServer() builds them from config().
import type { Logger } from 'pino';
import type { SearchIndex } from '../search/contract.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { UserStore } from './auth/users.ts';
import type { Queues } from './jobs.ts';

import type { IngestedFile, IngestFile } from '../workers/ingest.ts';

export type UploadFile = IngestFile;
export type { IngestedFile };

/** Store the files and queue their extraction (workers/ingest.ts). */
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
  store: DocumentStore;
  search: SearchIndex;
  queues: Queues;
  /** Defaults to workers/ingest.ts ingestFiles() on store and queues. */
  ingest?: Ingest;
  /** Anything that answers PING (an ioredis client). */
  redis: { ping(): Promise<string> };
  logger?: Logger;
  limits?: Partial<ApiLimits>;
  /** Users, API keys and sessions (api/auth/users.ts createUserStore). */
  users: UserStore;
  /** Session cookie settings; default from config().auth (a random secret when none is set). */
  session?: { secret?: string; secure?: 'auto' | boolean; ttlSeconds?: number };
}
