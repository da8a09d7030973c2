// A PostgreSQL database of its own for one test file, on the real server (VANTHU_DATABASE_URL's).
import { config } from '../../../config.ts';
import { createScratchDatabase, type ScratchDatabase } from '../../../store/scratch-database.ts';

export type TestDatabase = ScratchDatabase;

export function createTestDatabase(label: string): Promise<TestDatabase> {
  return createScratchDatabase(config().databaseUrl, `vt_${label}`);
}
