// In-memory drivers of the record and user contracts: service tests run without services, and the
// contract suite (test/integration/store-contract.test.ts) holds them to the same behaviour as
// PostgreSQL. Values are deep-copied in and out, as a database would.
import { DocumentRecord } from '../schemas/record.ts';
import type { Correction, CurrentRecord, DocumentMeta, DocumentRow, RecordStore } from './record-store.ts';
import type { StoredUser, UserRecords } from './user-records.ts';

const copy = <T>(v: T): T => structuredClone(v);

export function createMemoryRecordStore(): RecordStore {
  const docs = new Map<string, DocumentRow>();
  const records = new Map<string, CurrentRecord>();
  const corrections = new Map<string, Correction[]>();
  return {
    async addDocument(meta: DocumentMeta) {
      const found = docs.get(meta.id);
      if (found) return { meta: { id: found.id, name: found.name, bytes: found.bytes, receivedAt: found.receivedAt }, created: false };
      docs.set(meta.id, { ...copy(meta), failure: null, jobs: { extract: null, index: null } });
      return { meta: copy(meta), created: true };
    },
    async getDocument(id) {
      const d = docs.get(id);
      return d ? copy(d) : null;
    },
    async getCurrent(id) {
      const r = records.get(id);
      return r ? copy(r) : null;
    },
    async writeRecord(id, write) {
      if (!docs.has(id)) throw new Error(`no document ${id}`);
      const record = DocumentRecord.parse(copy(write.record));
      const current = records.get(id);
      if (write.expectedVersion === null ? current !== undefined : current?.version !== write.expectedVersion) return null;
      const version = (current?.version ?? 0) + 1;
      records.set(id, { record, version, pipelineVersion: write.pipelineVersion, indexedVersion: current?.indexedVersion ?? null });
      if (write.correction) corrections.set(id, [...(corrections.get(id) ?? []), { ...copy(write.correction), version }]);
      return version;
    },
    async corrections(id) {
      return copy(corrections.get(id) ?? []);
    },
    async markIndexed(id, version) {
      const r = records.get(id);
      if (r && (r.indexedVersion === null || r.indexedVersion < version)) r.indexedVersion = version;
    },
    async setFailure(id, failure) {
      const d = docs.get(id);
      if (d) d.failure = failure && copy(failure);
    },
    async setJob(id, stage, jobId) {
      const d = docs.get(id);
      if (d) d.jobs[stage] = jobId;
    },
    async listIds(filter, after, limit) {
      return [...docs.keys()]
        .sort()
        .filter((id) => after === null || id > after)
        .filter((id) => !filter.withoutRecord || !records.has(id))
        .filter((id) => !filter.withRecord || records.has(id))
        .filter((id) => !filter.indexBehind || (records.has(id) && records.get(id)!.indexedVersion !== records.get(id)!.version))
        .filter((id) => filter.pipelineBefore === undefined || (records.get(id)?.pipelineVersion ?? Infinity) < filter.pipelineBefore)
        .slice(0, limit);
    },
    async countDocuments() {
      return docs.size;
    },
  };
}

export function createMemoryUserRecords(): UserRecords {
  const users = new Map<string, StoredUser>();
  const sessions = new Map<string, { name: string; expiresAt: number }>();
  const keyTaken = (hash: string | null, except: string) => hash !== null && [...users.values()].some((u) => u.keyHash === hash && u.name !== except);
  return {
    async insertUser(u) {
      if (users.has(u.name) || keyTaken(u.keyHash, u.name)) return false;
      users.set(u.name, copy(u));
      return true;
    },
    async getUser(name) {
      const u = users.get(name);
      return u ? copy(u) : null;
    },
    async listUsers() {
      return [...users.values()].sort((a, b) => (a.name < b.name ? -1 : 1)).map(copy);
    },
    async deleteUser(name) {
      for (const [id, s] of sessions) if (s.name === name) sessions.delete(id);
      return users.delete(name);
    },
    async updateUser(name, patch) {
      const u = users.get(name);
      if (!u) return false;
      if (patch.keyHash !== undefined && keyTaken(patch.keyHash, name)) throw new Error('key hash already in use');
      Object.assign(u, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
      return true;
    },
    async userByKeyHash(keyHash) {
      const u = [...users.values()].find((x) => x.keyHash === keyHash);
      return u ? copy(u) : null;
    },
    async putSession(idHash, name, expiresAt) {
      sessions.set(idHash, { name, expiresAt: expiresAt.getTime() });
    },
    async sessionUser(idHash, now, renewTo) {
      const s = sessions.get(idHash);
      if (!s || s.expiresAt <= now.getTime()) return null;
      s.expiresAt = renewTo.getTime();
      const u = users.get(s.name);
      return u ? copy(u) : null;
    },
    async deleteSession(idHash) {
      sessions.delete(idHash);
    },
  };
}
