// `vanthu users add NAME --role ROLE [--password P]` (prints the new API key), `users list`,
// `users remove NAME`, `users key NAME` (a new key; the old one stops working),
// `users password NAME P`, `users role NAME ROLE`. Users live in PostgreSQL (app/users.ts).
import { z } from 'zod';
import { config } from '../config.ts';
import { Role } from '../api/auth/roles.ts';
import { openSystemOfRecord } from '../app/database.ts';
import { createUserService, UserExistsError, type UserStore } from '../app/users.ts';

async function withUsers<T>(run: (users: UserStore) => Promise<T>): Promise<T> {
  const cfg = config();
  const sor = await openSystemOfRecord(cfg);
  try {
    return await run(createUserService(sor.userRecords, { sessionTtlSeconds: cfg.auth.sessionTtlSeconds }));
  } finally {
    await sor.close();
  }
}

function fail(message: string): number {
  process.stderr.write(`vanthu: ${message}\n`);
  return 2;
}

const problem = (error: unknown) => (error instanceof z.ZodError ? error.issues.map((i) => i.message).join('; ') : (error as Error).message);

export type UsersAction = 'add' | 'list' | 'remove' | 'key' | 'password' | 'role';

export async function usersCommand(action: UsersAction, args: string[], options: { role?: string; password?: string; json?: boolean }): Promise<number> {
  const [name, value] = args;
  if (action !== 'list' && !name) return fail(`users ${action}: give the user's name`);
  return withUsers(async (users) => {
    try {
      switch (action) {
        case 'add': {
          const role = Role.safeParse(options.role);
          if (!role.success) return fail(`--role must be one of ${Role.options.join(', ')}`);
          const { apiKey } = await users.add(name!, role.data, options.password);
          process.stderr.write(`vanthu: user ${name} (${role.data}) created${options.password ? ' with a password' : ''}; the API key below is shown once\n`);
          process.stdout.write(`${apiKey}\n`);
          return 0;
        }
        case 'list': {
          const list = await users.list();
          if (options.json) process.stdout.write(`${JSON.stringify(list)}\n`);
          else for (const u of list) process.stdout.write(`${u.name}\t${u.role}\t${u.hasPassword ? 'password' : 'key only'}\t${u.createdAt}\n`);
          return 0;
        }
        case 'remove':
          if (!(await users.remove(name!))) return fail(`no user ${name}`);
          process.stderr.write(`vanthu: user ${name} removed\n`);
          return 0;
        case 'key':
          process.stdout.write(`${await users.rotateKey(name!)}\n`);
          return 0;
        case 'password':
          if (!value) return fail('users password NAME PASSWORD');
          await users.setPassword(name!, value);
          return 0;
        case 'role': {
          const role = Role.safeParse(value);
          if (!role.success) return fail(`the role must be one of ${Role.options.join(', ')}`);
          await users.setRole(name!, role.data);
          return 0;
        }
      }
    } catch (error) {
      if (error instanceof UserExistsError || error instanceof z.ZodError || /^no user /.test((error as Error).message)) return fail(problem(error));
      throw error;
    }
  });
}
