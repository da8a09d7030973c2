// Redis connections for BullMQ (ioredis). Workers and producers need different settings:
//  - workers block on Redis and must keep waiting through a Redis restart, so their commands retry
//    forever (`maxRetriesPerRequest: null`, required by BullMQ for Worker connections);
//  - producers (the HTTP API, the CLI) should fail fast, so a request does not hang while Redis is down.
// The URL is either `redis://…` (one server) or `redis-cluster://host:port,host:port` (Redis
// Cluster seed nodes, built by config.ts from VANTHU_REDIS_CLUSTER_NODES): the rest of the code
// passes it along as a string and never needs to know which.
import { Cluster, Redis, type RedisOptions } from 'ioredis';
import { ServiceUnavailableError, messageOf, redactUrl } from './errors.ts';

export type ConnectionRole = 'worker' | 'producer';
/** One server or a Redis Cluster: BullMQ and every command we send work on either. */
export type RedisConnection = Redis | Cluster;

const CLUSTER_SCHEME = 'redis-cluster://';

/** The seed nodes of a `redis-cluster://h:p,h:p` URL, or null for a plain Redis URL. */
export function clusterNodesOf(url: string): { host: string; port: number }[] | null {
  if (!url.startsWith(CLUSTER_SCHEME)) return null;
  return url.slice(CLUSTER_SCHEME.length).split(',').map((hp) => {
    const at = hp.lastIndexOf(':');
    return { host: hp.slice(0, at), port: Number(hp.slice(at + 1)) };
  });
}

/** Reconnect after 0.1 s, 0.2 s, ... capped at 5 s: never give up, never hammer. */
const reconnectDelay = (times: number) => Math.min(times * 100, 5_000);

function connect(url: string, options: RedisOptions): RedisConnection {
  const nodes = clusterNodesOf(url);
  if (!nodes) return new Redis(url, options);
  const { maxRetriesPerRequest, connectionName, connectTimeout, enableOfflineQueue, lazyConnect } = options;
  return new Cluster(nodes, {
    clusterRetryStrategy: options.retryStrategy ?? reconnectDelay,
    ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }),
    ...(lazyConnect === undefined ? {} : { lazyConnect }),
    redisOptions: {
      ...(maxRetriesPerRequest === undefined ? {} : { maxRetriesPerRequest }),
      ...(connectionName ? { connectionName } : {}),
      ...(connectTimeout ? { connectTimeout } : {}),
    },
  });
}

export function createRedisConnection(url: string, role: ConnectionRole, name?: string): RedisConnection {
  const options: RedisOptions = {
    retryStrategy: reconnectDelay,
    ...(name ? { connectionName: name } : {}),
    ...(role === 'worker'
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 2, connectTimeout: 5_000 }),
  };
  const redis = connect(url, options);
  // Without a listener ioredis prints every failed reconnect; callers that care attach their own.
  redis.on('error', () => {});
  return redis;
}

/** A URL (or cluster seed list) fit for messages: passwords hidden. */
export const describeRedis = (url: string): string => (clusterNodesOf(url) ? url : redactUrl(url));

/** Throw a ServiceUnavailableError naming the URL when Redis does not answer PING within a few seconds. */
export async function checkRedis(url: string, timeoutMs = 3_000): Promise<void> {
  const probe = connect(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let cause: unknown; // the socket error (ECONNREFUSED, ...) says more than connect()'s rejection
  probe.on('error', (error) => (cause ??= error));
  try {
    await withTimeout(probe.connect().then(() => probe.ping()), timeoutMs * 2);
  } catch (error) {
    throw new ServiceUnavailableError(`cannot reach Redis at ${describeRedis(url)} (${messageOf(cause ?? error) || 'no answer'})`);
  } finally {
    probe.disconnect();
  }
}

/** A cluster whose seeds refuse keeps retrying its slot refresh; bound the probe instead. */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer')), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
