// A private world for one bench run: its own PostgreSQL database, queue prefix, index prefix and
// blob folder on the real services (never the dev data), with the environment a child `vanthu`
// process needs to see it, all removed by cleanup().
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openRuntime, type Runtime } from '../app/runtime.ts';
import { config } from '../config.ts';
import { createScratchDatabase } from '../store/scratch-database.ts';
import { createLogger } from '../workers/logger.ts';

export interface World {
  prefix: string;
  env: Record<string, string>;
  rt: Runtime;
  cleanup(): Promise<void>;
}

export async function openWorld(label: string): Promise<World> {
  const prefix = `bench-${label}-${randomBytes(3).toString('hex')}`;
  const database = await createScratchDatabase(config().databaseUrl, prefix);
  const storeDir = await mkdtemp(path.join(os.tmpdir(), `${prefix}-store-`));
  const databaseUrl = database.url;
  const env = { VANTHU_QUEUE_PREFIX: prefix, VANTHU_ES_INDEX: prefix, VANTHU_STORE_DIR: storeDir, VANTHU_DATABASE_URL: databaseUrl };
  const base = config();
  const rt = await openRuntime(
    { ...base, queuePrefix: prefix, storeDir, databaseUrl, elasticsearch: { ...base.elasticsearch, index: prefix } },
    { logger: createLogger('warn') },
  );
  return {
    prefix,
    env,
    rt,
    async cleanup() {
      await Promise.all(Object.values(rt.queues).map((q) => q.obliterate({ force: true }).catch(() => {})));
      await rt.searchIndex.drop().catch(() => {});
      await rt.close();
      await rm(storeDir, { recursive: true, force: true });
      await database.drop();
    },
  };
}
