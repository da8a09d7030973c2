// Documents and their files, the current record of each (with the pipeline version that made it and
// a row version every write checks), corrections as an audit table, users, API keys and sessions.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id ~ '^[0-9a-f]{64}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('failed_stage', 'text')
    .addColumn('failed_reason', 'text')
    .addColumn('extract_job_id', 'text')
    .addColumn('index_job_id', 'text')
    .execute();

  await db.schema
    .createTable('document_files')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('original'))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('document_files_pk', ['document_id', 'sha256'])
    .execute();

  await db.schema
    .createTable('records')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('record', 'jsonb', (c) => c.notNull())
    .addColumn('pipeline_version', 'integer', (c) => c.notNull())
    .addColumn('row_version', 'integer', (c) => c.notNull())
    .addColumn('indexed_version', 'integer')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('records_pipeline_version').on('records').column('pipeline_version').execute();

  await db.schema
    .createTable('corrections')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('from_value', 'jsonb', (c) => c.notNull())
    .addColumn('to_value', 'jsonb', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('row_version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('corrections_document').on('corrections').columns(['document_id', 'id']).execute();

  await db.schema
    .createTable('users')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('analyst', 'archivist', 'admin')`))
    .addColumn('password_hash', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('key_hash', 'text', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_name', 'text', (c) => c.notNull().references('users.name').onDelete('cascade'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['sessions', 'users', 'corrections', 'records', 'document_files', 'documents']) await db.schema.dropTable(t).ifExists().execute();
}
