// Access control on the real Redis and Elasticsearch: every route the server has declares a role
// and refuses a missing key, a wrong key and a role below its own; login sessions (argon2id
// passwords, signed httpOnly SameSite=Lax cookie); the calendar's ?key=; corrections with their
// audit trail, reindexed at once; users managed over the API and with `vanthu users`.
import { createHash } from 'node:crypto';
import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installAuth } from '../../api/auth/guard.ts';
import { buildServer, runtimeApiDeps } from '../../api/server.ts';
import { DocumentRecord } from '../../schemas/record.ts';
import { createTestAuth, TEST_PASSWORD, type TestAuth } from './helpers/auth.ts';
import { runCli } from './helpers/cli.ts';
import { makeRecord } from './helpers/records.ts';
import { createQueueTestEnv, type QueueTestEnv } from './helpers/queue-env.ts';
import { ensureServices } from './helpers/services.ts';

let env: QueueTestEnv;
let auth: TestAuth;
let app: FastifyInstance;
let docId: string;

const BYTES = Buffer.from('%PDF-1.4 a document for the access tests');

function record(id: string): DocumentRecord {
  return makeRecord('auth', {
    id,
    file: { name: 'cv.pdf', mimeType: 'application/pdf', bytes: BYTES.length, pages: 1 },
    text: 'BỘ Y TẾ\nSố: 3323/BYT-CNTT\nV/v đôn đốc triển khai chuyển đổi số y tế\nKính gửi: Sở Y tế các tỉnh',
    number: '3323/BYT-CNTT',
    issuer: ['BỘ Y TẾ'],
    place: 'Hà Nội',
    issuedDate: '2023-05-31',
    subject: 'đôn đốc triển khai chuyển đổi số y tế',
    recipients: ['Sở Y tế các tỉnh'],
    cc: ['Như trên', 'Lưu: VT, CNTT'],
    signer: { name: 'Trần Văn Thuấn', title: 'THỨ TRƯỞNG', authority: 'KT. BỘ TRƯỞNG' },
    evidence: { number: { page: 1, start: 8, end: 25 } },
  });
}

beforeAll(async () => {
  await ensureServices();
  env = await createQueueTestEnv('auth');
  await env.rt.searchIndex.migrate();
  auth = await createTestAuth(env.rt.users);
  const [stored] = await env.rt.ingest([{ name: 'cv.pdf', bytes: BYTES }]);
  docId = stored!.id;
  await env.rt.documents.saveExtraction(docId, record(docId));
  await env.rt.indexing.indexDocument(docId);
  const { rt } = env;
  app = await buildServer(runtimeApiDeps(rt, { users: auth.users }));
  await app.ready();
}, 300_000);

afterAll(async () => {
  await app?.close();
  await auth?.cleanup();
  await env?.cleanup();
});

/** A concrete URL for a route pattern. */
function concrete(url: string): string {
  return url
    .replace(':id', docId)
    .replace(':name', 'nobody')
    .replace(':queueName', 'extract')
    .replace(/:[A-Za-z]+/g, 'x')
    .replace('*', 'app.css');
}

const BELOW: Record<string, 'analyst' | 'archivist' | null> = { analyst: null, archivist: 'analyst', admin: 'archivist' };

describe('every route checks its role', () => {
  it('refuses to start with a route that declares no role', async () => {
    const bare = Fastify();
    await installAuth(bare, { users: auth.users, secret: 'x'.repeat(32), secure: false, sessionTtlSeconds: 60, forbiddenPage: () => '' });
    expect(() => bare.get('/forgotten', async () => 'open')).toThrow(/declares no role/);
    await bare.close();
  });

  it('gives the API routes the roles of the design', () => {
    const table = Object.fromEntries(app.routeAccess.map((r) => [`${r.method} ${r.url}`, r.access]));
    expect(table).toMatchObject({
      'GET /health': 'public',
      'GET /login': 'public',
      'GET /search': 'analyst',
      'GET /documents/:id': 'analyst',
      'GET /documents/:id/file': 'analyst',
      'GET /documents/:id/pages/:page.png': 'analyst',
      'GET /jobs/:id': 'analyst',
      'GET /obligations': 'analyst',
      'GET /obligations.ics': 'analyst',
      'GET /app/search': 'analyst',
      'GET /app/documents/:id': 'analyst',
      'GET /app/obligations': 'analyst',
      'POST /documents': 'archivist',
      'PATCH /documents/:id': 'archivist',
      'POST /jobs/:id/retry': 'archivist',
      'GET /app/upload': 'archivist',
      'POST /app/documents/:id/correct': 'archivist',
      'GET /users': 'admin',
      'POST /users': 'admin',
      'DELETE /users/:name': 'admin',
      'GET /admin/queues': 'admin',
      'GET /admin/queues/api/queues': 'admin',
    });
    // Nothing else is public.
    const publicRoutes = app.routeAccess.filter((r) => r.access === 'public' && r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual(['GET /', 'GET /docs', 'GET /health', 'GET /login', 'GET /openapi.json', 'GET /static/*', 'POST /login', 'POST /logout'].sort());
  });

  it('refuses a missing key, a wrong key and a role below, on each route; lets the role in', async () => {
    const guarded = app.routeAccess.filter((r) => r.access !== 'public');
    expect(guarded.length).toBeGreaterThan(40);
    for (const route of guarded) {
      const base = { method: route.method, url: concrete(route.url) } as InjectOptions;
      const what = `${route.method} ${route.url}`;
      const missing = await app.inject(base);
      // Pages send a browser to the login page; everything else answers 401.
      if (missing.statusCode === 303) expect(missing.headers.location, what).toMatch(/^\/login\?next=/);
      else expect(missing.statusCode, what).toBe(401);
      if (route.method !== 'HEAD' && missing.statusCode === 401) expect(missing.json(), what).toMatchObject({ error: 'unauthorized' });

      const wrong = await app.inject({ ...base, headers: { authorization: 'Bearer vt_not-a-key-of-anybody-at-all-0000000000' } });
      expect(wrong.statusCode, what).toBe(401);
      const malformed = await app.inject({ ...base, headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } });
      expect(malformed.statusCode, what).toBe(401);

      const below = BELOW[route.access as string];
      if (below) {
        const refused = await app.inject({ ...base, headers: auth.as(below) });
        expect(refused.statusCode, `${what} as ${below}`).toBe(403);
      }
      // The role itself passes the check (the route may still say 400/404/409/501 about the request).
      const destructive = route.url.startsWith('/admin/queues/api') && route.method !== 'GET' && route.method !== 'HEAD';
      if (!destructive && route.url !== '/users/:name') {
        const allowed = await app.inject({ ...base, headers: auth.as(route.access as 'analyst') });
        expect([401, 403], `${what} as ${route.access}`).not.toContain(allowed.statusCode);
      }
    }
  }, 120_000);
});

function sessionCookie(setCookie: string | string[] | undefined): string {
  const raw = [setCookie ?? []].flat().find((c) => c.startsWith('vanthu_session='));
  if (!raw) throw new Error('no session cookie');
  return raw;
}

describe('login session', () => {
  it('logs in with the argon2id password into a signed httpOnly SameSite=Lax cookie, and out again', async () => {
    const bad = await app.inject({ method: 'POST', url: '/login', payload: { name: 'analyst', password: 'wrong password' } });
    expect(bad.statusCode).toBe(401);
    expect(bad.body).toContain('Sai tên đăng nhập hoặc mật khẩu');
    expect(bad.headers['set-cookie']).toBeUndefined();

    const ok = await app.inject({ method: 'POST', url: '/login', payload: { name: 'analyst', password: TEST_PASSWORD, next: '//evil.example/x' } });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/app/search'); // never an off-site redirect
    const raw = sessionCookie(ok.headers['set-cookie']);
    expect(raw).toMatch(/HttpOnly/);
    expect(raw).toMatch(/SameSite=Lax/);
    expect(raw).not.toMatch(/Secure/); // plain http here; https (or VANTHU_COOKIE_SECURE=true) adds it
    const cookie = raw.split(';')[0]!;

    expect((await app.inject({ url: '/me', headers: { cookie } })).json()).toEqual({ name: 'analyst', role: 'analyst' });
    // A forged cookie (the id changed, signature kept) is refused.
    const forged = cookie.replace(/=(.)/, (_m, c: string) => `=${c === 'A' ? 'B' : 'A'}`);
    expect((await app.inject({ url: '/me', headers: { cookie: forged } })).statusCode).toBe(401);
    // The stored password is an argon2id hash.
    const user = await auth.users.login('analyst', TEST_PASSWORD);
    expect(user?.role).toBe('analyst');

    const out = await app.inject({ method: 'POST', url: '/logout', headers: { cookie } });
    expect(out.statusCode).toBe(303);
    expect((await app.inject({ url: '/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('refuses a cookie-borne change from another site', async () => {
    const ok = await app.inject({ method: 'POST', url: '/login', payload: { name: 'archivist', password: TEST_PASSWORD } });
    const cookie = sessionCookie(ok.headers['set-cookie']).split(';')[0]!;
    const payload = { field: 'place', value: 'Hà Nội' };
    const cross = await app.inject({ method: 'PATCH', url: `/documents/${docId}`, payload, headers: { cookie, host: 'vanthu.local', origin: 'https://evil.example' } });
    expect(cross.statusCode).toBe(403);
    expect(cross.json()).toMatchObject({ error: 'cross_origin' });
    const same = await app.inject({ method: 'PATCH', url: `/documents/${docId}`, payload, headers: { cookie, host: 'vanthu.local', origin: 'http://vanthu.local' } });
    expect(same.statusCode).toBe(200);
  });

  it('accepts ?key= only where a calendar app needs it', async () => {
    const ics = await app.inject({ url: `/obligations.ics?key=${auth.keys.analyst}` });
    expect([401, 403]).not.toContain(ics.statusCode);
    expect((await app.inject({ url: '/obligations.ics?key=vt_wrong-key-wrong-key-wrong-key-000000' })).statusCode).toBe(401);
    expect((await app.inject({ url: `/search?key=${auth.keys.analyst}` })).statusCode).toBe(401);
  });
});

describe('corrections', () => {
  it('updates the record, keeps the extracted value and who changed it, and reindexes at once', async () => {
    const refused = await app.inject({ method: 'PATCH', url: `/documents/${docId}`, payload: { field: 'subject', value: 'x' }, headers: auth.as('analyst') });
    expect(refused.statusCode).toBe(403);

    const patch = (field: string, value: unknown) =>
      app.inject({ method: 'PATCH', url: `/documents/${docId}`, payload: { field, value }, headers: auth.as('archivist') });
    const first = await patch('subject', 'về việc kiểm tra thiết bị lọc nước tại bệnh viện');
    expect(first.statusCode).toBe(200);
    const second = await patch('subject', 'về việc kiểm tra máy lọc nước tại bệnh viện');
    const rec = DocumentRecord.parse(second.json());
    expect(rec.subject).toBe('về việc kiểm tra máy lọc nước tại bệnh viện');
    expect(rec.corrections.filter((c) => c.field === 'subject')).toEqual([
      { field: 'subject', from: 'đôn đốc triển khai chuyển đổi số y tế', to: 'về việc kiểm tra thiết bị lọc nước tại bệnh viện', by: 'archivist', at: expect.any(String) },
      { field: 'subject', from: 'đôn đốc triển khai chuyển đổi số y tế', to: 'về việc kiểm tra máy lọc nước tại bệnh viện', by: 'archivist', at: expect.any(String) },
    ]);
    expect((await env.rt.store.getRecord(docId))?.subject).toBe(rec.subject);
    // Searchable at once, without diacritics.
    const hits = (await app.inject({ url: '/search?q=may%20loc%20nuoc', headers: auth.as('analyst') })).json() as { hits: { id: string; subject: string }[] };
    expect(hits.hits.map((h) => h.id)).toContain(docId);

    // Values are checked against the record schema.
    expect((await patch('issuedDate', '31/05/2023')).statusCode).toBe(400);
    expect((await patch('issuedDate', '2023-06-01')).statusCode).toBe(200);
    expect((await patch('recipients', ['Sở Y tế Hà Nội', '  ', 'Sở Y tế Nam Định'])).json().recipients).toEqual(['Sở Y tế Hà Nội', 'Sở Y tế Nam Định']);
    expect((await patch('text', 'anything')).statusCode).toBe(400);
    expect((await patch('urgency', 'Rất khẩn')).statusCode).toBe(400);
  });

  it('works from the document page form and shows the audit trail', async () => {
    const login = await app.inject({ method: 'POST', url: '/login', payload: { name: 'archivist', password: TEST_PASSWORD } });
    const cookie = sessionCookie(login.headers['set-cookie']).split(';')[0]!;
    const headers = { cookie, host: 'vanthu.local', origin: 'http://vanthu.local' };
    const saved = await app.inject({ method: 'POST', url: `/app/documents/${docId}/correct`, payload: { field: 'place', value: 'Thành phố Hà Nội' }, headers });
    expect(saved.statusCode).toBe(303);
    const page = await app.inject({ url: `/app/documents/${docId}`, headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Lịch sử sửa');
    expect(page.body).toContain('Thành phố Hà Nội');
    expect(page.body).toContain('<mark id="ev-number"');
    expect(page.body).toContain('31/05/2023'); // dates dd/mm/yyyy
  });
});

describe('users', () => {
  it('are managed by admins over the API; a removed user\'s key stops working', async () => {
    expect((await app.inject({ method: 'POST', url: '/users', payload: { name: 'mai', role: 'analyst' }, headers: auth.as('archivist') })).statusCode).toBe(403);
    const created = await app.inject({ method: 'POST', url: '/users', payload: { name: 'mai', role: 'analyst' }, headers: auth.as('admin') });
    expect(created.statusCode).toBe(201);
    const { apiKey } = created.json() as { apiKey: string };
    expect(apiKey).toMatch(/^vt_[A-Za-z0-9_-]{43}$/);
    expect((await app.inject({ url: '/me', headers: { authorization: `Bearer ${apiKey}` } })).json()).toEqual({ name: 'mai', role: 'analyst' });
    expect((await app.inject({ method: 'POST', url: '/users', payload: { name: 'mai', role: 'admin' }, headers: auth.as('admin') })).statusCode).toBe(409);
    expect((await app.inject({ method: 'DELETE', url: '/users/mai', headers: auth.as('admin') })).statusCode).toBe(204);
    expect((await app.inject({ url: '/me', headers: { authorization: `Bearer ${apiKey}` } })).statusCode).toBe(401);
  });

  it('`vanthu users add` prints a key that works, stored only as its sha256', async () => {
    const childEnv = env.childEnv;
    const res = await runCli(['users', 'add', 'lan', '--role', 'archivist', '--password', 'mật khẩu của Lan'], childEnv);
    expect(res.code, res.stderr).toBe(0);
    const key = res.stdout.trim();
    expect(key).toMatch(/^vt_/);
    const me = await app.inject({ url: '/me', headers: { authorization: `Bearer ${key}` } });
    expect(me.json()).toEqual({ name: 'lan', role: 'archivist' });
    expect(await auth.users.login('lan', 'mật khẩu của Lan')).toMatchObject({ name: 'lan' });
    // The key itself is nowhere in the database: only its hash.
    const hashed = createHash('sha256').update(key).digest('hex');
    const row = await env.rt.sor.db.selectFrom('users').select('key_hash').where('name', '=', 'lan').executeTakeFirst();
    expect(row?.key_hash).toBe(hashed);
    const again = await runCli(['users', 'add', 'lan', '--role', 'admin'], childEnv);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  }, 60_000);
});
