// The web app's error pages on the real PostgreSQL, Redis and Elasticsearch: a browser that opens
// an unknown document, a page the document does not have, bad dates or a failing page gets
// Vietnamese HTML with the right status (400/404/500): no JSON, no English message, no stack
// trace, no file path. The JSON API answers programs as before.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../api/server.ts';
import { createTestAuth, type TestAuth } from './helpers/auth.ts';
import { createQueueTestEnv, type QueueTestEnv } from './helpers/queue-env.ts';
import { makeRecord, sha } from './helpers/records.ts';
import { ensureServices } from './helpers/services.ts';

let env: QueueTestEnv;
let auth: TestAuth;
let app: FastifyInstance;
let failing: FastifyInstance;
let storedId: string;
const SECRET_PATH = '/var/lib/vanthu/secret/blob.bin';

const server = (env: QueueTestEnv, auth: TestAuth, store = env.rt.store) =>
  buildServer({ store, documents: env.rt.documents, records: env.rt.records, search: env.rt.searchIndex, queues: env.rt.queues, redis: env.rt.redis, logger: env.rt.logger, users: auth.users });

beforeAll(async () => {
  await ensureServices();
  env = await createQueueTestEnv('errpages');
  await env.rt.searchIndex.migrate();
  auth = await createTestAuth(env.rt.users);
  app = await server(env, auth);
  // A store that breaks as a disk would: the page must not show its message or its path.
  failing = await server(env, auth, { ...env.rt.store, getOriginal: async () => { throw new Error(`EIO: i/o error, open '${SECRET_PATH}'`); } });
  await Promise.all([app.ready(), failing.ready()]);
  // One stored document with a one-page PDF record (no workers: the record is saved directly).
  const bytes = new TextEncoder().encode('%PDF-1.4 error pages test');
  storedId = (await env.rt.documents.ingest([{ name: 'mot-trang.pdf', bytes }]))[0]!.id;
  await env.rt.documents.saveExtraction(storedId, makeRecord('mot-trang', { id: storedId, file: { name: 'mot-trang.pdf', mimeType: 'application/pdf', bytes: bytes.byteLength, pages: 1 } }));
}, 300_000);

afterAll(async () => {
  await app?.close();
  await failing?.close();
  await auth?.cleanup();
  await env?.cleanup();
}, 120_000);

const browser = (a: FastifyInstance, url: string) =>
  a.inject({ method: 'GET', url, headers: { ...auth.as('analyst'), accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });

function expectVietnamesePage(res: { statusCode: number; body: string; headers: Record<string, unknown> }, status: number, words: RegExp) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^text\/html/);
  expect(res.body).toMatch(/^<!doctype html>/);
  expect(res.body).toContain('<html lang="vi">');
  expect(res.body).toMatch(words);
  expect(res.body).not.toMatch(/"error"\s*:|"message"\s*:/); // no JSON
  expect(res.body).not.toMatch(/\bat .+:\d+:\d+|node:internal|\.ts\b/); // no stack trace
  expect(res.body).not.toMatch(/\b(no document|not found|must be|invalid|internal server error|Error)\b/); // no English
  expect(res.body).not.toContain(SECRET_PATH);
  expect(res.body).not.toContain(env.storeDir);
}

describe('Vietnamese HTML error pages', () => {
  it('404 for an unknown document, a route that does not exist, and a page the document lacks', async () => {
    expectVietnamesePage(await browser(app, `/app/documents/${sha('never uploaded')}`), 404, /Không tìm thấy văn bản/);
    expectVietnamesePage(await browser(app, '/app/khong-co-trang-nay'), 404, /Không tìm thấy trang/);
    expectVietnamesePage(await browser(app, `/documents/${storedId}/pages/7.png`), 404, /Không có trang này/);
  });

  it('400 for a malformed id and for dates that are not real days', async () => {
    expectVietnamesePage(await browser(app, '/app/documents/khong-phai-ma'), 400, /Mã văn bản không hợp lệ/);
    const search = await browser(app, `/app/search?q=ha+noi&from=${encodeURIComponent('31/02/2024')}`);
    expectVietnamesePage(search, 400, /Từ ngày: 31\/02\/2024 không phải là ngày có thật/);
    expectVietnamesePage(await browser(app, `/app/search?to=${encodeURIComponent('hôm qua')}`), 400, /ngày phải viết dd\/mm\/yyyy/);
    const obligations = await browser(app, `/app/obligations?tab=all&dueFrom=${encodeURIComponent('30/02/2024')}`);
    expectVietnamesePage(obligations, 400, /ngày phải là ngày có thật/);
  });

  it('500 when something breaks on the server, without its message or path', async () => {
    expectVietnamesePage(await browser(failing, `/app/documents/${storedId}`), 500, /Lỗi máy chủ/);
  });

  it('the JSON API still answers programs with JSON', async () => {
    const res = await app.inject({ method: 'GET', url: `/documents/${sha('never uploaded')}`, headers: auth.as('analyst') });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found' });
    const page = await app.inject({ method: 'GET', url: `/documents/${storedId}/pages/7.png`, headers: { ...auth.as('analyst'), accept: 'image/png,image/*' } });
    expect(page.statusCode).toBe(404);
    expect(page.json()).toMatchObject({ error: 'not_found' });
  });
});
