// Starting and stopping the queue workers of one process.
import os from 'node:os';
import { Worker, type WorkerOptions } from 'bullmq';
import type { PipelineContext } from '../pipeline/run.ts';
import { shutdownOcr } from '../pipeline/ocr/engine.ts';
import { createExtractPool, type ExtractPool } from './extract-pool.ts';
import { assertHandlers, processorFor, type JobHandlers } from './handlers.ts';
import type { Logger } from './logger.ts';
import { createHandlers, type ProcessorDeps } from './processors.ts';
import { QUEUE_NAMES, documentIdOfJob, type QueueName, type Queues } from './queues.ts';
import { createRedisConnection } from './redis.ts';

export type StallOptions = Partial<Pick<WorkerOptions, 'lockDuration' | 'stalledInterval' | 'maxStalledCount'>>;

export interface WorkerDeps {
  redisUrl: string;
  prefix: string;
  /** The services the job handlers call (app/). */
  services: Omit<ProcessorDeps, 'pool' | 'logger'>;
  /** Producer queues (the extract handler adds `index` jobs through them). */
  queues: Queues;
  logger: Logger;
  /** Pipeline settings for the extract threads; `ocr.workers` is the OCR workers of the whole process. */
  pipeline: PipelineContext;
  /** Extract jobs at once (= extract threads). */
  extractConcurrency: number;
  /**
   * Index jobs at once across ALL workers (BullMQ global concurrency). Default 1: each document's
   * duplicate check then sees every document indexed before it (indexing refreshes), so two copies
   * of one letter are always flagged; an index job takes milliseconds, OCR seconds.
   */
  indexConcurrency?: number;
  /** Which queues to work on (default both). */
  queueNames?: readonly QueueName[];
  /** Lock and stalled-job settings (tests shorten them). */
  stall?: StallOptions;
  /** Abandon one extraction after this long (default 10 min). */
  extractTimeoutMs?: number;
  /** Replace the job handlers (tests); checked like the real ones. */
  handlers?: (defaults: JobHandlers) => Record<string, unknown>;
}

export interface RunningWorkers {
  workers: Worker[];
  /** Stop taking jobs, let the jobs in flight finish, then free threads, OCR and connections. */
  close(): Promise<void>;
}

/**
 * Lock and stall defaults: a job's lock is renewed every 15 s; a worker that dies (kill -9, OOM) leaves
 * its jobs "stalled", and another worker moves them back to wait within ~30-60 s. Two stalls are
 * allowed before the job fails: a document that kills its worker every time must not loop forever.
 */
const DEFAULT_STALL: Required<StallOptions> = { lockDuration: 30_000, stalledInterval: 30_000, maxStalledCount: 2 };

export async function startWorkers(deps: WorkerDeps): Promise<RunningWorkers> {
  const names = deps.queueNames ?? QUEUE_NAMES;
  const concurrency = Math.max(1, deps.extractConcurrency);
  // The process's OCR workers are shared out among the extract threads (at least one each).
  const perThreadOcr = Math.max(1, Math.floor(deps.pipeline.ocr.workers / concurrency));
  const pool: ExtractPool = createExtractPool({
    size: concurrency,
    pipeline: { ...deps.pipeline, ocr: { ...deps.pipeline.ocr, workers: perThreadOcr } },
    ...(deps.extractTimeoutMs ? { timeoutMs: deps.extractTimeoutMs } : {}),
  });
  const defaults = createHandlers({ ...deps.services, pool, logger: deps.logger });
  const handlers = deps.handlers ? deps.handlers(defaults) : defaults;
  assertHandlers(handlers);

  const indexConcurrency = Math.max(1, deps.indexConcurrency ?? 1);
  if (names.includes('index')) await deps.queues.index.setGlobalConcurrency(indexConcurrency);
  const connection = createRedisConnection(deps.redisUrl, 'worker', `vanthu-worker:${os.hostname()}:${process.pid}`);
  const workerName = `${os.hostname()}:${process.pid}`;
  const stall = { ...DEFAULT_STALL, ...deps.stall };
  const workers = names.map((queue) => {
    const worker = new Worker(queue, processorFor(queue, handlers, (id, stage, reason) => deps.services.records.setFailure(id, { stage, reason })), {
      connection,
      prefix: deps.prefix,
      name: workerName,
      concurrency: queue === 'extract' ? concurrency : indexConcurrency,
      ...stall,
    });
    const log = deps.logger.child({ queue });
    worker.on('failed', (job, error) => {
      if (!job) return;
      const documentId = (job.data as { documentId?: string }).documentId;
      const fields = { jobId: job.id, documentId, attemptsMade: job.attemptsMade, reason: error.message };
      // A bad file is the user's problem, not the system's: a warning. Retries running out is an error.
      if (error.name === 'UnrecoverableError') log.warn(fields, 'job failed, not retried');
      else if (job.attemptsMade >= (job.opts.attempts ?? 1)) log.error(fields, 'job failed, out of retries');
      else return log.warn(fields, 'job failed, will retry');
      // Also when no handler ran to say so (a job that stalled too often).
      const stage = job.name === 'extract' || job.name === 'index' ? job.name : null;
      if (documentId && stage) deps.services.records.setFailure(documentId, { stage, reason: error.message }).catch(() => {});
    });
    worker.on('stalled', (jobId) => log.warn({ jobId, documentId: documentIdOfJob(jobId) }, 'job stalled (its worker died?); back to wait'));
    worker.on('error', (error) => log.error({ err: error }, 'worker error'));
    return worker;
  });
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  deps.logger.info({ queues: names, extractConcurrency: concurrency, ocrWorkersPerThread: perThreadOcr, prefix: deps.prefix }, 'workers started');

  let closing: Promise<void> | undefined;
  return {
    workers,
    close() {
      closing ??= (async () => {
        deps.logger.info('workers closing: letting jobs in flight finish');
        await Promise.all(workers.map((w) => w.close()));
        await pool.close();
        await shutdownOcr();
        await connection.quit().catch(() => connection.disconnect());
        deps.logger.info('workers closed');
      })();
      return closing;
    },
  };
}
