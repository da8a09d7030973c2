// End to end through the real Redis queues into the real Elasticsearch: a generated corpus is
// ingested (stored, queued) while `vanthu worker` child processes extract and index it. Each run
// has its own queue prefix, index prefix and store, removed afterwards.
import type { Job } from 'bullmq';
import type { Runtime } from '../app/runtime.ts';
import type { Corpus } from './corpus.ts';
import { median, percentile, round } from './stats.ts';
import { startWorkerProcess, type WorkerProcess } from './worker-process.ts';
import { openWorld } from './world.ts';

export interface Spread {
  medianMs: number;
  p95Ms: number;
}

export interface EndToEnd {
  workerProcesses: number;
  documents: number;
  pages: number;
  failed: number;
  wallMs: number;
  documentsPerSecond: number;
  pagesPerSecond: number;
  /** Extract queue: added → picked up, and picked up → done. */
  extractWait: Spread;
  extractProcessing: Spread;
  indexWait: Spread;
  indexProcessing: Spread;
  peakRssMiB: number[];
  /** What the pages were, for the raw-extractor bound. */
  work: { pdfPages: number; docxPages: number; ocrPages: number };
}

type ExtractReturn = { pages?: number; textSource?: string } | null;

function workOf(jobs: Job[]): EndToEnd['work'] {
  const work = { pdfPages: 0, docxPages: 0, ocrPages: 0 };
  for (const job of jobs) {
    const r = job.returnvalue as ExtractReturn;
    const pages = r?.pages ?? 0;
    if (r?.textSource === 'ocr' || r?.textSource === 'mixed') work.ocrPages += pages;
    else if (r?.textSource === 'docx') work.docxPages += pages;
    else work.pdfPages += pages;
  }
  return work;
}

const spread = (values: number[]): Spread => ({ medianMs: round(median(values), 0), p95Ms: round(percentile(values, 95), 0) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilDone(rt: Runtime, documents: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const extract = await rt.queues.extract.getJobCounts('failed');
    const index = await rt.queues.index.getJobCounts('completed', 'failed');
    if ((extract.failed ?? 0) + (index.completed ?? 0) + (index.failed ?? 0) >= documents) return;
    if (Date.now() > deadline) throw new Error(`end-to-end run not done after ${timeoutMs / 1000} s`);
    await sleep(200);
  }
}

const finished = async (rt: Runtime, queue: 'extract' | 'index'): Promise<Job[]> => rt.queues[queue].getJobs(['completed'], 0, -1);

export async function runEndToEnd(corpus: Corpus, workerProcesses: number, timeoutMs: number): Promise<EndToEnd> {
  const world = await openWorld(`e2e-w${workerProcesses}`);
  const { rt, env } = world;
  const workers: WorkerProcess[] = [];
  try {
    await rt.searchIndex.migrate();
    // Each one kept as soon as it is up, so a sibling failing to start still leaves it stopped below.
    await Promise.all(Array.from({ length: workerProcesses }, async () => workers.push(await startWorkerProcess(env))));
    const started = Date.now();
    await rt.ingest(corpus.files);
    await waitUntilDone(rt, corpus.files.length, timeoutMs);
    const peakRssMiB = await Promise.all(workers.map((w) => w.peakRssMiB()));
    const extracted = await finished(rt, 'extract');
    const indexed = await finished(rt, 'index');
    const failed = (await rt.queues.extract.getJobCounts('failed')).failed ?? 0;
    const end = Math.max(...indexed.map((j) => j.finishedOn ?? 0));
    const wallMs = end - started;
    const pages = extracted.reduce((sum, j) => sum + ((j.returnvalue as ExtractReturn)?.pages ?? 0), 0);
    const waits = (jobs: Job[]) => jobs.map((j) => (j.processedOn ?? 0) - j.timestamp);
    const busy = (jobs: Job[]) => jobs.map((j) => (j.finishedOn ?? 0) - (j.processedOn ?? 0));
    return {
      workerProcesses,
      documents: indexed.length,
      pages,
      failed,
      wallMs,
      documentsPerSecond: round((indexed.length * 1000) / wallMs, 2),
      pagesPerSecond: round((pages * 1000) / wallMs, 2),
      extractWait: spread(waits(extracted)),
      extractProcessing: spread(busy(extracted)),
      indexWait: spread(waits(indexed)),
      indexProcessing: spread(busy(indexed)),
      peakRssMiB,
      work: workOf(extracted),
    };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await world.cleanup();
  }
}
