// The HTTP API against the real Redis and Elasticsearch (bash dev/services.sh start), with the real
// store, queues and, for the pipeline tests, real workers in this process. Every environment gets
// its own queue prefix, index prefix and store folder, and removes them at the end. No mocks.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { pino, type Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../api/server.ts';
import { DocumentResponse, ErrorResponse, HealthResponse, JobResponse, SearchResponse, UploadResponse } from '../../schemas/api.ts';
import { config } from '../../config.ts';
import { createSearchIndex } from '../../search/es-index.ts';
import { closeQueues, createQueues } from '../../workers/queues.ts';
import { checkRedis, createRedisConnection } from '../../workers/redis.ts';
import { silentLogger } from '../../workers/logger.ts';
import { openRuntime, type Runtime } from '../../app/runtime.ts';
import { createDocumentService } from '../../app/documents.ts';
import { createIndexingService } from '../../app/indexing.ts';
import { createUserService } from '../../app/users.ts';
import { createMemoryBlobStore } from '../../store/blob-store.ts';
import { createMemoryRecordStore, createMemoryUserRecords } from '../../store/memory-store.ts';
import { createTestDatabase, type TestDatabase } from './helpers/database.ts';
import { pingDatabase } from '../../store/db.ts';
import type { RunningWorkers } from '../../workers/start.ts';
import { createTestAuth, type TestAuth } from './helpers/auth.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'samples', 'congvan-byt-2150-khtc.pdf');
const SAMPLE_DOCX = path.join(ROOT, 'samples', 'baocao-syt-ninhbinh-142.docx');
const TRUNCATED = path.join(ROOT, 'samples', 'bad', 'truncated.pdf');
const HEX64 = /^[0-9a-f]{64}$/;

const base = config();

interface Env {
  rt: Runtime;
  app: FastifyInstance;
  auth: TestAuth;
  /** app.inject as the archivist (every route below admin), unless headers say otherwise. */
  inject(opts: InjectOptions): Promise<LightMyRequestResponse>;
  storeDir: string;
  database: TestDatabase;
  workers?: RunningWorkers;
  close(): Promise<void>;
}

/** A fresh runtime (own queue prefix, ES index prefix, store dir) and a server on it. */
async function openEnv(opts: { workers: boolean; limits?: { maxFileBytes?: number; maxFiles?: number }; logger?: Logger }): Promise<Env> {
  const run = `vanthu-test-api-${randomBytes(5).toString('hex')}`;
  const storeDir = await mkdtemp(path.join(os.tmpdir(), `${run}-`));
  const database = await createTestDatabase('api');
  const rt = await openRuntime(
    {
      ...base,
      queuePrefix: run,
      storeDir,
      databaseUrl: database.url,
      elasticsearch: { url: base.elasticsearch.url, index: run },
      extractConcurrency: 1,
      ocr: { ...base.ocr, workers: 1 },
      logLevel: 'silent',
    },
    {
      logger: silentLogger(),
      // Bad files fail at once (UnrecoverableError); keep transient retries short in tests.
      jobOptions: { extract: { attempts: 2, backoff: { type: 'fixed', delay: 200 } }, index: { attempts: 2, backoff: { type: 'fixed', delay: 200 } } },
    },
  );
  await rt.searchIndex.migrate();
  const workers = opts.workers ? await rt.startWorkers({ stall: { lockDuration: 60_000, stalledInterval: 60_000 } }) : undefined;
  const auth = await createTestAuth(rt.users);
  const app = await buildServer({
    users: auth.users,
    store: rt.store,
    documents: rt.documents,
    records: rt.records,
    database: { ping: () => pingDatabase(rt.sor.db) },
    search: rt.searchIndex,
    queues: rt.queues,
    redis: rt.redis,
    logger: opts.logger ?? rt.logger,
    ingest: rt.ingest,
    ...(opts.limits ? { limits: opts.limits } : {}),
  });
  await app.ready();
  return {
    rt,
    app,
    auth,
    inject: (o) => app.inject({ ...o, headers: { ...auth.as('archivist'), ...o.headers } }),
    storeDir,
    database,
    ...(workers ? { workers } : {}),
    async close() {
      await app.close();
      await workers?.close();
      for (const q of Object.values(rt.queues)) await q.obliterate({ force: true }).catch(() => {});
      await rt.searchIndex.drop().catch(() => {});
      await rt.close();
      await auth.cleanup();
      await rm(storeDir, { recursive: true, force: true });
      await database.drop();
    },
  };
}

function form(files: { name: string; bytes: Uint8Array }[]): FormData {
  const fd = new FormData();
  for (const f of files) fd.append('files', new Blob([new Uint8Array(f.bytes)]), f.name);
  return fd;
}

async function upload(env: Env, files: { name: string; bytes: Uint8Array }[]) {
  return env.inject({ method: 'POST', url: '/documents', payload: form(files) });
}

function expectError(res: { statusCode: number; json(): unknown; headers: Record<string, unknown> }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  const body = ErrorResponse.strict().parse(res.json());
  expect(body).toEqual({ error: code, message: expect.any(String) });
  expect(body.message.length).toBeGreaterThan(0);
  expect(body.message).not.toMatch(/\n\s+at /); // no stack trace
  return body;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

let servicesUp = true;
beforeAll(async () => {
  try {
    await checkRedis(base.redisUrl);
  } catch (error) {
    servicesUp = false;
    throw new Error(`${(error as Error).message}: start the services with bash dev/services.sh start`);
  }
  const probe = createSearchIndex({ url: base.elasticsearch.url, index: 'vanthu-test-api-probe' });
  const esUp = await probe.ping();
  await probe.close();
  if (!esUp) {
    servicesUp = false;
    throw new Error(`Elasticsearch does not answer at ${base.elasticsearch.url}: start the services with bash dev/services.sh start`);
  }
});

describe('API without workers: uploads stay queued', () => {
  let env: Env;
  let sample: Buffer;
  /** What the server logged at error level, one parsed pino line each. */
  const logged: { level: number; msg: string; err?: { message: string; stack: string } }[] = [];
  beforeAll(async () => {
    if (!servicesUp) return;
    sample = await readFile(SAMPLE);
    const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    env = await openEnv({ workers: false, limits: { maxFileBytes: 200_000, maxFiles: 3 }, logger });
  });
  afterAll(async () => env?.close());

  it('uploads one file: id, name, job id, status queued', async () => {
    const res = await upload(env, [{ name: '../../Công văn "số 2150".pdf', bytes: sample }]);
    expect(res.statusCode).toBe(202);
    const [doc, ...rest] = UploadResponse.parse(res.json());
    expect(rest).toEqual([]);
    expect(doc!.id).toMatch(HEX64);
    expect(doc!.name).toBe('Công văn "số 2150".pdf'); // the path part is dropped: a name is never a path
    expect(doc!.jobId).toMatch(new RegExp(`^extract-${doc!.id}-`)); // deduplicated by extract-<id> while pending
    expect(doc!.status).toBe('queued');
    expect(doc!.alreadyStored).toBe(false);

    const got = await env.inject({ url: `/documents/${doc!.id}` });
    expect(got.statusCode).toBe(200);
    const body = DocumentResponse.parse(got.json());
    expect(body).toMatchObject({ id: doc!.id, name: doc!.name, bytes: sample.length, status: 'queued', failedReason: null, record: null });
    expect(body.jobs.extract).toMatchObject({ id: doc!.jobId, queue: 'extract', state: 'waiting', attemptsMade: 0 });
    expect(body.jobs.index).toBeNull();

    const job = await env.inject({ url: `/jobs/${doc!.jobId}` });
    expect(job.statusCode).toBe(200);
    expect(JobResponse.parse(job.json())).toMatchObject({ id: doc!.jobId, queue: 'extract', name: 'extract', state: 'waiting', data: { documentId: doc!.id } });
  });

  it('serves the original with its content type and a safe Content-Disposition', async () => {
    const [doc] = (await upload(env, [{ name: 'again.pdf', bytes: sample }])).json() as { id: string; alreadyStored: boolean }[];
    expect(doc!.alreadyStored).toBe(true);
    const res = await env.inject({ url: `/documents/${doc!.id}/file` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const disposition = String(res.headers['content-disposition']);
    // The first receipt's name; quotes cannot break out of the header, UTF-8 in the RFC 5987 form.
    expect(disposition).toBe(`attachment; filename="Cong van _so 2150_.pdf"; filename*=UTF-8''${encodeURIComponent('Công văn "số 2150".pdf')}`);
    expect(Buffer.compare(res.rawPayload, sample)).toBe(0);
  });

  it('uploads several files in one request, answered in order', async () => {
    const docx = await readFile(SAMPLE_DOCX);
    const res = await upload(env, [
      { name: 'a.docx', bytes: docx },
      { name: 'b.bin', bytes: Buffer.from('plain text, not a document') },
    ]);
    expect(res.statusCode).toBe(202);
    const docs = res.json() as { id: string; name: string; status: string }[];
    expect(docs.map((d) => d.name)).toEqual(['a.docx', 'b.bin']);
    expect(docs.every((d) => HEX64.test(d.id) && d.status === 'queued')).toBe(true);
    expect(new Set(docs.map((d) => d.id)).size).toBe(2);
  });

  it('refuses an empty file, naming it, and stores nothing from that request', async () => {
    const fresh = randomBytes(64);
    const res = await upload(env, [
      { name: 'fine.pdf', bytes: fresh },
      { name: 'rỗng.pdf', bytes: new Uint8Array() },
    ]);
    expect(expectError(res, 400, 'empty_file').message).toContain('rỗng.pdf');
    const { createHash } = await import('node:crypto');
    const id = createHash('sha256').update(fresh).digest('hex');
    expectError(await env.inject({ url: `/documents/${id}` }), 404, 'not_found');
  });

  it('refuses a file over the size limit, naming it', async () => {
    const res = await upload(env, [{ name: 'big.pdf', bytes: randomBytes(200_001) }]);
    const body = expectError(res, 413, 'file_too_large');
    expect(body.message).toContain('big.pdf');
  });

  it('refuses more files than the limit', async () => {
    const files = Array.from({ length: 4 }, (_, i) => ({ name: `f${i}.pdf`, bytes: randomBytes(32) }));
    expect(expectError(await upload(env, files), 413, 'too_many_files').message).toContain('3');
  });

  it('refuses a request without files and a non-multipart body', async () => {
    const fd = new FormData();
    fd.append('note', 'no file here');
    expectError(await env.inject({ method: 'POST', url: '/documents', payload: fd }), 400, 'no_files');
    expectError(await env.inject({ method: 'POST', url: '/documents', payload: { file: 'x' } }), 415, 'not_multipart');
  });

  it('refuses a malformed multipart body with 400, not 500', async () => {
    const post = (contentType: string, payload: string) =>
      env.inject({ method: 'POST', url: '/documents', headers: { 'content-type': contentType }, payload });
    const cut = '--xxx\r\nContent-Disposition: form-data; name="f"; filename="a.pdf"\r\n\r\nabc';
    expect(expectError(await post('multipart/form-data; boundary=xxx', cut), 400, 'bad_multipart').message).toMatch(/Unexpected end/);
    expectError(await post('multipart/form-data', '--xxx\r\n'), 400, 'bad_multipart');
  });

  it('404 for an unknown document, job or route; 400 for a malformed id', async () => {
    expectError(await env.inject({ url: `/documents/${'0'.repeat(64)}` }), 404, 'not_found');
    expectError(await env.inject({ url: `/documents/${'0'.repeat(64)}/file` }), 404, 'not_found');
    expect(expectError(await env.inject({ url: '/documents/not-an-id' }), 400, 'invalid_id').message).toMatch(/64/);
    expectError(await env.inject({ url: `/documents/${'A'.repeat(64)}` }), 400, 'invalid_id');
    expectError(await env.inject({ url: '/jobs/extract-nothing' }), 404, 'not_found');
    expectError(await env.inject({ url: '/jobs/bad%20id' }), 400, 'invalid_id');
    expectError(await env.inject({ url: '/jobs/x?queue=other' }), 400, 'invalid_query');
    expectError(await env.inject({ url: '/nowhere' }), 404, 'not_found');
    expectError(await env.inject({ url: `/documents/${'a'.repeat(300)}` }), 414, 'uri_too_long');
  });

  it('validates search parameters: 400 with a clear message', async () => {
    const cases: [string, RegExp][] = [
      ['/search?page=0', /page: must be at least 1/],
      ['/search?page=abc', /page: must be a whole number/],
      ['/search?page=1.5', /page: must be a whole number/],
      ['/search?from=2024-13-01', /from/],
      ['/search?from=2024-02-30', /^invalid query: from: is not a real calendar date$/],
      ['/search?to=yesterday', /^invalid query: to: must be a date written YYYY-MM-DD$/],
      ['/search?from=2024-05-01&to=2024-01-01', /from must not be after to/],
      ['/search?size=1000', /size/],
      ['/search?page=500&size=100', /10000/],
      ['/search?query=abc', /unknown parameter 'query'/],
      ['/search?q=a&q=b', /q/],
    ];
    for (const [url, message] of cases) {
      const body = expectError(await env.inject({ url }), 400, 'invalid_query');
      expect(body.message, url).toMatch(message);
    }
    const ok = await env.inject({ url: '/search?q=&docType=&page=1' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ total: 0, page: 1, size: 20, hits: [] });
  });

  it('reports health: 200 when PostgreSQL, Redis and Elasticsearch answer', async () => {
    const res = await env.inject({ url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(HealthResponse.parse(res.json())).toEqual({ postgres: 'ok', redis: 'ok', elasticsearch: 'ok' });
  });

  it('answers an unexpected failure with a bare 500 (no stack, no detail)', async () => {
    const [doc] = (await upload(env, [{ name: 'x.bin', bytes: randomBytes(100) }])).json() as { id: string }[];
    // Damage the blob store behind the API's back: the original's bytes are gone.
    await rm(path.join(env.storeDir, 'originals', doc!.id.slice(0, 2), doc!.id));
    const res = await env.inject({ url: `/documents/${doc!.id}` });
    const body = expectError(res, 500, 'internal');
    expect(body.message).toBe('internal server error');
    expect(res.body).not.toContain('blob');
    // ...but the log has the whole story.
    const line = logged.find((l) => l.msg === 'unexpected error');
    expect(line?.level).toBe(50);
    expect(line?.err?.message).toMatch(/missing from the blob store/);
    expect(line?.err?.stack).toMatch(/\n\s+at /);
  });

  it('works over a real socket too (listen, multipart upload with fetch, early 413)', async () => {
    const address = await env.app.listen({ port: 0, host: '127.0.0.1' });
    const health = await fetch(`${address}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ postgres: 'ok', redis: 'ok', elasticsearch: 'ok' });

    const fd = new FormData();
    fd.append('files', new Blob([new Uint8Array(sample)], { type: 'application/pdf' }), 'qua-mạng.pdf');
    const up = await fetch(`${address}/documents`, { method: 'POST', body: fd, headers: env.auth.as('archivist') });
    expect(up.status).toBe(202);
    const [doc] = (await up.json()) as { id: string; status: string }[];
    expect(doc!.status).toBe('queued');
    const file = await fetch(`${address}/documents/${doc!.id}/file`, { headers: env.auth.as('analyst') });
    expect(Buffer.compare(Buffer.from(await file.arrayBuffer()), sample)).toBe(0);

    // A large file is refused as soon as it passes the limit, before the rest has been read.
    const big = new FormData();
    big.append('files', new Blob([new Uint8Array(randomBytes(8 * 1024 * 1024))]), 'quá-lớn.pdf');
    const refused = await fetch(`${address}/documents`, { method: 'POST', body: big, headers: env.auth.as('archivist') });
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({ error: 'file_too_large', message: expect.stringContaining('quá-lớn.pdf') });
  });

  it('publishes /openapi.json generated from the schemas and a self-contained /docs page', async () => {
    const res = await env.inject({ url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const spec = res.json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths).sort()).toEqual(
      ['/docs', '/documents', '/documents/{id}', '/documents/{id}/edxml', '/documents/{id}/edxml/status/{code}', '/documents/{id}/file', '/documents/{id}/pages/{page}.png', '/edxml', '/health', '/jobs/{id}', '/jobs/{id}/retry', '/me', '/obligations', '/obligations.ics', '/openapi.json', '/search', '/users', '/users/{name}'].sort(),
    );
    expect(Object.keys(spec.paths['/documents'])).toEqual(['post']);
    expect(spec.paths['/documents'].post['x-role']).toBe('archivist');
    expect(spec.paths['/health'].get.security).toEqual([]);
    const searchParams = spec.paths['/search'].get.parameters.map((p: { name: string }) => p.name);
    expect(searchParams).toEqual(['q', 'docType', 'issuer', 'signer', 'signed', 'sort', 'reference', 'from', 'to', 'page', 'size']);
    expect(spec.paths['/documents/{id}'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/DocumentResponse' });
    expect(spec.components.schemas.DocumentRecord.properties.id.pattern).toBe('^[0-9a-f]{64}$');
    expect(spec.components.schemas.ErrorResponse.required).toEqual(['error', 'message']);
    // Every $ref points at a published schema.
    const refs = [...JSON.stringify(spec).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(spec.components.schemas, ref).toHaveProperty(ref);

    const docs = await env.inject({ url: '/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/^text\/html/);
    for (const p of Object.keys(spec.paths)) expect(docs.body).toContain(`<code>${p}</code>`);
    expect(docs.body).not.toMatch(/<script|https?:\/\/(?!json-schema)/);
  });

  it('mounts Bull Board at /admin/queues for the extract and index queues', async () => {
    const page = await env.inject({ url: '/admin/queues', headers: env.auth.as('admin') });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const api = await env.inject({ url: '/admin/queues/api/queues', headers: env.auth.as('admin') });
    expect(api.statusCode).toBe(200);
    expect((api.json() as { queues: { name: string }[] }).queues.map((q) => q.name).sort()).toEqual(['extract', 'index']);
  });
});

describe('API health when the services are unreachable', () => {
  it('answers 503 naming both', async () => {
    if (!servicesUp) return;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vanthu-test-api-down-'));
    const redis = createRedisConnection('redis://127.0.0.1:1', 'producer');
    const queues = createQueues({ connection: redis, prefix: 'vanthu-test-api-down' });
    const search = createSearchIndex({ url: 'http://127.0.0.1:1', index: 'vanthu-test-api-down' });
    // The in-memory drivers: this test is about Redis and Elasticsearch being unreachable.
    const records = createMemoryRecordStore();
    const indexing = createIndexingService({ records, search, queues });
    const documents = createDocumentService({ records, blobs: createMemoryBlobStore(), queues, indexing });
    const auth = await createTestAuth(createUserService(createMemoryUserRecords(), { sessionTtlSeconds: 3600 }));
    const app = await buildServer({ store: documents, documents, records, search, queues, redis, logger: silentLogger(), users: auth.users });
    try {
      const res = await app.inject({ url: '/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ redis: 'unreachable', elasticsearch: 'unreachable' });
      // A search needing the unreachable Elasticsearch is a 503 too, not a 500.
      expectError(await app.inject({ url: '/search?q=abc', headers: auth.as('analyst') }), 503, 'service_unavailable');
    } finally {
      await app.close();
      await auth.cleanup();
      redis.disconnect();
      await closeQueues(queues).catch(() => {});
      await search.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('API with workers in this process: upload → indexed → searchable', () => {
  let env: Env;
  let good: { id: string; jobId: string };
  let bad: { id: string; jobId: string };
  beforeAll(async () => {
    if (!servicesUp) return;
    env = await openEnv({ workers: true });
    const res = await upload(env, [
      { name: 'congvan-byt-2150-khtc.pdf', bytes: await readFile(SAMPLE) },
      { name: 'truncated.pdf', bytes: await readFile(TRUNCATED) },
    ]);
    expect(res.statusCode).toBe(202);
    [good, bad] = res.json() as { id: string; jobId: string }[] as [typeof good, typeof bad];
  });
  afterAll(async () => env?.close());

  const statusOf = async (id: string) => (await env.inject({ url: `/documents/${id}` })).json();

  it('drives the sample to indexed with its record', async () => {
    const doc = await until('the sample to be indexed', async () => {
      const body = await statusOf(good.id);
      if (body.status === 'failed') throw new Error(`sample failed: ${body.failedReason}`);
      return body.status === 'indexed' ? DocumentResponse.parse(body) : undefined;
    });
    expect(doc.failedReason).toBeNull();
    expect(doc.record).toMatchObject({ id: good.id, number: '2150/BYT-KHTC', docType: 'Công văn', issuer: ['BỘ Y TẾ'], issuedDate: '2024-04-08' });
    expect(doc.jobs.extract).toMatchObject({ state: 'completed' });
    // The record is searchable a moment before the index job reports completion.
    expect(['active', 'completed']).toContain(doc.jobs.index?.state);
    const job = await until('the index job to complete', async () => {
      const body = (await env.inject({ url: `/jobs/${doc.jobs.index!.id}?queue=index` })).json();
      return body.state === 'completed' ? body : undefined;
    });
    expect(job).toMatchObject({ queue: 'index', name: 'index', state: 'completed', data: { documentId: good.id }, failedReason: null });
  });

  it('finds it by words of its subject typed without diacritics, with a highlight and facets', async () => {
    const result = await until('a search hit', async () => {
      const res = await env.inject({ url: `/search?q=${encodeURIComponent('tu chu tai chinh')}` });
      expect(res.statusCode).toBe(200);
      const body = SearchResponse.parse(res.json());
      return body.total > 0 ? body : undefined;
    });
    expect(result.total).toBe(1);
    const hit = result.hits[0]!;
    expect(hit).toMatchObject({ id: good.id, number: '2150/BYT-KHTC', docType: 'Công văn' });
    expect(hit.highlight.join(' ')).toMatch(/<em>tự<\/em>|<em>chủ<\/em>|<em>tài<\/em>|<em>chính<\/em>/i);
    expect(result.facets.docType).toEqual([{ value: 'Công văn', count: 1 }]);
    expect(result.facets.year).toEqual([{ value: '2024', count: 1 }]);

    const filtered = await env.inject({
      url: `/search?q=${encodeURIComponent('trang thiet bi')}&docType=${encodeURIComponent('Công văn')}&issuer=${encodeURIComponent('BỘ Y TẾ')}&from=2024-01-01&to=2024-12-31`,
    });
    expect(filtered.json()).toMatchObject({ total: 1, hits: [{ id: good.id }] });
    const outside = await env.inject({ url: `/search?q=${encodeURIComponent('tu chu tai chinh')}&from=2025-01-01` });
    expect(outside.json()).toMatchObject({ total: 0, hits: [] });
  });

  it('marks the truncated PDF failed with its reason', async () => {
    const doc = await until('the truncated PDF to fail', async () => {
      const body = await statusOf(bad.id);
      return body.status === 'failed' ? body : undefined;
    });
    expect(doc.failedReason).toMatch(/corrupt file/);
    expect(doc.record).toBeNull();
    const job = await env.inject({ url: `/jobs/${bad.jobId}` });
    expect(job.json()).toMatchObject({ state: 'failed', failedReason: expect.stringMatching(/corrupt file/) });
  });

  it('re-uploading a processed file is a no-op that reports its status', async () => {
    const res = await upload(env, [{ name: 'copy.pdf', bytes: await readFile(SAMPLE) }]);
    expect(res.json()).toEqual([{ id: good.id, name: 'copy.pdf', jobId: good.jobId, status: 'indexed', alreadyStored: true }]);
  });
});
