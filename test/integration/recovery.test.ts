// Redis loses everything in the middle of an ingest of 30 files (this test's key prefix is flushed;
// never the whole Redis), then the worker is restarted: `vanthu worker` queues again, at start, what
// the record store says is unfinished, and all 30 documents end up indexed. Users, API keys and
// sessions live in PostgreSQL: every user still logs in, every key still works. On the real
// PostgreSQL, Redis and Elasticsearch, with `vanthu worker` as a child process.
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, runtimeApiDeps } from '../../api/server.ts';
import { composeLetter } from '../../samples/generator/random/compose.ts';
import { renderDocx } from '../../samples/generator/render-docx.ts';
import { Rng } from '../../samples/generator/rng.ts';
import { documentState, waitForDocuments } from '../../workers/progress.ts';
import { createTestAuth, TEST_PASSWORD, type TestAuth } from './helpers/auth.ts';
import { runCli, spawnCli } from './helpers/cli.ts';
import { createQueueTestEnv, type QueueTestEnv } from './helpers/queue-env.ts';
import { ensureServices } from './helpers/services.ts';
import { waitFor } from './helpers/wait.ts';

const FILES = 30;
let env: QueueTestEnv;
let auth: TestAuth;
let app: FastifyInstance;

beforeAll(async () => {
  await ensureServices();
  env = await createQueueTestEnv('recover');
  await env.rt.searchIndex.migrate();
  auth = await createTestAuth(env.rt.users);
  const { rt } = env;
  app = await buildServer(runtimeApiDeps(rt, { users: auth.users, session: { secret: 'a test secret of at least thirty-two characters' } }));
  await app.ready();
}, 300_000);

afterAll(async () => {
  await app?.close();
  await env?.cleanup();
}, 120_000);

/** Delete every key under this test's prefix (SCAN + DEL): what a Redis restart does to it. */
async function flushPrefix(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url, { maxRetriesPerRequest: 2 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

async function login(name: string): Promise<number> {
  return (await app.inject({ method: 'POST', url: '/login', payload: { name, password: TEST_PASSWORD } })).statusCode;
}

describe('recovery after Redis lost everything', () => {
  it('all 30 files indexed after a flush mid-ingest and a worker restart; users, keys and sessions survive', async () => {
    const files = await Promise.all(
      Array.from({ length: FILES }, async (_, i) => {
        const letter = composeLetter(new Rng(7100 + i), i, 7100 + i);
        return { name: `${letter.name}-${i}.docx`, bytes: await renderDocx(letter) };
      }),
    );
    const cookie = (await app.inject({ method: 'POST', url: '/login', payload: { name: 'analyst', password: TEST_PASSWORD } })).headers['set-cookie'];
    const session = String(Array.isArray(cookie) ? cookie[0] : cookie).split(';')[0]!;

    const first = spawnCli(['worker'], env.childEnv);
    let second: ReturnType<typeof spawnCli> | undefined;
    try {
      await waitFor('the first worker to connect', async () => (await env.rt.queues.extract.getWorkers()).length > 0, 60_000);
      const ingested = await env.rt.ingest(files);
      const ids = ingested.map((f) => f.id);
      expect(new Set(ids).size).toBe(FILES);
      await waitFor('a few documents indexed', async () => {
        const states = await Promise.all(ids.map((id) => documentState(env.rt.records, id)));
        return states.filter((s) => s.state === 'indexed').length >= 3;
      }, 120_000);

      // Redis loses everything of this deployment: queued, active and finished jobs alike.
      expect(await flushPrefix(env.cfg.redisUrl, env.prefix)).toBeGreaterThan(0);
      const stateNow = await Promise.all(ids.map((id) => documentState(env.rt.records, id)));
      const unfinished = stateNow.filter((s) => s.state !== 'indexed').length;
      expect(unfinished).toBeGreaterThan(0); // the flush really came in the middle

      first.child.kill('SIGTERM');
      await new Promise((r) => first.child.once('exit', r));
      second = spawnCli(['worker'], env.childEnv);
      const states = await waitForDocuments(env.rt.records, ids, { timeoutMs: 240_000 });
      expect([...states.values()].filter((s) => s.state === 'indexed')).toHaveLength(FILES);
      expect(await env.rt.searchIndex.count()).toBe(FILES);

      // `vanthu recover` finds nothing left to do.
      const recover = await runCli(['recover', '--json'], env.childEnv);
      expect(recover.code, recover.stderr).toBe(0);
      expect(JSON.parse(recover.stdout)).toEqual({ extract: 0, index: 0 });
    } catch (error) {
      throw new Error(`${String(error)}\n--- first worker ---\n${first.output().slice(-2000)}\n--- second worker ---\n${second?.output().slice(-2000) ?? ''}`);
    } finally {
      for (const w of [first, second]) if (w && w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
    }

    // Every user still logs in, every API key still works, the open session too.
    for (const role of ['admin', 'archivist', 'analyst'] as const) {
      expect(await login(role)).toBe(303);
      const me = await app.inject({ url: '/me', headers: auth.as(role) });
      expect(me.json()).toEqual({ name: role, role });
    }
    expect((await app.inject({ url: '/me', headers: { cookie: session } })).json()).toEqual({ name: 'analyst', role: 'analyst' });
  }, 400_000);
});
