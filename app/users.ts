// Users, API keys and login sessions: the rules (names, roles, argon2id passwords, one sha256-hashed
// key per user, sessions renewed on use) over a UserRecords driver (PostgreSQL in production).
// Roles are read from the user on every request, so removing a user or changing a role takes
// effect at once, for keys and sessions alike.
import argon2 from 'argon2';
import { z } from 'zod';
import { Role } from '../api/auth/roles.ts';
import { hashToken, newToken } from '../api/auth/tokens.ts';
import type { StoredUser, UserRecords } from '../store/user-records.ts';

export const UserName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, 'a user name is 1–64 letters, digits and . _ @ - (no spaces)');

export const Password = z.string().min(8, 'a password has at least 8 characters').max(1024);

export interface User {
  name: string;
  role: Role;
  hasPassword: boolean;
  createdAt: string;
}

export class UserExistsError extends Error {
  override readonly name = 'UserExistsError';
}

/** Hashing a password nobody has, so a login for an unknown name takes as long as a real one. */
let dummyHash: Promise<string> | undefined;

export interface UserStore {
  /** Create a user; returns it with its new API key (shown once, stored hashed). */
  add(name: string, role: Role, password?: string): Promise<{ user: User; apiKey: string }>;
  get(name: string): Promise<User | null>;
  list(): Promise<User[]>;
  remove(name: string): Promise<boolean>;
  /** A new API key for the user; the old one stops working. */
  rotateKey(name: string): Promise<string>;
  setPassword(name: string, password: string): Promise<void>;
  setRole(name: string, role: Role): Promise<void>;
  byApiKey(key: string): Promise<User | null>;
  /** The user when the password is right, else null (same time either way, near enough). */
  login(name: string, password: string): Promise<User | null>;
  openSession(name: string): Promise<string>;
  bySession(id: string): Promise<User | null>;
  closeSession(id: string): Promise<void>;
}

export function createUserService(records: UserRecords, options: { sessionTtlSeconds: number }): UserStore {
  const ttlMs = options.sessionTtlSeconds * 1000;
  const pub = (u: StoredUser): User | null => {
    const role = Role.safeParse(u.role);
    return role.success ? { name: u.name, role: role.data, hasPassword: u.passwordHash !== '', createdAt: u.createdAt } : null;
  };
  const read = async (name: string) => (UserName.safeParse(name).success ? records.getUser(name) : null);
  const hashPassword = (password: string) => argon2.hash(Password.parse(password), { type: argon2.argon2id });
  const must = (ok: boolean, name: string) => {
    if (!ok) throw new Error(`no user ${name}`);
  };

  return {
    async add(name, role, password) {
      UserName.parse(name);
      Role.parse(role);
      const passwordHash = password === undefined ? '' : await hashPassword(password);
      const apiKey = newToken('vt_');
      const user: StoredUser = { name, role, passwordHash, keyHash: hashToken(apiKey), createdAt: new Date().toISOString() };
      if (!(await records.insertUser(user))) throw new UserExistsError(`user ${name} already exists`);
      return { user: pub(user)!, apiKey };
    },
    async get(name) {
      const u = await read(name);
      return u && pub(u);
    },
    async list() {
      return (await records.listUsers()).flatMap((u) => pub(u) ?? []);
    },
    async remove(name) {
      return UserName.safeParse(name).success && records.deleteUser(name);
    },
    async rotateKey(name) {
      const key = newToken('vt_');
      must((await read(name)) !== null && (await records.updateUser(name, { keyHash: hashToken(key) })), name);
      return key;
    },
    async setPassword(name, password) {
      const passwordHash = await hashPassword(password);
      must((await read(name)) !== null && (await records.updateUser(name, { passwordHash })), name);
    },
    async setRole(name, role) {
      must((await read(name)) !== null && (await records.updateUser(name, { role: Role.parse(role) })), name);
    },
    async byApiKey(key) {
      if (key.length < 20 || key.length > 200) return null;
      const u = await records.userByKeyHash(hashToken(key));
      return u && pub(u);
    },
    async login(name, password) {
      const user = await read(name);
      if (!user || !user.passwordHash || password.length > 1024) {
        dummyHash ??= argon2.hash(newToken(), { type: argon2.argon2id });
        await argon2.verify(await dummyHash, password.slice(0, 1024)).catch(() => false);
        return null;
      }
      return (await argon2.verify(user.passwordHash, password).catch(() => false)) ? pub(user) : null;
    },
    async openSession(name) {
      const id = newToken();
      await records.putSession(hashToken(id), name, new Date(Date.now() + ttlMs));
      return id;
    },
    async bySession(id) {
      if (id.length < 20 || id.length > 200) return null;
      const now = new Date();
      const u = await records.sessionUser(hashToken(id), now, new Date(now.getTime() + ttlMs));
      return u && pub(u);
    },
    async closeSession(id) {
      await records.deleteSession(hashToken(id));
    },
  };
}
