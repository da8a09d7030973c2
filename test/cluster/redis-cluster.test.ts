// BullMQ on a local Redis Cluster of 3 masters (dev/cluster.sh redis-start, ports 7011-7013, not the
// shared Redis on 6379): the configuration switch (VANTHU_REDIS_CLUSTER_NODES, a hash-tagged queue
// prefix), then real files through the project's queues and workers (extract → index) into the
// shared dev Elasticsearch under the test's own index prefix. The cluster is torn down at the end.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';
import { createSearchIndex } from '../../search/es-index.ts';
import { silentLogger } from '../../workers/logger.ts';
import { waitForDocuments } from '../../workers/progress.ts';
import { openRuntime, type Runtime } from '../../app/runtime.ts';
import type { RunningWorkers } from '../../workers/start.ts';
import { createTestDatabase, type TestDatabase } from '../integration/helpers/database.ts';
import { readSamples } from '../integration/helpers/samples.ts';
import { cluster, redisMissing } from './cluster-script.ts';

const PORT = 7011;
const env = { CLUSTER_REDIS_PORT: String(PORT) };
const nodes = [PORT, PORT + 1, PORT + 2].map((p) => `127.0.0.1:${p}`).join(',');
const id = randomBytes(4).toString('hex');
const esUrl = loadConfig().elasticsearch.url;

const missing =
  redisMissing() ??
  (await (async () => {
    const probe = createSearchIndex({ url: esUrl, index: `vt-rc-${id}` });
    const up = await probe.ping();
    await probe.close();
    return up ? null : `Elasticsearch does not answer at ${esUrl} (bash dev/services.sh start)`;
  })());
if (missing) console.warn(`[redis-cluster.test] SKIPPED: ${missing}`);

describe.skipIf(missing !== null)('BullMQ on a 3-master Redis Cluster', () => {
  let rt: Runtime | undefined;
  let workers: RunningWorkers | undefined;
  let storeDir = '';
  let database: TestDatabase | undefined;

  beforeAll(async () => {
    await cluster(['redis-stop'], env); // leftovers of an interrupted run
    await cluster(['redis-start'], env, 60_000);
  }, 90_000);

  afterAll(async () => {
    await workers?.close();
    if (rt) {
      await Promise.all(Object.values(rt.queues).map((q) => q.obliterate({ force: true }).catch(() => {})));
      await rt.searchIndex.drop().catch(() => {});
      await rt.close();
    }
    if (storeDir) await rm(storeDir, { recursive: true, force: true });
    await database?.drop();
    await cluster(['redis-stop'], env);
  }, 120_000);

  it('refuses a queue prefix without a hash tag', () => {
    expect(() => loadConfig({ VANTHU_REDIS_CLUSTER_NODES: nodes, VANTHU_QUEUE_PREFIX: 'vanthu' })).toThrow(ConfigError);
    expect(() => loadConfig({ VANTHU_REDIS_CLUSTER_NODES: 'not a node list' })).toThrow(/VANTHU_REDIS_CLUSTER_NODES/);
  });

  it('runs extract and index jobs; all of a queue\'s keys sit in one slot', async () => {
    storeDir = await mkdtemp(path.join(os.tmpdir(), `vt-rc-${id}-store-`));
    database = await createTestDatabase('redis_cluster');
    const cfg = loadConfig({
      ...process.env,
      VANTHU_REDIS_CLUSTER_NODES: nodes,
      VANTHU_QUEUE_PREFIX: `{vt-rc-${id}}`,
      VANTHU_DATABASE_URL: database.url,
      VANTHU_ES_INDEX: `vt-rc-${id}`,
      VANTHU_STORE_DIR: storeDir,
      VANTHU_ES_URL: esUrl,
    });
    rt = await openRuntime({ ...cfg, ocr: { ...cfg.ocr, workers: 1 }, extractConcurrency: 1 }, { logger: silentLogger() });
    workers = await rt.startWorkers();

    const names = ['congvan-ubnd-quangbinh-1875.pdf', 'giaymoi-bvdk-thanhhoa-312.pdf', 'thongbao-syt-nghean-215.docx', 'kehoach-cdc-thaibinh-86.docx', 'bad/truncated.pdf'];
    const ingested = await rt.ingest(await readSamples(names));
    const states = await waitForDocuments(rt.records, ingested.map((f) => f.id), { timeoutMs: 120_000 });
    const byName = Object.fromEntries(names.map((n, i) => [n, states.get(ingested[i]!.id)?.state]));
    expect(byName).toEqual({
      'congvan-ubnd-quangbinh-1875.pdf': 'indexed',
      'giaymoi-bvdk-thanhhoa-312.pdf': 'indexed',
      'thongbao-syt-nghean-215.docx': 'indexed',
      'kehoach-cdc-thaibinh-86.docx': 'indexed',
      'bad/truncated.pdf': 'failed',
    });
    expect(await rt.searchIndex.count()).toBe(4);
    expect((await rt.searchIndex.search({ q: 'phong chong benh bach hau' })).hits[0]?.id).toBe(ingested[0]!.id);

    const completed = await rt.queues.extract.getJobCountByTypes('completed');
    expect(completed).toBe(names.length - 1);

    // The hash tag puts every key of the queues on one master: BullMQ's scripts need that.
    const holders: number[] = [];
    for (const port of [PORT, PORT + 1, PORT + 2]) {
      const redis = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1 });
      const [, keys] = await redis.scan('0', 'MATCH', `{vt-rc-${id}}:*`, 'COUNT', 10_000);
      if (keys.length > 0) holders.push(port);
      redis.disconnect();
    }
    expect(holders).toHaveLength(1);
  }, 180_000);
});
