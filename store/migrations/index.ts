// Every schema migration, in order. A new migration is a new file added here; never edit one that
// has shipped.
import type { Migration } from 'kysely/migration';
import * as initial from './001-initial.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
};
