// `vanthu worker`: run the queue workers until SIGINT/SIGTERM, then stop taking jobs, let the jobs
// in flight finish (worker.close()), stop the extract threads and OCR, and exit.
import { config } from '../config.ts';
import { createLogger } from '../workers/logger.ts';
import { QUEUE_NAMES, type QueueName } from '../workers/queues.ts';
import { openRuntime } from '../app/runtime.ts';
import { onSignals } from './signals.ts';

export interface WorkerCommandOptions {
  queues?: string;
  lockDuration?: number;
  stalledInterval?: number;
}

export function parseQueueList(list: string | undefined): QueueName[] {
  if (!list) return [...QUEUE_NAMES];
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(QUEUE_NAMES as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`unknown queue(s): ${unknown.join(', ')} (queues: ${QUEUE_NAMES.join(', ')})`);
  return names as QueueName[];
}

export async function workerCommand(options: WorkerCommandOptions): Promise<number> {
  const cfg = config();
  const queueNames = parseQueueList(options.queues);
  const logger = createLogger(cfg.logLevel, 1);
  const rt = await openRuntime(cfg, { logger, require: { redis: true, elasticsearch: queueNames.includes('index') } });
  const stall = {
    ...(options.lockDuration ? { lockDuration: options.lockDuration } : {}),
    ...(options.stalledInterval ? { stalledInterval: options.stalledInterval } : {}),
  };
  let running;
  try {
    running = await rt.startWorkers({ queueNames, stall });
  } catch (error) {
    await rt.close();
    throw error;
  }
  const workers = running;
  // Redis may have lost the queues (a restart keeps nothing on this kind of machine): queue again
  // what the record store says is unfinished. Deduplicated, so jobs still queued are not doubled.
  try {
    await rt.documents.recover();
  } catch (error) {
    logger.warn({ err: error }, 'recover at start failed; run `vanthu recover` once Elasticsearch answers');
  }
  await new Promise<void>((resolve) => {
    onSignals(async (signal) => {
      logger.info({ signal }, 'signal received: stopping workers');
      await workers.close();
      await rt.close();
      resolve();
    });
  });
  return 0;
}
