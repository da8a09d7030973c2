// GET /health: Redis and Elasticsearch reachable → 200, else 503 naming the one that is not.
import type { FastifyInstance } from 'fastify';
import type { HealthResponse } from '../../schemas/api.ts';
import type { ApiDeps } from '../deps.ts';

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
  app.get('/health', { config: { role: 'public' } }, async (request, reply) => {
    const [redis, elasticsearch] = await Promise.all([
      probe(async () => (await deps.redis.ping()) === 'PONG'),
      probe(() => deps.search.ping()),
    ]);
    const body: HealthResponse = { redis, elasticsearch };
    if (redis !== 'ok' || elasticsearch !== 'ok') {
      request.log.warn(body, 'health check failed');
      return reply.status(503).send(body);
    }
    return body;
  });
}
