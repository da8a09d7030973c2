// The end-to-end (queues → Elasticsearch) and Elasticsearch tables.
import type { Results } from './report.ts';
import { table, verdict } from './report.ts';
import { round } from './stats.ts';

/** Issue #13: bulk ≥ 5,000 records/s; a plain query's p95 ≤ 50 ms at 100k records. */
export const SEARCH_P95_TARGET_MS = 50;
export const BULK_TARGET_PER_SECOND = 5000;

export function printEndToEnd(e: NonNullable<Results['endToEnd']>): void {
  const mix = Object.entries(e.corpus).map(([k, v]) => `${v} ${k}`).join(', ');
  console.log(`\nEnd to end: ingest → Redis queues → vanthu worker process(es) → Elasticsearch (${mix})`);
  const rows = [['workers', 'docs', 'pages', 'failed', 'wall s', 'docs/s', 'pages/s', 'extract wait p50/p95 s', 'extract run p50/p95 s', 'index wait/run p50 ms', 'peak RSS MiB']];
  const s = (ms: number) => (ms / 1000).toFixed(1);
  for (const r of e.runs) {
    rows.push([
      `${r.workerProcesses} process${r.workerProcesses > 1 ? 'es' : ''}`,
      String(r.documents),
      String(r.pages),
      String(r.failed),
      s(r.wallMs),
      r.documentsPerSecond.toFixed(2),
      r.pagesPerSecond.toFixed(2),
      `${s(r.extractWait.medianMs)} / ${s(r.extractWait.p95Ms)}`,
      `${s(r.extractProcessing.medianMs)} / ${s(r.extractProcessing.p95Ms)}`,
      `${r.indexWait.medianMs} / ${r.indexProcessing.medianMs}`,
      r.peakRssMiB.map((m) => m.toFixed(0)).join(' + '),
    ]);
  }
  console.log(table(rows));
  if (e.rawBoundDocumentsPerSecond !== null) {
    const best = Math.max(...e.runs.map((r) => r.documentsPerSecond));
    console.log(
      `limit: the raw extractors alone (pdf.js, mammoth, native tesseract CLI) on all cores: ${e.rawBoundDocumentsPerSecond.toFixed(2)} docs/s; best run ${round(best / e.rawBoundDocumentsPerSecond, 2)}× of it`,
    );
  }
}

export function printEs(r: NonNullable<Results['elasticsearch']>): void {
  console.log(`\nElasticsearch (bulk of ${r.bulkBatch}, 2 in flight; heap used after load ${r.heapUsedPercent ?? '?'}%, index ${r.storeMiB ?? '?'} MiB)`);
  console.log(`bulk indexing: ${r.bulkRecordsPerSecond} records/s (target ≥ ${BULK_TARGET_PER_SECOND}: ${verdict(r.bulkRecordsPerSecond >= BULK_TARGET_PER_SECOND)})`);
  if (r.rawBulkRecordsPerSecond) console.log(`limit: the client's bulk alone, same records and mapping, no validation or obligation tracking: ${r.rawBulkRecordsPerSecond} records/s`);
  const rows = [['records', 'query', 'hits', 'p50 ms', 'p95 ms', `target p95 ≤ ${SEARCH_P95_TARGET_MS} ms`]];
  for (const size of r.sizes) {
    for (const l of size.latencies) {
      rows.push([String(size.records), l.query, String(l.hits), l.p50Ms.toFixed(1), l.p95Ms.toFixed(1), verdict(l.p95Ms <= SEARCH_P95_TARGET_MS)]);
    }
  }
  console.log(table(rows));
}
