// RecordStore on PostgreSQL. A record write is one UPDATE ... WHERE row_version = expected (or an
// INSERT that must not find a row): the row version is checked by the database itself, so two
// writers can never both win. The correction of a write goes in the same transaction.
import { sql } from 'kysely';
import { DocumentRecord } from '../schemas/record.ts';
import type { Db } from './db.ts';
import type { Correction, CurrentRecord, DocumentMeta, DocumentRow, IdFilter, JobStage, RecordStore, RecordWrite } from './record-store.ts';

/** jsonb cannot hold U+0000; a record's text never needs it. */
const toJson = (value: unknown): string => JSON.stringify(value ?? null).replace(/\\u0000/g, '\uFFFD');
const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function createPgRecordStore(db: Db): RecordStore {
  return {
    async addDocument(meta: DocumentMeta) {
      return db.transaction().execute(async (tx) => {
        const inserted = await tx
          .insertInto('documents')
          .values({ id: meta.id, name: meta.name, bytes: meta.bytes, received_at: meta.receivedAt })
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (inserted) {
          await tx
            .insertInto('document_files')
            .values({ document_id: meta.id, sha256: meta.id, name: meta.name, bytes: meta.bytes, role: 'original', received_at: meta.receivedAt })
            .onConflict((oc) => oc.doNothing())
            .execute();
          return { meta, created: true };
        }
        const row = await tx.selectFrom('documents').select(['id', 'name', 'bytes', 'received_at']).where('id', '=', meta.id).executeTakeFirstOrThrow();
        return { meta: { id: row.id, name: row.name, bytes: row.bytes, receivedAt: iso(row.received_at) }, created: false };
      });
    },

    async getDocument(id): Promise<DocumentRow | null> {
      const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        name: row.name,
        bytes: row.bytes,
        receivedAt: iso(row.received_at),
        failure: row.failed_stage && row.failed_reason !== null ? { stage: row.failed_stage as JobStage, reason: row.failed_reason } : null,
        jobs: { extract: row.extract_job_id, index: row.index_job_id },
      };
    },

    async getCurrent(id): Promise<CurrentRecord | null> {
      const row = await db.selectFrom('records').selectAll().where('document_id', '=', id).executeTakeFirst();
      if (!row) return null;
      return { record: DocumentRecord.parse(row.record), version: row.row_version, pipelineVersion: row.pipeline_version, indexedVersion: row.indexed_version };
    },

    async writeRecord(id, write: RecordWrite) {
      const record = toJson(DocumentRecord.parse(write.record));
      return db.transaction().execute(async (tx) => {
        let version: number | null;
        if (write.expectedVersion === null) {
          const row = await tx
            .insertInto('records')
            .values({ document_id: id, record, pipeline_version: write.pipelineVersion, row_version: 1, updated_at: sql`now()` })
            .onConflict((oc) => oc.column('document_id').doNothing())
            .returning('row_version')
            .executeTakeFirst();
          version = row?.row_version ?? null;
        } else {
          const row = await tx
            .updateTable('records')
            .set({ record, pipeline_version: write.pipelineVersion, row_version: sql`row_version + 1`, updated_at: sql`now()` })
            .where('document_id', '=', id)
            .where('row_version', '=', write.expectedVersion)
            .returning('row_version')
            .executeTakeFirst();
          version = row?.row_version ?? null;
        }
        if (version !== null && write.correction) {
          const c = write.correction;
          await tx
            .insertInto('corrections')
            .values({ document_id: id, field: c.field, from_value: toJson(c.from), to_value: toJson(c.to), by: c.by, at: c.at, row_version: version })
            .execute();
        }
        return version;
      });
    },

    async corrections(id): Promise<Correction[]> {
      const rows = await db.selectFrom('corrections').selectAll().where('document_id', '=', id).orderBy('id').execute();
      return rows.map((r) => ({ field: r.field, from: r.from_value, to: r.to_value, by: r.by, at: iso(r.at), version: r.row_version }));
    },

    async markIndexed(id, version) {
      // Never backwards: an older index write finishing late does not hide a newer one.
      await db
        .updateTable('records')
        .set({ indexed_version: version })
        .where('document_id', '=', id)
        .where((eb) => eb.or([eb('indexed_version', 'is', null), eb('indexed_version', '<', version)]))
        .execute();
    },

    async setFailure(id, failure) {
      await db.updateTable('documents').set({ failed_stage: failure?.stage ?? null, failed_reason: failure?.reason ?? null }).where('id', '=', id).execute();
    },

    async setJob(id, stage, jobId) {
      await db.updateTable('documents').set(stage === 'extract' ? { extract_job_id: jobId } : { index_job_id: jobId }).where('id', '=', id).execute();
    },

    async listIds(filter: IdFilter, after, limit) {
      let q = db.selectFrom('documents').leftJoin('records', 'records.document_id', 'documents.id').select('documents.id');
      if (filter.withoutRecord) q = q.where('records.document_id', 'is', null);
      if (filter.withRecord) q = q.where('records.document_id', 'is not', null);
      if (filter.indexBehind) q = q.where('records.document_id', 'is not', null).where((eb) => eb.or([eb('records.indexed_version', 'is', null), eb('records.indexed_version', '<', eb.ref('records.row_version'))]));
      if (filter.pipelineBefore !== undefined) q = q.where('records.pipeline_version', '<', filter.pipelineBefore);
      if (after !== null) q = q.where('documents.id', '>', after);
      const rows = await q.orderBy('documents.id').limit(limit).execute();
      return rows.map((r) => r.id);
    },

    async countDocuments() {
      const row = await db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
