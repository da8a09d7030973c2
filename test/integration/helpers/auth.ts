// Users for tests: one of each role, with API keys and a password, in the test's own user store
// (its runtime's PostgreSQL database, dropped with it).
import type { Role } from '../../../api/auth/roles.ts';
import type { UserStore } from '../../../api/auth/users.ts';

export const TEST_PASSWORD = 'mật khẩu thử 123';

export interface TestAuth {
  users: UserStore;
  /** API key of the user named after each role (admin, archivist, analyst). */
  keys: Record<Role, string>;
  /** `{ authorization: 'Bearer KEY' }` for that role. */
  as(role: Role): { authorization: string };
  cleanup(): Promise<void>;
}

export async function createTestAuth(users: UserStore): Promise<TestAuth> {
  const keys = {} as Record<Role, string>;
  for (const role of ['admin', 'archivist', 'analyst'] as const) keys[role] = (await users.add(role, role, TEST_PASSWORD)).apiKey;
  return {
    users,
    keys,
    as: (role) => ({ authorization: `Bearer ${keys[role]}` }),
    async cleanup() {
      for (const u of await users.list().catch(() => [])) await users.remove(u.name).catch(() => {});
    },
  };
}
