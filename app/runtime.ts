// The composition root: everything a command, the API, a worker or a test needs, built from one
// Config: the system of record (PostgreSQL + blob store), the search index, the queues and their
// Redis connection, and the services on them (documents, indexing, users). Tests pass a Config
// with their own database, queue prefix, index prefix and blob folder; commands pass config().
import type { RedisConnection as Redis } from '../workers/redis.ts';
import type { Config } from '../config.ts';
import type { PipelineContext } from '../pipeline/run.ts';
import type { SearchIndex } from '../search/contract.ts';
import { createSearchIndex } from '../search/es-index.ts';
import type { DocumentReader } from '../store/document-store.ts';
import type { RecordStore } from '../store/record-store.ts';
import { ServiceUnavailableError, redactUrl } from '../workers/errors.ts';
import { createLogger, type Logger } from '../workers/logger.ts';
import { closeQueues, createQueues, type JobOptionsOverrides, type Queues } from '../workers/queues.ts';
import { checkRedis, createRedisConnection } from '../workers/redis.ts';
import { startWorkers, type RunningWorkers, type WorkerDeps } from '../workers/start.ts';
import { documentReader, openSystemOfRecord, type SystemOfRecord } from './database.ts';
import { createDocumentService, type DocumentService, type IngestFile, type IngestedFile } from './documents.ts';
import { createIndexingService, type IndexingService } from './indexing.ts';
import { createUserService, type UserStore } from './users.ts';

export type RuntimeConfig = Pick<
  Config,
  'redisUrl' | 'queuePrefix' | 'storeDir' | 'databaseUrl' | 'elasticsearch' | 'ocr' | 'maxFileBytes' | 'extractConcurrency' | 'logLevel'
> & { auth?: Pick<Config['auth'], 'sessionTtlSeconds'> };

export interface Runtime {
  config: RuntimeConfig;
  logger: Logger;
  /** Producer connection shared by the queues (and fit for PING). */
  redis: Redis;
  queues: Queues;
  sor: SystemOfRecord;
  records: RecordStore;
  /** Originals and records for readers (API routes, reindex). */
  store: DocumentReader;
  users: UserStore;
  searchIndex: SearchIndex;
  documents: DocumentService;
  indexing: IndexingService;
  pipeline: PipelineContext;
  ingest(files: IngestFile[]): Promise<IngestedFile[]>;
  /** Start queue workers in this process with this runtime's services and queues. */
  startWorkers(overrides?: Partial<WorkerDeps>): Promise<RunningWorkers>;
  close(): Promise<void>;
}

export interface OpenOptions {
  logger?: Logger;
  /** Fail with a ServiceUnavailableError when a service does not answer (default: both). */
  require?: { redis?: boolean; elasticsearch?: boolean };
  jobOptions?: JobOptionsOverrides;
}

export async function checkElasticsearch(searchIndex: SearchIndex, url: string): Promise<void> {
  if (!(await searchIndex.ping())) throw new ServiceUnavailableError(`cannot reach Elasticsearch at ${redactUrl(url)}`);
}

export async function openRuntime(cfg: RuntimeConfig, options: OpenOptions = {}): Promise<Runtime> {
  const need = { redis: true, elasticsearch: true, ...options.require };
  const logger = options.logger ?? createLogger(cfg.logLevel);
  const searchIndex = createSearchIndex({ url: cfg.elasticsearch.url, index: cfg.elasticsearch.index });
  let sor: SystemOfRecord;
  try {
    if (need.redis) await checkRedis(cfg.redisUrl);
    if (need.elasticsearch) await checkElasticsearch(searchIndex, cfg.elasticsearch.url);
    sor = await openSystemOfRecord(cfg);
  } catch (error) {
    await searchIndex.close();
    throw error;
  }
  const redis = createRedisConnection(cfg.redisUrl, 'producer', 'vanthu-producer');
  const queues = createQueues({ connection: redis, prefix: cfg.queuePrefix, ...(options.jobOptions ? { jobOptions: options.jobOptions } : {}) });
  const { records } = sor;
  const indexing = createIndexingService({ records, search: searchIndex, queues, logger });
  const documents = createDocumentService({ records, blobs: sor.blobs, queues, indexing, logger });
  const users = createUserService(sor.userRecords, { sessionTtlSeconds: cfg.auth?.sessionTtlSeconds ?? 12 * 3600 });
  const pipeline: PipelineContext = { ocr: cfg.ocr, maxFileBytes: cfg.maxFileBytes };
  let closed = false;
  return {
    config: cfg,
    logger,
    redis,
    queues,
    sor,
    records,
    store: documentReader(records, sor.blobs),
    users,
    searchIndex,
    documents,
    indexing,
    pipeline,
    ingest: (files) => documents.ingest(files),
    startWorkers: (overrides) =>
      startWorkers({
        redisUrl: cfg.redisUrl,
        prefix: cfg.queuePrefix,
        services: { documents, indexing, records },
        queues,
        logger,
        pipeline,
        extractConcurrency: cfg.extractConcurrency,
        ...overrides,
      }),
    async close() {
      if (closed) return;
      closed = true;
      await closeQueues(queues);
      await redis.quit().catch(() => redis.disconnect());
      await searchIndex.close();
      await sor.close();
    },
  };
}
