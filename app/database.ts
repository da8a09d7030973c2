// Opening the system of record: PostgreSQL (schema brought up to date) and the blob store, with the
// record and user drivers on them.
import { ServiceUnavailableError, messageOf, redactUrl } from '../workers/errors.ts';
import { createFolderBlobStore, type BlobStore } from '../store/blob-store.ts';
import type { DocumentReader } from '../store/document-store.ts';
import { migrateDatabase, openDatabase, type Db } from '../store/db.ts';
import { createPgRecordStore } from '../store/pg-records.ts';
import { createPgUserRecords } from '../store/pg-users.ts';
import { allIds, type RecordStore } from '../store/record-store.ts';
import type { UserRecords } from '../store/user-records.ts';

export interface SystemOfRecord {
  db: Db;
  records: RecordStore;
  userRecords: UserRecords;
  blobs: BlobStore;
  close(): Promise<void>;
}

export async function openSystemOfRecord(cfg: { databaseUrl: string; storeDir: string }, options: { migrate?: boolean } = {}): Promise<SystemOfRecord> {
  const db = openDatabase(cfg.databaseUrl);
  try {
    if (options.migrate ?? true) await migrateDatabase(db);
    else await db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
  } catch (error) {
    await db.destroy().catch(() => {});
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === '3D000' || code === '28P01' || code === '28000' || code === 'ENOTFOUND') {
      throw new ServiceUnavailableError(`cannot reach PostgreSQL at ${redactUrl(cfg.databaseUrl)} (${messageOf(error)}); bash dev/services.sh start creates the database`);
    }
    throw error;
  }
  return {
    db,
    records: createPgRecordStore(db),
    userRecords: createPgUserRecords(db),
    blobs: createFolderBlobStore(cfg.storeDir),
    close: () => db.destroy(),
  };
}

/** Originals and current records for readers (API routes, reindex). */
export function documentReader(records: RecordStore, blobs: BlobStore): DocumentReader {
  return {
    async getOriginal(id) {
      const doc = await records.getDocument(id);
      if (!doc) return null;
      const bytes = await blobs.get(id);
      if (!bytes) throw new Error(`document ${id} is recorded but its original is missing from the blob store`);
      return { meta: { id: doc.id, name: doc.name, bytes: doc.bytes, receivedAt: doc.receivedAt }, bytes };
    },
    getRecord: async (id) => (await records.getCurrent(id))?.record ?? null,
    recordIds: () => allIds(records, { withRecord: true }),
  };
}
