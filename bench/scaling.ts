// The scaling curve on one machine: N `vanthu worker` processes, each pinned to its own core
// (taskset) with one extract thread and one OCR worker, on OCR-heavy input (scans); documents/s
// against N × one pinned process. Each N has its own world (database, queues, index, blobs).
import os from 'node:os';
import { waitForDocuments } from '../workers/progress.ts';
import type { CorpusFile } from './corpus.ts';
import { round } from './stats.ts';
import { startWorkerProcess, type WorkerProcess } from './worker-process.ts';
import { openWorld } from './world.ts';

export interface ScalePoint {
  processes: number;
  documents: number;
  wallS: number;
  documentsPerSecond: number;
  /** documents/s over N × the one-process figure. */
  efficiency: number;
  peakRssMiB: number[];
  /** Each process's RSS once started, before any job. */
  readyRssMiB: number[];
}

export const SCALE_GOAL = 0.9;

async function runPinned(files: CorpusFile[], processes: number): Promise<Omit<ScalePoint, 'efficiency'>> {
  const world = await openWorld(`scale-${processes}`);
  const workers: WorkerProcess[] = [];
  try {
    await world.rt.searchIndex.migrate();
    const env = { ...world.env, VANTHU_EXTRACT_CONCURRENCY: '1', VANTHU_OCR_WORKERS: '1' };
    for (let cpu = 0; cpu < processes; cpu++) workers.push(await startWorkerProcess(env, 120_000, cpu));
    const started = Date.now();
    const ingested = await world.rt.ingest(files);
    await waitForDocuments(world.rt.records, ingested.map((f) => f.id), { pollMs: 100, timeoutMs: 30 * 60_000 });
    const wallS = (Date.now() - started) / 1000;
    return { processes, documents: files.length, wallS: round(wallS, 1), documentsPerSecond: round(files.length / wallS, 3), peakRssMiB: await Promise.all(workers.map((w) => w.peakRssMiB())), readyRssMiB: workers.map((w) => w.readyRssMiB) };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await world.cleanup();
  }
}

export async function runScaling(files: CorpusFile[]): Promise<ScalePoint[]> {
  const counts = [1, 2].filter((n) => n <= os.availableParallelism());
  const points: ScalePoint[] = [];
  for (const n of counts) {
    const p = await runPinned(files, n);
    const one = points[0]?.documentsPerSecond ?? p.documentsPerSecond;
    points.push({ ...p, efficiency: round(p.documentsPerSecond / (n * one), 2) });
    console.log(`  ${n} pinned process(es): ${p.documentsPerSecond} docs/s`);
  }
  return points;
}
