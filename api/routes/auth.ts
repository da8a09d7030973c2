// The login page and session (public), logout, and who am I.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CurrentUser, LoginBody } from '../../schemas/api.ts';
import { readSessionId, SESSION_COOKIE, setSessionCookie, type AuthOptions } from '../auth/guard.ts';
import { html } from '../pages/html.ts';
import { errors, json } from '../openapi.ts';
import { layout, sendPage } from '../pages/layout.ts';

/** Only a path on this site (never `//host` or a scheme), else the search page. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) && !/[\u0000-\u001f]/.test(next) ? next : '/app/search';
}

function loginPage(next: string, error?: string, name = ''): string {
  return layout({
    title: 'Đăng nhập',
    user: null,
    section: 'login',
    body: html`<section class="login"><h1>Đăng nhập</h1>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="/login">
<input type="hidden" name="next" value="${next}">
<label for="name">Tên đăng nhập</label>
<input id="name" name="name" autocomplete="username" required value="${name}" autofocus>
<label for="password">Mật khẩu</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập</button>
</form></section>`,
  });
}

export function authRoutes(app: FastifyInstance, auth: AuthOptions): void {
  app.get('/', { config: { role: 'public' } }, async (_request, reply) => reply.redirect('/app/search', 303));

  app.get('/login', { config: { role: 'public' } }, async (request, reply) => {
    return sendPage(reply, loginPage(safeNext((request.query as { next?: unknown }).next)));
  });

  app.post('/login', { config: { role: 'public' } }, async (request, reply) => {
    const body = LoginBody.safeParse(request.body);
    const next = safeNext(body.success ? body.data.next : undefined);
    const user = body.success ? await auth.users.login(body.data.name, body.data.password) : null;
    if (!user) {
      request.log.info({ name: body.success ? body.data.name : undefined }, 'login refused');
      return sendPage(reply, loginPage(next, 'Sai tên đăng nhập hoặc mật khẩu.', body.success ? body.data.name : ''), 401);
    }
    const old = readSessionId(request);
    if (old) await auth.users.closeSession(old);
    setSessionCookie(request, reply, await auth.users.openSession(user.name), auth);
    request.log.info({ user: user.name }, 'logged in');
    return reply.redirect(next, 303);
  });

  app.post('/logout', { config: { role: 'public' } }, async (request: FastifyRequest, reply) => {
    const id = readSessionId(request);
    if (id) await auth.users.closeSession(id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/login', 303);
  });

  const meSchema = { operationId: 'me', summary: 'The user the credentials belong to', response: { 200: json('name and role', CurrentUser), ...errors(401) } };
  app.get('/me', { config: { role: 'analyst' }, schema: meSchema }, async (request) => ({ name: request.user!.name, role: request.user!.role }));
}
