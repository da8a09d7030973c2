// Users, API keys and login sessions, kept in Redis under `<prefix>:auth:`.
//   user:<name>          hash { name, role, passwordHash (argon2id, '' when none), keyHash, createdAt }
//   users                set of names
//   key:<sha256(key)>    the user's name (one key per user; a new key replaces the old one)
//   session:<sha256(id)> the user's name, expiring after the session TTL (renewed on use)
// Roles are read from the user on every request, so removing a user or changing a role takes
// effect at once, for keys and sessions alike.
import argon2 from 'argon2';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { Role } from './roles.ts';
import { hashToken, newToken } from './tokens.ts';

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

export function createUserStore(redis: Redis, options: { prefix: string; sessionTtlSeconds: number }): UserStore {
  const k = (...parts: string[]) => [options.prefix, 'auth', ...parts].join(':');
  const ttl = options.sessionTtlSeconds;

  async function read(name: string): Promise<(User & { passwordHash: string; keyHash: string }) | null> {
    if (!UserName.safeParse(name).success) return null;
    const h = await redis.hgetall(k('user', name));
    const role = Role.safeParse(h.role);
    if (!h.name || !role.success) return null;
    return { name: h.name, role: role.data, hasPassword: !!h.passwordHash, createdAt: h.createdAt ?? '', passwordHash: h.passwordHash ?? '', keyHash: h.keyHash ?? '' };
  }
  const pub = ({ name, role, hasPassword, createdAt }: User): User => ({ name, role, hasPassword, createdAt });
  const hashPassword = (password: string) => argon2.hash(Password.parse(password), { type: argon2.argon2id });

  async function rotateKey(name: string): Promise<string> {
    const user = await read(name);
    if (!user) throw new Error(`no user ${name}`);
    const key = newToken('vt_');
    const keyHash = hashToken(key);
    const tx = redis.multi().set(k('key', keyHash), name).hset(k('user', name), 'keyHash', keyHash);
    if (user.keyHash) tx.del(k('key', user.keyHash));
    await tx.exec();
    return key;
  }

  return {
    async add(name, role, password) {
      UserName.parse(name);
      Role.parse(role);
      const passwordHash = password === undefined ? '' : await hashPassword(password);
      const createdAt = new Date().toISOString();
      const created = await redis.hsetnx(k('user', name), 'name', name);
      if (!created) throw new UserExistsError(`user ${name} already exists`);
      await redis.multi().hset(k('user', name), { role, passwordHash, createdAt }).sadd(k('users'), name).exec();
      const apiKey = await rotateKey(name);
      return { user: { name, role, hasPassword: passwordHash !== '', createdAt }, apiKey };
    },
    async get(name) {
      const user = await read(name);
      return user && pub(user);
    },
    async list() {
      const names = (await redis.smembers(k('users'))).sort();
      const users = await Promise.all(names.map((n) => read(n)));
      return users.filter((u): u is NonNullable<typeof u> => u !== null).map(pub);
    },
    async remove(name) {
      const user = await read(name);
      if (!user) return false;
      const tx = redis.multi().del(k('user', name)).srem(k('users'), name);
      if (user.keyHash) tx.del(k('key', user.keyHash));
      await tx.exec();
      return true;
    },
    rotateKey,
    async setPassword(name, password) {
      if (!(await read(name))) throw new Error(`no user ${name}`);
      await redis.hset(k('user', name), 'passwordHash', await hashPassword(password));
    },
    async setRole(name, role) {
      if (!(await read(name))) throw new Error(`no user ${name}`);
      await redis.hset(k('user', name), 'role', Role.parse(role));
    },
    async byApiKey(key) {
      if (key.length < 20 || key.length > 200) return null;
      const keyHash = hashToken(key);
      const name = await redis.get(k('key', keyHash));
      const user = name ? await read(name) : null;
      // The user's current key only (a stale mapping left by a crash between two writes is ignored).
      return user && user.keyHash === keyHash ? pub(user) : null;
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
      await redis.set(k('session', hashToken(id)), name, 'EX', ttl);
      return id;
    },
    async bySession(id) {
      if (id.length < 20 || id.length > 200) return null;
      const key = k('session', hashToken(id));
      const name = await redis.get(key);
      if (!name) return null;
      const user = await read(name);
      if (!user) return null;
      await redis.expire(key, ttl);
      return pub(user);
    },
    async closeSession(id) {
      await redis.del(k('session', hashToken(id)));
    },
  };
}
