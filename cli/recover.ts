// `vanthu recover`: after Redis lost its queues (a restart without persistence, a flush), queue
// again what the record store says is unfinished: documents without a record are extracted, those
// whose record is not in the index are indexed. `vanthu worker` does the same at start.
import { config } from '../config.ts';
import { openRuntime } from '../app/runtime.ts';
import { createLogger } from '../workers/logger.ts';

export async function recoverCommand(options: { json?: boolean }): Promise<number> {
  const cfg = config();
  const rt = await openRuntime(cfg, { logger: createLogger('warn', 2) });
  try {
    const queued = await rt.documents.recover();
    if (options.json) process.stdout.write(`${JSON.stringify(queued)}\n`);
    else process.stdout.write(`queued ${queued.extract} document(s) for extraction and ${queued.index} for indexing; workers (vanthu worker) will run them\n`);
    return 0;
  } finally {
    await rt.close();
  }
}
