// Users for tests: one of each role, with API keys and a password, under a per-test Redis key
// prefix (removed by cleanup()).
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { config } from '../../../config.ts';
import type { Role } from '../../../api/auth/roles.ts';
import { createUserStore, type UserStore } from '../../../api/auth/users.ts';

export const TEST_PASSWORD = 'mật khẩu thử 123';

export interface TestAuth {
  prefix: string;
  users: UserStore;
  /** API key of the user named after each role (admin, archivist, analyst). */
  keys: Record<Role, string>;
  /** `{ authorization: 'Bearer KEY' }` for that role. */
  as(role: Role): { authorization: string };
  cleanup(): Promise<void>;
}

export async function createTestAuth(redisUrl = config().redisUrl, name = 'auth'): Promise<TestAuth> {
  const prefix = `vt-${name}-${randomBytes(4).toString('hex')}`;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  const users = createUserStore(redis, { prefix, sessionTtlSeconds: 3600 });
  const keys = {} as Record<Role, string>;
  for (const role of ['admin', 'archivist', 'analyst'] as const) keys[role] = (await users.add(role, role, TEST_PASSWORD)).apiKey;
  return {
    prefix,
    users,
    keys,
    as: (role) => ({ authorization: `Bearer ${keys[role]}` }),
    async cleanup() {
      let cursor = '0';
      do {
        const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        cursor = next;
        if (found.length) await redis.del(...found);
      } while (cursor !== '0');
      redis.disconnect();
    },
  };
}
