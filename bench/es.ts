// Elasticsearch: bulk indexing records/s, and search latency at growing index sizes for a plain
// query, a diacritics-free one and a filtered one (every search also computes the facets), through
// the project's own SearchIndex (search/es-index.ts) on a bench-only index, dropped afterwards.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Client } from '@elastic/elasticsearch';
import { config } from '../config.ts';
import type { DocumentRecord } from '../schemas/record.ts';
import type { SearchIndex, SearchQuery } from '../search/contract.ts';
import { createSearchIndex } from '../search/es-index.ts';
import { syntheticRecord } from './es-records.ts';
import { median, percentile, round } from './stats.ts';

export const QUERIES: Record<string, SearchQuery> = {
  plain: { q: 'báo cáo tình hình thực hiện' },
  'diacritics-free': { q: 'ha noi' },
  'filtered + facets': { q: 'y te', docType: 'Công văn', from: '2015-01-01', to: '2020-12-31' },
};

export interface Latency {
  query: string;
  p50Ms: number;
  p95Ms: number;
  hits: number;
}

export interface SizeResult {
  records: number;
  latencies: Latency[];
}

export interface EsResult {
  bulkBatch: number;
  /** Records/s over all the bulk requests, schema validation included. */
  bulkRecordsPerSecond: number;
  /** The same records and batches sent by the Elasticsearch client alone into an index of the same
   *  mapping (no validation, no obligation tracking): what Elasticsearch itself takes here. */
  rawBulkRecordsPerSecond?: number;
  sizes: SizeResult[];
  heapUsedPercent: number | null;
  storeMiB: number | null;
}

const BATCH = 500;

async function bulkLoad(index: SearchIndex, bases: DocumentRecord[], from: number, to: number): Promise<number> {
  const started = performance.now();
  let next = from;
  const lane = async () => {
    while (next < to) {
      const start = next;
      next = Math.min(to, next + BATCH);
      const batch = Array.from({ length: next - start }, (_, k) => syntheticRecord(bases, start + k));
      await index.indexRecords(batch);
    }
  };
  await Promise.all([lane(), lane()]); // two bulks in flight keep both ES cores busy
  await index.indexRecords([syntheticRecord(bases, to - 1)], { refresh: true });
  return performance.now() - started;
}

async function latencies(index: SearchIndex, reps: number): Promise<Latency[]> {
  const out: Latency[] = [];
  for (const [name, query] of Object.entries(QUERIES)) {
    for (let i = 0; i < 5; i++) await index.search(query); // warm caches like a live index
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < reps; i++) {
      const page = 1 + (i % 3); // vary the page so no two consecutive requests are identical
      const started = performance.now();
      hits = (await index.search({ ...query, page })).total;
      times.push(performance.now() - started);
    }
    out.push({ query: name, p50Ms: round(median(times), 1), p95Ms: round(percentile(times, 95), 1), hits });
  }
  return out;
}

async function nodeStats(url: string, alias: string): Promise<{ heapUsedPercent: number | null; storeMiB: number | null }> {
  try {
    const jvm = (await (await fetch(`${url}/_nodes/stats/jvm`)).json()) as { nodes: Record<string, { jvm: { mem: { heap_used_percent: number } } }> };
    const stats = (await (await fetch(`${url}/${alias}/_stats/store`)).json()) as { _all: { primaries: { store: { size_in_bytes: number } } } };
    return {
      heapUsedPercent: Object.values(jvm.nodes)[0]?.jvm.mem.heap_used_percent ?? null,
      storeMiB: round(stats._all.primaries.store.size_in_bytes / 2 ** 20, 0),
    };
  } catch {
    return { heapUsedPercent: null, storeMiB: null };
  }
}

/** The bound: the client's bulk alone, same mapping, records, batch size and two requests in flight. */
async function rawBulk(url: string, index: string, bases: DocumentRecord[], count: number): Promise<number> {
  const mapping = JSON.parse(readFileSync(new URL('../search/mapping.v1.json', import.meta.url), 'utf8')) as { settings: object; mappings: object };
  const client = new Client({ node: url, requestTimeout: 60_000 });
  try {
    await client.indices.create({ index, settings: mapping.settings, mappings: mapping.mappings });
    const started = performance.now();
    let next = 0;
    const lane = async () => {
      while (next < count) {
        const start = next;
        next = Math.min(count, next + BATCH);
        const ops = Array.from({ length: next - start }, (_, k) => syntheticRecord(bases, start + k)).flatMap((r) => [{ index: { _id: r.id } }, r]);
        const resp = await client.bulk({ index, operations: ops });
        if (resp.errors) throw new Error(`raw bulk into ${index} had item errors`);
      }
    };
    await Promise.all([lane(), lane()]);
    await client.indices.refresh({ index });
    return round((count * 1000) / (performance.now() - started), 0);
  } finally {
    await client.indices.delete({ index, ignore_unavailable: true }).catch(() => {});
    await client.close();
  }
}

export async function runEsBench(bases: DocumentRecord[], sizes: number[], reps: number): Promise<EsResult> {
  const prefix = `bench-${Date.now().toString(36)}-es`;
  const url = config().elasticsearch.url;
  const index = createSearchIndex({ url, index: prefix });
  try {
    await index.migrate();
    const results: SizeResult[] = [];
    let loaded = 0;
    let bulkMs = 0;
    for (const size of sizes) {
      bulkMs += await bulkLoad(index, bases, loaded, size);
      loaded = size;
      results.push({ records: await index.count(), latencies: await latencies(index, reps) });
    }
    const stats = await nodeStats(url, `${prefix}-documents`);
    const rawBulkRecordsPerSecond = await rawBulk(url, `${prefix}-raw`, bases, Math.min(loaded, 20_000));
    return { bulkBatch: BATCH, bulkRecordsPerSecond: round((loaded * 1000) / bulkMs, 0), rawBulkRecordsPerSecond, sizes: results, ...stats };
  } finally {
    await index.drop();
    await index.close();
  }
}
