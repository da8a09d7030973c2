// The earlier JSON store (originals and records as files), kept so `vanthu migrate` can import it
// into PostgreSQL. Its originals folder is the blob store's layout (blob-store.ts).
//
//   <dir>/originals/<aa>/<sha256>        the bytes as received
//   <dir>/originals/<aa>/<sha256>.json   { id, name, bytes, receivedAt } of the first receipt
//   <dir>/records/<aa>/<sha256>.json     the DocumentRecord (validated by the zod schema)
//
// <aa> is the first two hex digits of the id. Every write goes to a temporary file in the target
// folder and is then renamed (records) or hard-linked (original meta, exclusive: the first receipt
// wins even when two uploads of the same bytes race). Ids are checked against /^[0-9a-f]{64}$/
// before any path is built, and the uploaded file name is only ever stored as data.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DocumentRecord } from '../schemas/record.ts';
import { checkId, isErrno, readOrNull, writeAtomic, writeTemp } from './blob-store.ts';
import type { DocumentStore, StoredOriginal } from './document-store.ts';

export { InvalidDocumentIdError } from './blob-store.ts';
const ID_RE = /^[0-9a-f]{64}$/;

/** Atomically create `target` with `data` unless it exists; returns false when it already existed. */
async function createExclusive(target: string, data: string): Promise<boolean> {
  const tmp = await writeTemp(target, data);
  try {
    await fs.link(tmp, target);
    return true;
  } catch (err) {
    if (isErrno(err, 'EEXIST')) return false;
    throw err;
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

function parseMeta(raw: Buffer, file: string): StoredOriginal {
  const m = JSON.parse(raw.toString('utf8')) as Partial<StoredOriginal>;
  if (
    typeof m.id !== 'string' ||
    typeof m.name !== 'string' ||
    typeof m.bytes !== 'number' ||
    typeof m.receivedAt !== 'string'
  ) {
    throw new Error(`corrupt original meta file ${file}`);
  }
  return { id: m.id, name: m.name, bytes: m.bytes, receivedAt: m.receivedAt };
}

export function createFsStore(dir: string): DocumentStore {
  const root = path.resolve(dir);
  const originalsDir = path.join(root, 'originals');
  const recordsDir = path.join(root, 'records');
  const originalPath = (id: string) => path.join(originalsDir, id.slice(0, 2), checkId(id));
  const metaPath = (id: string) => `${originalPath(id)}.json`;
  const recordPath = (id: string) => path.join(recordsDir, id.slice(0, 2), `${checkId(id)}.json`);

  return {
    async putOriginal(bytes: Uint8Array, name: string): Promise<StoredOriginal> {
      const id = createHash('sha256').update(bytes).digest('hex');
      const existing = await readOrNull(metaPath(id));
      if (existing) return parseMeta(existing, metaPath(id));
      // Bytes first, meta last: a meta file means the original is complete.
      await writeAtomic(originalPath(id), bytes);
      const meta: StoredOriginal = { id, name: String(name), bytes: bytes.byteLength, receivedAt: new Date().toISOString() };
      if (await createExclusive(metaPath(id), `${JSON.stringify(meta, null, 2)}\n`)) return meta;
      const winner = await readOrNull(metaPath(id)); // a concurrent upload of the same bytes won
      if (!winner) throw new Error(`original meta for ${id} vanished`);
      return parseMeta(winner, metaPath(id));
    },

    async getOriginal(id: string): Promise<{ meta: StoredOriginal; bytes: Buffer } | null> {
      const rawMeta = await readOrNull(metaPath(id));
      if (!rawMeta) return null;
      const bytes = await readOrNull(originalPath(id));
      if (!bytes) throw new Error(`original ${id} has a meta file but no bytes`);
      return { meta: parseMeta(rawMeta, metaPath(id)), bytes };
    },

    async putRecord(record: DocumentRecord): Promise<void> {
      const valid = DocumentRecord.parse(record);
      await writeAtomic(recordPath(valid.id), `${JSON.stringify(valid, null, 2)}\n`);
    },

    async getRecord(id: string): Promise<DocumentRecord | null> {
      const raw = await readOrNull(recordPath(id));
      if (!raw) return null;
      return DocumentRecord.parse(JSON.parse(raw.toString('utf8')));
    },

    async *recordIds(): AsyncIterable<string> {
      let shards: string[];
      try {
        shards = (await fs.readdir(recordsDir)).filter((s) => /^[0-9a-f]{2}$/.test(s)).sort();
      } catch (err) {
        if (isErrno(err, 'ENOENT')) return;
        throw err;
      }
      for (const shard of shards) {
        let names: string[];
        try {
          names = await fs.readdir(path.join(recordsDir, shard));
        } catch (err) {
          if (isErrno(err, 'ENOENT') || isErrno(err, 'ENOTDIR')) continue;
          throw err;
        }
        for (const name of names.sort()) {
          const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
          if (ID_RE.test(id) && id.startsWith(shard)) yield id;
        }
      }
    },
  };
}
