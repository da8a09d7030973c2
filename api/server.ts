// The HTTP API and the web app: buildServer() wires routes onto given dependencies (tests use
// .inject() or a real listen); startServer() builds the real dependencies from config() and
// listens (`vanthu serve`). Every route declares the least role it needs (api/auth/guard.ts).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { config } from '../config.ts';
import { openRuntime, type Runtime } from '../app/runtime.ts';
import { pingDatabase } from '../store/db.ts';
import { createLogger } from '../workers/logger.ts';
import { mountAdmin } from './admin.ts';
import { installAuth, type AuthOptions } from './auth/guard.ts';
import type { UserStore } from './auth/users.ts';
import type { ApiDeps, ApiLimits, Ingest } from './deps.ts';
import { frameworkErrors, installErrorHandlers } from './errors.ts';
import { installOpenApi } from './openapi.ts';
import { forbiddenPage } from './pages/layout.ts';
import { authRoutes } from './routes/auth.ts';
import { docsRoutes } from './routes/docs.ts';
import { documentRoutes } from './routes/documents.ts';
import { edxmlRoutes } from './routes/edxml.ts';
import { createEdxmlReceiver } from '../exchange/edxml/receiver.ts';
import { organsFromConfig } from '../exchange/edxml/service.ts';
import { pageImageRoutes } from './routes/page-images.ts';
import { healthRoutes } from './routes/health.ts';
import { jobRoutes } from './routes/jobs.ts';
import { obligationRoutes } from './routes/obligations.ts';
import { pageRoutes } from './routes/pages.ts';
import { searchRoutes } from './routes/search.ts';
import { userRoutes } from './routes/users.ts';

export type { ApiDeps } from './deps.ts';

export const DEFAULT_MAX_FILES = 50;
const STATIC_DIR = path.resolve(import.meta.dirname, '..', 'web', 'static');

function resolveLimits(given: Partial<ApiLimits> | undefined): ApiLimits {
  const maxFileBytes = given?.maxFileBytes ?? config().maxFileBytes;
  const maxFiles = given?.maxFiles ?? DEFAULT_MAX_FILES;
  // Files are held in memory until every one is checked: cap the request, not only each file.
  const maxRequestBytes = given?.maxRequestBytes ?? Math.max(maxFileBytes, 256 * 1024 * 1024);
  return { maxFileBytes, maxFiles, maxRequestBytes };
}

function authOptions(deps: ApiDeps, logger: FastifyBaseLogger): AuthOptions {
  const cfg = config().auth;
  let secret = deps.session?.secret ?? cfg.sessionSecret;
  if (!secret) {
    secret = randomBytes(32).toString('base64url');
    logger.warn('VANTHU_SESSION_SECRET is not set: sessions end when this process stops');
  }
  return {
    users: deps.users,
    secret,
    secure: deps.session?.secure ?? cfg.cookieSecure,
    sessionTtlSeconds: deps.session?.ttlSeconds ?? cfg.sessionTtlSeconds,
    forbiddenPage: (user, need) => forbiddenPage(user, need),
  };
}

export async function buildServer(deps: ApiDeps): Promise<FastifyInstance> {
  const logger = deps.logger ?? pino({ level: config().logLevel });
  const limits = resolveLimits(deps.limits);
  const ingest: Ingest = deps.ingest ?? ((files) => deps.documents.ingest(files));

  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // Ids are sha256 and job ids are short; nothing legitimate needs a long URL.
    routerOptions: { maxParamLength: 200 },
    frameworkErrors,
  });
  installErrorHandlers(app);
  await installOpenApi(app);
  // First, so that every route registered after it gets its access check.
  const auth = authOptions(deps, app.log);
  await installAuth(app, auth);
  await app.register(multipart, { limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles } });
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  await app.register(fastifyStatic, { root: STATIC_DIR, prefix: '/static/', index: false, maxAge: '1h' });

  documentRoutes(app, deps, ingest, limits);
  pageImageRoutes(app, deps);
  searchRoutes(app, deps);
  jobRoutes(app, deps);
  healthRoutes(app, deps);
  docsRoutes(app);
  obligationRoutes(app, deps);
  authRoutes(app, auth);
  userRoutes(app, deps.users);
  pageRoutes(app, deps, limits);
  edxmlRoutes(app, deps);
  await mountAdmin(app, deps.queues, logger);
  return app;
}

export interface StartOptions {
  /** Overrides of config().api (e.g. `vanthu serve --port`). */
  port?: number;
  host?: string;
  /** An open runtime to serve (default: openRuntime(config())); the server closes it on close. */
  runtime?: Runtime;
  /** Close the server on SIGINT/SIGTERM and exit (default true). */
  handleSignals?: boolean;
  /** Users to serve (default: the runtime's, in PostgreSQL); tests pass their own. */
  users?: UserStore;
}

/** The API's dependencies taken from a runtime (the services and repositories it opened); `extra` overrides. */
export function runtimeApiDeps(rt: Runtime, extra: Partial<ApiDeps> = {}): ApiDeps {
  return {
    store: rt.store,
    documents: rt.documents,
    records: rt.records,
    database: { ping: () => pingDatabase(rt.sor.db) },
    search: rt.searchIndex,
    queues: rt.queues,
    redis: rt.redis,
    logger: rt.logger,
    ingest: rt.ingest,
    users: rt.users,
    ...extra,
  };
}

/**
 * Build the real dependencies from config(), listen, and close everything on SIGINT/SIGTERM.
 * Redis and Elasticsearch need not be up at start: /health says which one is missing.
 */
export async function startServer(options: StartOptions = {}): Promise<FastifyInstance> {
  const cfg = config();
  const logger = options.runtime?.logger ?? createLogger(cfg.logLevel);
  const rt = options.runtime ?? (await openRuntime(cfg, { logger, require: { redis: false, elasticsearch: false } }));
  try {
    await rt.searchIndex.migrate();
  } catch (error) {
    // Uploads and status still work; search answers once Elasticsearch is back.
    logger.warn({ err: error }, 'could not prepare the search index at start');
  }
  const users = options.users ?? rt.users;
  const edxml = createEdxmlReceiver({ blobs: rt.sor.blobs, records: rt.records, documents: rt.documents, indexing: rt.indexing, pipeline: rt.pipeline, organs: organsFromConfig(cfg) });
  const app = await buildServer(runtimeApiDeps(rt, { logger, users, edxml }));
  app.addHook('onClose', () => rt.close());
  try {
    await app.listen({ port: options.port ?? cfg.api.port, host: options.host ?? cfg.api.host });
  } catch (error) {
    await app.close();
    throw error;
  }

  if (options.handleSignals ?? true) {
    let closing = false;
    const shutdown = (signal: NodeJS.Signals) => {
      if (closing) return;
      closing = true;
      logger.info({ signal }, 'shutting down');
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'error while shutting down');
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  }
  return app;
}
