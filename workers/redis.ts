// Redis connections for BullMQ (ioredis). Workers and producers need different settings:
//  - workers block on Redis and must keep waiting through a Redis restart, so their commands retry
//    forever (`maxRetriesPerRequest: null`, required by BullMQ for Worker connections);
//  - producers (the HTTP API, the CLI) should fail fast, so a request does not hang while Redis is down.
import { Redis, type RedisOptions } from 'ioredis';
import { ServiceUnavailableError, messageOf, redactUrl } from './errors.ts';

export type ConnectionRole = 'worker' | 'producer';

/** Reconnect after 0.1 s, 0.2 s, ... capped at 5 s: never give up, never hammer. */
const reconnectDelay = (times: number) => Math.min(times * 100, 5_000);

export function createRedisConnection(url: string, role: ConnectionRole, name?: string): Redis {
  const options: RedisOptions = {
    retryStrategy: reconnectDelay,
    ...(name ? { connectionName: name } : {}),
    ...(role === 'worker'
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 2, connectTimeout: 5_000 }),
  };
  const redis = new Redis(url, options);
  // Without a listener ioredis prints every failed reconnect; callers that care attach their own.
  redis.on('error', () => {});
  return redis;
}

/** Throw a ServiceUnavailableError naming the URL when Redis does not answer PING within a few seconds. */
export async function checkRedis(url: string, timeoutMs = 3_000): Promise<void> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let cause: unknown; // the socket error (ECONNREFUSED, ...) says more than connect()'s rejection
  probe.on('error', (error) => (cause ??= error));
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new ServiceUnavailableError(`cannot reach Redis at ${redactUrl(url)} (${messageOf(cause ?? error) || 'no answer'})`);
  } finally {
    probe.disconnect();
  }
}
