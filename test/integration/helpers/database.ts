// A PostgreSQL database of its own for one test file, on the real server (VANTHU_DATABASE_URL's),
// dropped again by drop(). The role of dev/services.sh may create databases.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { config } from '../../../config.ts';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(config().databaseUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `vt_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  return {
    name,
    url: withDatabase(config().databaseUrl, name),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}
