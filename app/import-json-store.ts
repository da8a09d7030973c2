// Importing the earlier JSON store (<dir>/originals/<aa>/<sha256>[.json], <dir>/records/<aa>/<sha256>.json,
// written by store/fs-store.ts) into the system of record: each original into the blob store and
// the documents table, each record as the current record (pipeline version: this one's, the
// store was made by the current version), its corrections into the audit table. Safe to repeat:
// a document that already has a record in PostgreSQL is left as it is.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PIPELINE_VERSION } from '../pipeline/version.ts';
import type { BlobStore } from '../store/blob-store.ts';
import { createFsStore } from '../store/fs-store.ts';
import type { RecordStore } from '../store/record-store.ts';

export interface ImportResult {
  documents: number;
  records: number;
  /** Already in PostgreSQL with a record. */
  skipped: number;
  /** Ids of the records imported (to index them). */
  imported: string[];
}

async function originalIds(dir: string): Promise<string[]> {
  const root = path.join(dir, 'originals');
  const shards = await fs.readdir(root).catch(() => [] as string[]);
  const ids: string[] = [];
  for (const shard of shards.filter((s) => /^[0-9a-f]{2}$/.test(s)).sort()) {
    for (const name of (await fs.readdir(path.join(root, shard)).catch(() => [] as string[])).sort()) {
      const m = /^([0-9a-f]{64})\.json$/.exec(name);
      if (m && m[1]!.startsWith(shard)) ids.push(m[1]!);
    }
  }
  return ids;
}

export async function importJsonStore(dir: string, deps: { records: RecordStore; blobs: BlobStore }): Promise<ImportResult> {
  const old = createFsStore(dir);
  const result: ImportResult = { documents: 0, records: 0, skipped: 0, imported: [] };
  for (const id of await originalIds(dir)) {
    const original = await old.getOriginal(id);
    if (!original) continue;
    await deps.blobs.put(original.bytes);
    if ((await deps.records.addDocument(original.meta)).created) result.documents++;
  }
  for await (const id of old.recordIds()) {
    const record = await old.getRecord(id);
    if (!record) continue;
    if (!(await deps.records.getDocument(id))) {
      // A record whose original is gone: the document row still says what it was.
      await deps.records.addDocument({ id, name: record.file.name, bytes: record.file.bytes, receivedAt: new Date().toISOString() });
      result.documents++;
    }
    if (await deps.records.getCurrent(id)) {
      result.skipped++;
      continue;
    }
    let version = await deps.records.writeRecord(id, { record, pipelineVersion: PIPELINE_VERSION, expectedVersion: null });
    // Its corrections become rows of the audit table, one write each (so each has its version).
    for (const c of record.corrections) {
      if (version === null) break;
      version = await deps.records.writeRecord(id, { record, pipelineVersion: PIPELINE_VERSION, expectedVersion: version, correction: c });
    }
    if (version === null) continue; // written meanwhile by someone else: theirs stands
    result.records++;
    result.imported.push(id);
  }
  return result;
}
