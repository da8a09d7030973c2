// A 3-node Elasticsearch cluster on this machine (dev/cluster.sh, its own ports 9210-9212 and data
// folders, not the shared dev node), one replica per shard. 200 records go in through the real
// indexing path (SearchIndex.indexRecords, retried on transient errors the way the index queue
// retries its jobs); the node holding the primary is killed with SIGKILL in the middle. Nothing may
// be lost, searches must keep answering, and the cluster must turn green when the node returns.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../schemas/record.ts';
import type { SearchIndex } from '../../search/contract.ts';
import { createSearchIndex, SearchIndexError } from '../../search/es-index.ts';
import { makeRecord } from '../integration/helpers/records.ts';
import { cluster, elasticsearchMissing, sleep } from './cluster-script.ts';

const PORT = 9210;
const env = { CLUSTER_ES_PORT: String(PORT), CLUSTER_ES_TRANSPORT_PORT: String(PORT + 100), CLUSTER_ES_HEAP: '-Xms384m -Xmx384m' };
const url = `http://127.0.0.1:${PORT}`; // node 1: the client's node, never killed
const prefix = `vt-cluster-${randomBytes(4).toString('hex')}`;
const TOTAL = 200;
const BATCH = 5;

const missing = elasticsearchMissing();
if (missing) console.warn(`[elasticsearch-cluster.test] SKIPPED: ${missing}`);

async function es<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(150_000),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const health = (query = '') => es<{ status: string; number_of_nodes: number; timed_out: boolean }>('GET', `/_cluster/health${query}`);

/** Index one batch, retrying transient failures (a node gone, a replica being promoted) as the index queue would. */
async function indexWithRetry(index: SearchIndex, batch: DocumentRecord[], retries: { count: number }): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await index.indexRecords(batch);
    } catch (error) {
      if (!(error instanceof SearchIndexError) || !error.transient || attempt >= 30) throw error;
      retries.count++;
      await sleep(500);
    }
  }
}

describe.skipIf(missing !== null)('Elasticsearch: 3-node cluster, one node killed during an ingest', () => {
  let index: SearchIndex;

  beforeAll(async () => {
    await cluster(['stop', '--purge'], env); // leftovers of an interrupted run
    const t0 = Date.now();
    await cluster(['start'], env);
    console.log(`[elasticsearch-cluster.test] 3 nodes green in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    index = createSearchIndex({ url, index: prefix });
    await index.migrate();
    // Keep node 1 (the client's) free of shard copies, so the node killed holds the primary and the
    // client still has a node to talk to: the failover under test is the replica's promotion.
    await es('PUT', `/${prefix}-*/_settings`, { 'index.routing.allocation.exclude._name': 'node-1' });
    await health(`?wait_for_status=green&wait_for_no_relocating_shards=true&timeout=120s`);
  }, 420_000);

  afterAll(async () => {
    await index?.drop().catch(() => {});
    await index?.close();
    await cluster(['stop', '--purge'], env);
  }, 120_000);

  it('loses nothing, keeps answering searches, and turns green again', async () => {
    const shards = await es<{ prirep: string; node: string; state: string }[]>('GET', `/_cat/shards/${prefix}-documents?format=json`);
    const primary = shards.find((s) => s.prirep === 'p' && s.state === 'STARTED');
    expect(primary?.node).toMatch(/^node-[23]$/);
    const victim = primary!.node.replace('node-', '');

    // Searches every 100 ms for the whole run; each must answer.
    let searching = true;
    const searches = { ok: 0, failed: 0, duringOutage: 0, errors: [] as string[] };
    let outage = false;
    const searchLoop = (async () => {
      while (searching) {
        try {
          await index.search({ q: 'kế hoạch', size: 5 });
          searches.ok++;
          if (outage) searches.duringOutage++;
        } catch (error) {
          searches.failed++;
          searches.errors.push(String(error));
        }
        await sleep(100);
      }
    })();

    const records = Array.from({ length: TOTAL }, (_, i) =>
      makeRecord(`cluster-${prefix}-${i}`, { subject: `Kế hoạch triển khai số ${i} về chuyển đổi số y tế`, issuedDate: '2024-05-02' }),
    );
    const retries = { count: 0 };
    let killing: Promise<string> | undefined;
    const t0 = Date.now();
    for (let i = 0; i < TOTAL; i += BATCH) {
      if (i === 80) {
        // The kill runs while the next batches are sent.
        killing = cluster(['kill-node', victim], env).then((out) => ((outage = true), out));
      }
      await indexWithRetry(index, records.slice(i, i + BATCH), retries);
    }
    await killing;
    outage = true;
    const ingestSeconds = (Date.now() - t0) / 1000;

    await es('POST', `/${prefix}-documents/_refresh`);
    expect(await index.count()).toBe(TOTAL);
    const degraded = await health();
    expect(degraded.number_of_nodes).toBe(2);
    expect(degraded.status).not.toBe('red');

    // A few more searches on the degraded cluster, then the node comes back.
    const before = searches.duringOutage;
    while (searches.duringOutage < before + 5) await sleep(100);
    const t1 = Date.now();
    await cluster(['start-node', victim], env);
    const green = await health('?wait_for_status=green&wait_for_nodes=3&timeout=150s');
    const greenSeconds = (Date.now() - t1) / 1000;
    outage = false;
    searching = false;
    await searchLoop;

    console.log(
      `[elasticsearch-cluster.test] ${TOTAL} records in ${ingestSeconds.toFixed(1)} s with node-${victim} (primary) killed after 80, ` +
        `${retries.count} batch retries; searches ${searches.ok} answered (${searches.duringOutage} while a node was down), ${searches.failed} failed; ` +
        `green ${greenSeconds.toFixed(0)} s after the restart`,
    );
    expect(searches.errors).toEqual([]);
    expect(searches.duringOutage).toBeGreaterThanOrEqual(5);
    expect(green.timed_out).toBe(false);
    expect(green.status).toBe('green');
    expect(await index.count()).toBe(TOTAL);
    const sample = await index.getRecord(records[TOTAL - 1]!.id);
    expect(sample?.subject).toBe(records[TOTAL - 1]!.subject);
  }, 420_000);
});
