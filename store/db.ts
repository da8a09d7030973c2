// The PostgreSQL connection (node-postgres pool behind Kysely, for typed queries) and the schema
// migrations (Kysely's Migrator, migrations listed in code so nothing is read from disk at run
// time). The tables are the system of record; Elasticsearch and Redis hold nothing that cannot be
// rebuilt from them and the blob store.
import { Kysely, PostgresDialect, type ColumnType, type Generated } from 'kysely';
import { Migrator, type MigrationResultSet } from 'kysely/migration';
import pg from 'pg';
import { MIGRATIONS } from './migrations/index.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface Database {
  documents: {
    id: string;
    name: string;
    bytes: number;
    received_at: Timestamp;
    /** The job that failed for good, and why (cleared when the document is queued again). */
    failed_stage: string | null;
    failed_reason: string | null;
    extract_job_id: string | null;
    index_job_id: string | null;
  };
  document_files: { document_id: string; sha256: string; name: string; bytes: number; role: string; received_at: Timestamp };
  records: {
    document_id: string;
    record: Json;
    pipeline_version: number;
    row_version: number;
    indexed_version: number | null;
    updated_at: Timestamp;
  };
  corrections: {
    id: Generated<string>;
    document_id: string;
    field: string;
    from_value: Json;
    to_value: Json;
    by: string;
    at: Timestamp;
    row_version: number;
  };
  users: { name: string; role: string; password_hash: string; key_hash: string | null; created_at: Timestamp };
  sessions: { id_hash: string; user_name: string; expires_at: Timestamp };
}

export type Db = Kysely<Database>;

// bigint (COUNT, bigserial) as a JS number: every count here is far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function openDatabase(url: string, options: { max?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => {}); // an idle client that lost its server; the next query reports it
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Bring the schema to the latest migration (safe to repeat; Kysely locks the migration table). */
export async function migrateDatabase(db: Db): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  return result;
}

/** Answers a trivial query (health checks, start-up checks). */
export async function pingDatabase(db: Db): Promise<boolean> {
  try {
    await db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
    return true;
  } catch {
    return false;
  }
}
