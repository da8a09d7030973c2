// `vanthu watch DIR`: ingest what is dropped into DIR until SIGINT/SIGTERM (app/watch-folder.ts does
// the work). Workers running elsewhere (`vanthu worker`) do the extraction; queues that have none
// get workers in this process, checked again now and then so the folder never waits for ever.
import { config } from '../config.ts';
import { createLogger } from '../workers/logger.ts';
import { QUEUE_NAMES, queuesWithWorkers } from '../workers/queues.ts';
import type { RunningWorkers } from '../workers/start.ts';
import { openRuntime } from '../app/runtime.ts';
import { createWatchFolder } from '../app/watch-folder.ts';
import { DOCUMENT_EXTENSIONS } from './files.ts';
import { onSignals } from './signals.ts';

export interface WatchCommandOptions {
  pollMs?: number;
  stableMs?: number;
  localWorkers?: boolean; // commander: --no-local-workers sets false
}

export async function watchCommand(dir: string, options: WatchCommandOptions): Promise<number> {
  const cfg = config();
  const logger = createLogger(cfg.logLevel, 2);
  const rt = await openRuntime(cfg, { logger, require: { redis: true, elasticsearch: options.localWorkers !== false } });
  const local: RunningWorkers[] = [];
  const staffQueues = async () => {
    if (options.localWorkers === false) return;
    const staffed = await queuesWithWorkers(rt.queues);
    const missing = QUEUE_NAMES.filter((q) => !staffed.has(q));
    if (missing.length) local.push(await rt.startWorkers({ queueNames: missing }));
  };
  const abort = new AbortController();
  const watcher = createWatchFolder(
    { documents: rt.documents, records: rt.records, maxFileBytes: cfg.maxFileBytes, extensions: DOCUMENT_EXTENSIONS, logger },
    {
      dir,
      signal: abort.signal,
      ...(options.pollMs ? { pollMs: options.pollMs } : {}),
      ...(options.stableMs !== undefined ? { stableMs: options.stableMs } : {}),
      onMoved: (e) => process.stdout.write(e.to === 'done' ? `done: ${e.name}\n` : `failed: ${e.name}: ${e.reason}\n`),
    },
  );
  const stopSignals = onSignals(async () => abort.abort());
  let staffing: Promise<void> = Promise.resolve();
  const watchdog = setInterval(() => {
    staffing = staffing.then(staffQueues).catch((error: unknown) => logger.warn({ err: error }, 'watch: starting workers failed'));
  }, 10_000);
  try {
    await staffQueues();
    process.stderr.write(`vanthu: watching ${dir} (done/, failed/ beside the files; Ctrl-C to stop)\n`);
    await watcher.run();
    return 0;
  } finally {
    clearInterval(watchdog);
    stopSignals();
    await staffing;
    await Promise.all(local.map((w) => w.close()));
    await rt.close();
  }
}
