// Everything a command (or the API, or a test) needs, built from one Config: store, search index,
// queues and their Redis connection, logger. Tests pass a Config with their own queue prefix, index
// prefix and store dir; commands pass config().
import type { Config } from '../config.ts';
import type { PipelineContext } from '../pipeline/run.ts';
import type { SearchIndex } from '../search/contract.ts';
import { createSearchIndex } from '../search/es-index.ts';
import type { DocumentStore } from '../store/document-store.ts';
import { createFsStore } from '../store/fs-store.ts';
import type { Redis } from 'ioredis';
import { ServiceUnavailableError, redactUrl } from './errors.ts';
import { ingestFiles, type IngestFile, type IngestedFile } from './ingest.ts';
import { createLogger, type Logger } from './logger.ts';
import { closeQueues, createQueues, type JobOptionsOverrides, type Queues } from './queues.ts';
import { checkRedis, createRedisConnection } from './redis.ts';
import { startWorkers, type RunningWorkers, type WorkerDeps } from './start.ts';

export type RuntimeConfig = Pick<Config, 'redisUrl' | 'queuePrefix' | 'storeDir' | 'elasticsearch' | 'ocr' | 'maxFileBytes' | 'extractConcurrency' | 'logLevel'>;

export interface Runtime {
  config: RuntimeConfig;
  logger: Logger;
  /** Producer connection shared by the queues (and fit for PING). */
  redis: Redis;
  queues: Queues;
  store: DocumentStore;
  searchIndex: SearchIndex;
  pipeline: PipelineContext;
  ingest(files: IngestFile[]): Promise<IngestedFile[]>;
  /** Start queue workers in this process with this runtime's store, index and queues. */
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
  try {
    if (need.redis) await checkRedis(cfg.redisUrl);
    if (need.elasticsearch) await checkElasticsearch(searchIndex, cfg.elasticsearch.url);
  } catch (error) {
    await searchIndex.close();
    throw error;
  }
  const redis = createRedisConnection(cfg.redisUrl, 'producer', 'vanthu-producer');
  const queues = createQueues({ connection: redis, prefix: cfg.queuePrefix, ...(options.jobOptions ? { jobOptions: options.jobOptions } : {}) });
  const store = createFsStore(cfg.storeDir);
  const pipeline: PipelineContext = { ocr: cfg.ocr, maxFileBytes: cfg.maxFileBytes };
  let closed = false;
  return {
    config: cfg,
    logger,
    redis,
    queues,
    store,
    searchIndex,
    pipeline,
    ingest: (files) => ingestFiles(files, { store, queues, logger }),
    startWorkers: (overrides) =>
      startWorkers({
        redisUrl: cfg.redisUrl,
        prefix: cfg.queuePrefix,
        store,
        searchIndex,
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
    },
  };
}
