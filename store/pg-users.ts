// UserRecords on PostgreSQL: users (unique key hash) and sessions (removed with their user).
import { sql } from 'kysely';
import type { Db } from './db.ts';
import type { StoredUser, UserRecords } from './user-records.ts';

type Row = { name: string; role: string; password_hash: string; key_hash: string | null; created_at: Date | string };
const toUser = (r: Row): StoredUser => ({
  name: r.name,
  role: r.role,
  passwordHash: r.password_hash,
  keyHash: r.key_hash,
  createdAt: (r.created_at instanceof Date ? r.created_at : new Date(r.created_at)).toISOString(),
});

export function createPgUserRecords(db: Db): UserRecords {
  return {
    async insertUser(u) {
      const row = await db
        .insertInto('users')
        .values({ name: u.name, role: u.role, password_hash: u.passwordHash, key_hash: u.keyHash, created_at: u.createdAt })
        .onConflict((oc) => oc.column('name').doNothing())
        .returning('name')
        .executeTakeFirst();
      return row !== undefined;
    },
    async getUser(name) {
      const row = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
      return row ? toUser(row) : null;
    },
    async listUsers() {
      return (await db.selectFrom('users').selectAll().orderBy('name').execute()).map(toUser);
    },
    async deleteUser(name) {
      const r = await db.deleteFrom('users').where('name', '=', name).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async updateUser(name, patch) {
      const set: { role?: string; password_hash?: string; key_hash?: string | null } = {};
      if (patch.role !== undefined) set.role = patch.role;
      if (patch.passwordHash !== undefined) set.password_hash = patch.passwordHash;
      if (patch.keyHash !== undefined) set.key_hash = patch.keyHash;
      const r = await db.updateTable('users').set(set).where('name', '=', name).executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async userByKeyHash(keyHash) {
      const row = await db.selectFrom('users').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
      return row ? toUser(row) : null;
    },
    async putSession(idHash, name, expiresAt) {
      await db.insertInto('sessions').values({ id_hash: idHash, user_name: name, expires_at: expiresAt }).execute();
      // Expired sessions are swept as new ones open: the table never grows without bound.
      await db.deleteFrom('sessions').where('expires_at', '<', sql<Date>`now()`).execute();
    },
    async sessionUser(idHash, now, renewTo) {
      const s = await db
        .updateTable('sessions')
        .set({ expires_at: renewTo })
        .where('id_hash', '=', idHash)
        .where('expires_at', '>', now)
        .returning('user_name')
        .executeTakeFirst();
      if (!s) return null;
      const row = await db.selectFrom('users').selectAll().where('name', '=', s.user_name).executeTakeFirst();
      return row ? toUser(row) : null;
    },
    async deleteSession(idHash) {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },
  };
}
