// A private world for one test file: its own PostgreSQL database, BullMQ prefix, Elasticsearch index
// prefix and blob folder on the real services, removed again by cleanup().
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { config } from '../../../config.ts';
import { silentLogger, createLogger, type Logger } from '../../../workers/logger.ts';
import type { JobOptionsOverrides } from '../../../workers/queues.ts';
import { openRuntime, type Runtime, type RuntimeConfig } from '../../../app/runtime.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export interface QueueTestEnv {
  /** Queue prefix and Elasticsearch index prefix (the same string). */
  prefix: string;
  storeDir: string;
  database: TestDatabase;
  cfg: RuntimeConfig;
  /** Environment for a child `node bin/vanthu.js ...` that must see this world. */
  childEnv: NodeJS.ProcessEnv;
  rt: Runtime;
  cleanup(): Promise<void>;
}

export interface EnvOptions {
  jobOptions?: JobOptionsOverrides;
  extractConcurrency?: number;
  /** Log to stderr at this level (default: silent). */
  logLevel?: string;
}

export async function createQueueTestEnv(name: string, options: EnvOptions = {}): Promise<QueueTestEnv> {
  const base = config();
  const prefix = `vt-${name}-${randomBytes(4).toString('hex')}`.toLowerCase();
  const storeDir = await mkdtemp(path.join(os.tmpdir(), `${prefix}-store-`));
  const database = await createTestDatabase(name);
  const cfg: RuntimeConfig = {
    ...base,
    queuePrefix: prefix,
    storeDir,
    databaseUrl: database.url,
    elasticsearch: { url: base.elasticsearch.url, index: prefix },
    // Modest on a 2-core CI machine: one OCR worker per extract thread.
    ocr: { ...base.ocr, workers: 1 },
    extractConcurrency: options.extractConcurrency ?? 1,
    logLevel: options.logLevel ?? 'silent',
  };
  const logger: Logger = options.logLevel ? createLogger(options.logLevel, 2) : silentLogger();
  const rt = await openRuntime(cfg, { logger, ...(options.jobOptions ? { jobOptions: options.jobOptions } : {}) });
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    VANTHU_QUEUE_PREFIX: prefix,
    VANTHU_ES_INDEX: prefix,
    VANTHU_STORE_DIR: storeDir,
    VANTHU_DATABASE_URL: database.url,
    VANTHU_REDIS_URL: cfg.redisUrl,
    VANTHU_ES_URL: cfg.elasticsearch.url,
    VANTHU_EXTRACT_CONCURRENCY: String(cfg.extractConcurrency),
    VANTHU_OCR_WORKERS: '1',
    VANTHU_LOG_LEVEL: 'info',
  };
  return {
    prefix,
    storeDir,
    database,
    cfg,
    childEnv,
    rt,
    async cleanup() {
      await Promise.all(Object.values(rt.queues).map((q) => q.obliterate({ force: true }).catch(() => {})));
      await rt.searchIndex.drop().catch(() => {});
      await rt.close();
      await deleteKeys(cfg.redisUrl, `${prefix}:*`);
      await rm(storeDir, { recursive: true, force: true });
      await database.drop();
    },
  };
}

/** Remove every key left under the prefix (events streams, meta, worker keys). */
async function deleteKeys(url: string, pattern: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
