// The one access check. Every route declares the least role it needs (`config: { role }`); an
// onRoute hook attaches the check to each route as it is registered and throws — so the server
// does not start — when a route declares none. Plugin routes get theirs from PREFIX_ACCESS.
// Credentials: `Authorization: Bearer KEY`, or the signed session cookie, or (routes that allow
// it, for calendar apps) `?key=KEY`. Missing or wrong → 401; a role below the route's → 403.
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { roleAtLeast, type Access, type Role } from './roles.ts';
import type { User, UserStore } from './users.ts';

export const SESSION_COOKIE = 'vanthu_session';

/** Routes registered by plugins (Bull Board, static files), which cannot declare a role. */
const PREFIX_ACCESS: [string, Access][] = [
  ['/admin/queues', 'admin'],
  ['/static/', 'public'],
];

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with the access it was given (for tests and the docs). */
    routeAccess: RouteAccess[];
  }
  interface FastifyRequest {
    /** The authenticated user (null on public routes and before the check). */
    user: User | null;
  }
}

export interface AuthOptions {
  users: UserStore;
  secret: string;
  secure: 'auto' | boolean;
  sessionTtlSeconds: number;
  /** HTML answer for a page the user may not see. */
  forbiddenPage(user: User, need: Role): string;
}

export function accessOf(route: Pick<RouteOptions, 'url' | 'config'>): Access | undefined {
  const declared = (route.config as { role?: Access } | undefined)?.role;
  if (declared) return declared;
  return PREFIX_ACCESS.find(([prefix]) => route.url === prefix || route.url.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))?.[1];
}

function bearer(request: FastifyRequest): string | null | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}

function sessionId(request: FastifyRequest): string | null {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : null;
}

async function authenticate(request: FastifyRequest, users: UserStore, queryKey: boolean): Promise<{ user: User | null; via: 'key' | 'session' | null }> {
  const key = bearer(request);
  if (key !== undefined) return { user: key ? await users.byApiKey(key) : null, via: 'key' };
  if (queryKey) {
    const q = (request.query as Record<string, unknown> | undefined)?.key;
    if (typeof q === 'string') return { user: await users.byApiKey(q), via: 'key' };
  }
  const id = sessionId(request);
  if (id) return { user: await users.bySession(id), via: 'session' };
  return { user: null, via: null };
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A state-changing request riding on the cookie must come from our own pages. */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin ?? request.headers.referer;
  if (!origin) return false;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** Answered here, not thrown: plugins (Bull Board) have error handlers that reshape errors. */
const refuse = (reply: FastifyReply, status: 401 | 403, error: string, message: string) => reply.status(status).send({ error, message });

export function loginUrl(request: FastifyRequest): string {
  return `/login?next=${encodeURIComponent(request.url)}`;
}

export async function installAuth(app: FastifyInstance, options: AuthOptions): Promise<void> {
  await app.register(cookie, { secret: options.secret });
  app.decorateRequest('user', null);
  const table: RouteAccess[] = [];
  app.decorate('routeAccess', table);

  const guard = (access: Role, queryKey: boolean, page: boolean) =>
    async function checkAccess(request: FastifyRequest, reply: FastifyReply) {
      const { user, via } = await authenticate(request, options.users, queryKey);
      if (!user) {
        if (page && via !== 'key') return reply.redirect(loginUrl(request), 303);
        reply.header('www-authenticate', 'Bearer realm="vanthu"');
        return refuse(reply, 401, 'unauthorized', via ? 'the API key or session is not valid' : 'send an API key (Authorization: Bearer KEY) or log in');
      }
      if (!roleAtLeast(user.role, access)) {
        if (page) return reply.status(403).type('text/html; charset=utf-8').send(options.forbiddenPage(user, access));
        return refuse(reply, 403, 'forbidden', `this needs the ${access} role; ${user.name} is ${user.role}`);
      }
      if (via === 'session' && !SAFE.has(request.method) && !sameOrigin(request)) {
        return refuse(reply, 403, 'cross_origin', 'a request made with the login cookie must come from this site');
      }
      request.user = user;
    };

  app.addHook('onRoute', (route) => {
    const access = accessOf(route);
    if (!access) throw new Error(`route ${String(route.method)} ${route.url} declares no role (config: { role })`);
    for (const method of [route.method].flat()) table.push({ method, url: route.url, access });
    if (access === 'public') return;
    const config = (route.config ?? {}) as { queryKey?: boolean; page?: boolean };
    // The queue dashboard's own page is a page too: a browser without a session goes to the login.
    const page = config.page === true || route.url === '/admin/queues' || route.url === '/admin/queues/';
    const check = guard(access, config.queryKey === true, page);
    const existing = route.onRequest;
    route.onRequest = existing === undefined ? [check] : Array.isArray(existing) ? [check, ...existing] : [check, existing];
  });
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, id: string, options: Pick<AuthOptions, 'secure' | 'sessionTtlSeconds'>): void {
  reply.setCookie(SESSION_COOKIE, id, {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure === 'auto' ? request.protocol === 'https' : options.secure,
    path: '/',
    maxAge: options.sessionTtlSeconds,
  });
}

export function readSessionId(request: FastifyRequest): string | null {
  return sessionId(request);
}
