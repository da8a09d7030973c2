// `vanthu watch DIR` on the real PostgreSQL, Redis and Elasticsearch: 10 files are dropped (text
// PDFs and DOCX, one copy of the same bytes under another name, bad files), the watcher is killed
// (SIGKILL) midway and started again. Every file ends in done/ or failed/ exactly once, bad ones with
// a reason, and every document was ingested exactly once (one document row and one record version).
import { copyFile, mkdtemp, readdir, readFile, rename, rm, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWorkers } from '../../workers/start.ts';
import { spawnCli } from './helpers/cli.ts';
import { createQueueTestEnv, type QueueTestEnv } from './helpers/queue-env.ts';
import { sha } from './helpers/records.ts';
import { ensureServices, ROOT } from './helpers/services.ts';
import { waitFor } from './helpers/wait.ts';

const SAMPLES = path.join(ROOT, 'samples');
const GOOD = [
  'congvan-byt-2150-khtc.pdf',
  'baocao-syt-ninhbinh-142.docx',
  'congdien-byt-05-cd.pdf',
  'giaymoi-bvdk-thanhhoa-312.docx',
  'quyetdinh-syt-namdinh-458.pdf',
  'thongbao-syt-nghean-215.docx',
];
const COPY = 'ban-sao-2150.pdf'; // the same bytes as the first good file
const BAD = ['encrypted.pdf', 'not-a-pdf.pdf', 'random.bin'];

let env: QueueTestEnv;
let workers: RunningWorkers;
let dir: string;

beforeAll(async () => {
  await ensureServices();
  env = await createQueueTestEnv('watch');
  await env.rt.searchIndex.migrate();
  // Workers of their own (like the compose `worker` service): killing the watcher leaves them running.
  workers = await env.rt.startWorkers();
  dir = await mkdtemp(path.join(os.tmpdir(), 'vanthu-watch-'));
}, 300_000);

afterAll(async () => {
  await workers?.close();
  await env?.cleanup();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 120_000);

const files = async (sub: string) => (await readdir(path.join(dir, sub), { withFileTypes: true }).catch(() => [])).filter((e) => e.isFile()).map((e) => e.name);
const moved = async () => [...(await files('done')), ...(await files('failed')).filter((n) => !n.endsWith('.reason.txt'))];

async function count(sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: env.database.url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

function startWatcher() {
  return spawnCli(['watch', dir, '--poll', '250', '--stable', '1500', '--no-local-workers'], env.childEnv);
}

describe('vanthu watch', () => {
  it('ingests each dropped file exactly once and moves it once, across a SIGKILL and a restart', async () => {
    let watcher = startWatcher();
    // A copy still being written is not taken: the first half, a pause shorter than --stable, the rest.
    const slow = await readFile(path.join(SAMPLES, GOOD[0]!));
    await writeFile(path.join(dir, GOOD[0]!), slow.subarray(0, slow.length >> 1));
    await new Promise((r) => setTimeout(r, 700));
    await appendFile(path.join(dir, GOOD[0]!), slow.subarray(slow.length >> 1));
    for (const name of GOOD.slice(1)) await copyFile(path.join(SAMPLES, name), path.join(dir, name));
    await copyFile(path.join(SAMPLES, GOOD[0]!), path.join(dir, COPY));
    for (const name of BAD) await copyFile(path.join(SAMPLES, 'bad', name), path.join(dir, name));

    await waitFor('3 files moved before the kill', async () => (await moved()).length >= 3, 120_000);
    watcher.child.kill('SIGKILL');
    await new Promise((r) => watcher.child.once('exit', r));
    const before = await moved();
    expect(before.length).toBeLessThan(10);
    // Killed right after taking a file: one is left in processing/ (staged if the kill left none).
    const inbox = await files('.');
    if ((await files('processing')).length === 0 && inbox.length) await rename(path.join(dir, inbox[0]!), path.join(dir, 'processing', inbox[0]!));

    watcher = startWatcher();
    try {
      await waitFor('all 10 files moved after the restart', async () => (await moved()).length >= 10, 240_000, 500);
      await new Promise((r) => setTimeout(r, 1500)); // nothing more moves
    } catch (error) {
      throw new Error(`${String(error)}\nwatcher output:\n${watcher.output().slice(-3000)}`);
    } finally {
      watcher.child.kill('SIGTERM');
      await new Promise((r) => watcher.child.once('exit', r));
    }

    expect(await files('.')).toEqual([]);
    expect(await files('processing')).toEqual([]);
    expect((await files('done')).sort()).toEqual([...GOOD, COPY].sort());
    const failed = (await files('failed')).filter((n) => !n.endsWith('.reason.txt')).sort();
    expect(failed).toEqual([...BAD].sort());
    for (const name of failed) {
      const reason = (await readFile(path.join(dir, 'failed', `${name}.reason.txt`), 'utf8')).trim();
      expect(reason.length, name).toBeGreaterThan(3);
    }
    expect((await readFile(path.join(dir, 'failed', 'random.bin.reason.txt'), 'utf8'))).toMatch(/not a format/);

    // Exactly once: one document per distinct content (random.bin is never ingested), one record per
    // good document, each at its first version (no second extraction after the restart).
    expect(await count('select count(*) as n from documents')).toBe(GOOD.length + 2);
    expect(await count('select count(*) as n from records')).toBe(GOOD.length);
    for (const name of GOOD) {
      const current = await env.rt.records.getCurrent(sha(await readFile(path.join(SAMPLES, name))));
      expect(current?.version, name).toBe(1);
    }
    const hits = await env.rt.searchIndex.search({ size: 100 });
    expect(hits.total).toBe(GOOD.length);
  }, 420_000);
});
