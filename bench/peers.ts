// Files → searchable, vanthu beside FSCrawler 2.7 (../shared/peers), on the same folder in the
// same run: whole processes as a new user runs them (`vanthu ingest DIR`, which starts its own
// workers when none run; `run-fscrawler DIR`), timed until every document is searchable. For
// vanthu the cores' busy share over the run, and where the rest of the wall time went, read
// from the queue jobs' own timestamps.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Job, Queue } from 'bullmq';
import { timed } from './cpu.ts';
import { median, round } from './stats.ts';
import { cpuProfFlags } from './worker-process.ts';
import { openWorld } from './world.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
export const PEERS_DIR = path.resolve(root, '..', 'shared', 'peers');
const BIN = path.join(root, 'bin', 'vanthu.js');

export interface Breakdown {
  /** Process start → first extract job picked up: start-up, connections, migrations, model loading. */
  startupS: number;
  /** First extract picked up → last extract done. */
  extractSpanS: number;
  /** Extract threads busy over that span (run time summed / span × threads). */
  extractOccupancy: number;
  /** Last extract done → last index done: one-at-a-time index jobs draining. */
  indexTailS: number;
  /** Index jobs' run time summed (they run one at a time). */
  indexSerialS: number;
  /** Median index job queued → picked up (queue round trip + waiting for the one index lane). */
  handoffP50Ms: number;
  /** Last index done → process exit (progress poll, shutdown). */
  exitS: number;
}

export interface VanthuRun {
  wallS: number;
  cpuS: number;
  machineBusy: number;
  /** Our own CPU over what the cores offered in that time. */
  ownBusy: number;
  maxRssMiB: number;
  indexed: number;
  failed: number;
  breakdown: Breakdown | null;
}

export interface PeerRun {
  wallS: number;
  indexed: number;
  machineBusy: number;
}

export interface PeerSet {
  name: string;
  files: number;
  mix: Record<string, number>;
  vanthu: VanthuRun[];
  fscrawler: PeerRun[];
  /** Median FSCrawler wall over median vanthu wall: how many times faster vanthu is. */
  speedup: number | null;
}

const jobsOf = (q: Queue): Promise<Job[]> => q.getJobs(['completed', 'failed'], 0, -1);

function breakdown(startMs: number, endMs: number, extract: Job[], index: Job[], threads: number): Breakdown | null {
  const ran = extract.filter((j) => j.processedOn && j.finishedOn);
  const idx = index.filter((j) => j.processedOn && j.finishedOn);
  if (!ran.length || !idx.length) return null;
  const firstPick = Math.min(...ran.map((j) => j.processedOn!));
  const lastExtract = Math.max(...ran.map((j) => j.finishedOn!));
  const lastIndex = Math.max(...idx.map((j) => j.finishedOn!));
  const span = Math.max(1, lastExtract - firstPick);
  const runSum = ran.reduce((s, j) => s + (j.finishedOn! - j.processedOn!), 0);
  const handoffs = idx.map((j) => j.processedOn! - j.timestamp);
  return {
    startupS: round((firstPick - startMs) / 1000, 1),
    extractSpanS: round(span / 1000, 1),
    extractOccupancy: round(runSum / (span * threads), 2),
    indexTailS: round((lastIndex - lastExtract) / 1000, 1),
    indexSerialS: round(idx.reduce((s, j) => s + (j.finishedOn! - j.processedOn!), 0) / 1000, 1),
    handoffP50Ms: Math.round(median(handoffs)),
    exitS: round((endMs - lastIndex) / 1000, 1),
  };
}

async function vanthuIngest(dir: string): Promise<VanthuRun> {
  const world = await openWorld('peers');
  try {
    const startMs = Date.now();
    const r = await timed([process.execPath, ...cpuProfFlags(), BIN, 'ingest', dir, '--json'], { ...process.env, ...world.env, VANTHU_LOG_LEVEL: 'error' }, root);
    const endMs = Date.now();
    const summary = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { indexed?: number; failed?: unknown[] };
    const extract = await jobsOf(world.rt.queues.extract);
    const index = await jobsOf(world.rt.queues.index);
    const cores = os.availableParallelism();
    const cpuS = r.userS + r.systemS;
    return {
      wallS: r.wallS,
      cpuS: round(cpuS, 1),
      machineBusy: round(r.machineBusy, 2),
      ownBusy: round(cpuS / (r.wallS * cores), 2),
      maxRssMiB: r.maxRssMiB,
      indexed: summary.indexed ?? (await world.rt.searchIndex.count()),
      failed: summary.failed?.length ?? 0,
      breakdown: breakdown(startMs, endMs, extract, index, cores),
    };
  } finally {
    await world.cleanup();
  }
}

async function fscrawler(dir: string): Promise<PeerRun> {
  const r = await timed(['bash', path.join(PEERS_DIR, 'run-fscrawler'), dir], process.env, root);
  const wall = /wall_s=([\d.]+)/.exec(r.stdout);
  const docs = /docs_indexed=(\d+)/.exec(r.stdout);
  if (!wall || !docs) throw new Error(`run-fscrawler printed no figures: ${r.stdout.slice(-800)}${r.stderr.slice(-800)}`);
  return { wallS: Number(wall[1]), indexed: Number(docs[1]), machineBusy: round(r.machineBusy, 2) };
}

/** FSCrawler installed by `bash ../shared/peers/setup`? */
export async function peersAvailable(): Promise<string | null> {
  if (!existsSync(path.join(PEERS_DIR, 'run-fscrawler'))) return `${PEERS_DIR} not found`;
  try {
    await run('bash', ['-c', 'ls "${PEERS_HOME:-/opt/peers}"/fscrawler/lib/fscrawler-settings-*.jar']);
    return null;
  } catch {
    return `FSCrawler not installed (bash ${path.join(PEERS_DIR, 'setup')})`;
  }
}

/** A folder holding exactly these files (copies; FSCrawler crawls everything in it). */
async function folder(name: string, files: string[]): Promise<string> {
  const dir = path.join(root, 'tmp', 'bench-peers', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const f of files) await copyFile(f, path.join(dir, path.basename(f)));
  return dir;
}

export async function peerSets(corpusDir: string, textCount: number, mixedLetters: number): Promise<{ name: string; dir: string; mix: Record<string, number> }[]> {
  const letters = (await readdir(corpusDir)).filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -'.expected.json'.length)).sort();
  const text = letters.slice(0, textCount).map((l) => path.join(corpusDir, `${l}.pdf`));
  const mixed: string[] = [];
  const mix: Record<string, number> = {};
  for (const [i, l] of letters.slice(0, mixedLetters).entries()) {
    const kinds = ['pdf', 'docx', ...(i % 4 === 0 ? [i % 8 === 0 ? 'scan.png' : 'scan.pdf'] : [])];
    for (const k of kinds) (mixed.push(path.join(corpusDir, `${l}.${k}`)), (mix[k] = (mix[k] ?? 0) + 1));
  }
  return [
    { name: `text-${text.length}`, dir: await folder(`text-${text.length}`, text), mix: { pdf: text.length } },
    { name: `mixed-${mixed.length}`, dir: await folder(`mixed-${mixed.length}`, mixed), mix },
  ];
}

export async function runPeers(sets: { name: string; dir: string; mix: Record<string, number> }[], reps: number): Promise<PeerSet[]> {
  const out: PeerSet[] = [];
  for (const [k, set] of sets.entries()) {
    const vanthu: VanthuRun[] = [];
    const peers: PeerRun[] = [];
    const n = k === 0 ? reps : 1; // the mixed set (OCR) once
    for (let i = 0; i < n; i++) {
      // Alternate, so a drift in the machine's load hits both.
      vanthu.push(await vanthuIngest(set.dir));
      peers.push(await fscrawler(set.dir));
      console.log(`  ${set.name} run ${i + 1}/${n}: vanthu ${vanthu.at(-1)!.wallS} s, FSCrawler ${peers.at(-1)!.wallS} s`);
    }
    const v = median(vanthu.map((r) => r.wallS));
    const f = median(peers.map((r) => r.wallS));
    out.push({ name: set.name, files: Object.values(set.mix).reduce((a, b) => a + b, 0), mix: set.mix, vanthu, fscrawler: peers, speedup: v > 0 ? round(f / v, 2) : null });
  }
  return out;
}
