// GET /health: PostgreSQL, Redis and Elasticsearch reachable → 200, else 503 naming the one that is not.
import type { FastifyInstance } from 'fastify';
import { HealthResponse } from '../../schemas/api.ts';
import type { ApiDeps } from '../deps.ts';
import { json } from '../openapi.ts';

const TIMEOUT_MS = 2_000;

async function probe(check: () => Promise<boolean>): Promise<'ok' | 'unreachable'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), TIMEOUT_MS);
  });
  try {
    return (await Promise.race([check(), timeout])) ? 'ok' : 'unreachable';
  } catch {
    return 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const schema = {
    operationId: 'health',
    summary: 'Whether PostgreSQL, Redis and Elasticsearch are reachable',
    response: { 200: json('both reachable', HealthResponse), 503: json('at least one is unreachable (the body says which)', HealthResponse) },
  };
  app.get('/health', { config: { role: 'public' }, schema }, async (request, reply) => {
    const [postgres, redis, elasticsearch] = await Promise.all([
      deps.database ? probe(() => deps.database!.ping()) : undefined,
      probe(async () => (await deps.redis.ping()) === 'PONG'),
      probe(() => deps.search.ping()),
    ]);
    const body: HealthResponse = { ...(postgres ? { postgres } : {}), redis, elasticsearch };
    if (redis !== 'ok' || elasticsearch !== 'ok' || (postgres && postgres !== 'ok')) {
      request.log.warn(body, 'health check failed');
      return reply.status(503).send(body);
    }
    return body;
  });
}
