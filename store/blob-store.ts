// Content-addressed blob store for originals: the bytes as received, under their sha256, at
// <dir>/originals/<aa>/<sha256> (<aa>: its first two hex digits; the layout of the earlier JSON
// store, so `vanthu migrate` finds its originals in place). A local folder by default; when workers
// run on several machines, a folder every machine mounts (NFS or a shared volume). Writes go to a
// temporary file in the target folder, flushed, then renamed: a reader never sees half a file.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { documentIdOf, isDocumentId } from '../domain/document-id.ts';

export class InvalidDocumentIdError extends Error {
  override readonly name = 'InvalidDocumentIdError';
  constructor(id: unknown) {
    super(`invalid document id ${JSON.stringify(String(id).slice(0, 80))}: expected 64 lowercase hex digits (sha256)`);
  }
}

export function checkId(id: string): string {
  if (!isDocumentId(id)) throw new InvalidDocumentIdError(id);
  return id;
}

export const isErrno = (err: unknown, code: string): boolean => typeof err === 'object' && err !== null && (err as NodeJS.ErrnoException).code === code;

export const sha256 = documentIdOf;

/** Read a file, or null when it does not exist. */
export async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw err;
  }
}

/** Write `data` to a fresh temporary file beside `target`, flushed to disk; returns its path. */
export async function writeTemp(target: string, data: Uint8Array | string): Promise<string> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fh = await fs.open(tmp, 'wx', 0o644);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (err) {
    await fh.close().catch(() => {});
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await fh.close();
  return tmp;
}

/** Atomically replace `target` with `data`. */
export async function writeAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const tmp = await writeTemp(target, data);
  try {
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

export interface BlobStore {
  /** Store the bytes under their sha256 (a no-op when present); returns the sha256. */
  put(bytes: Uint8Array): Promise<string>;
  get(id: string): Promise<Buffer | null>;
  has(id: string): Promise<boolean>;
}

export function createFolderBlobStore(dir: string): BlobStore {
  const root = path.join(path.resolve(dir), 'originals');
  const file = (id: string) => path.join(root, checkId(id).slice(0, 2), id);
  return {
    async put(bytes) {
      const id = sha256(bytes);
      const target = file(id);
      const existing = await fs.stat(target).catch(() => null);
      if (existing?.size !== bytes.byteLength) await writeAtomic(target, bytes);
      return id;
    },
    get: (id) => readOrNull(file(id)),
    async has(id) {
      return (await fs.stat(file(id)).catch(() => null)) !== null;
    },
  };
}

export function createMemoryBlobStore(): BlobStore {
  const blobs = new Map<string, Buffer>();
  return {
    async put(bytes) {
      const id = sha256(bytes);
      if (!blobs.has(id)) blobs.set(id, Buffer.from(bytes));
      return id;
    },
    async get(id) {
      const b = blobs.get(checkId(id));
      return b ? Buffer.from(b) : null;
    },
    async has(id) {
      return blobs.has(checkId(id));
    },
  };
}
