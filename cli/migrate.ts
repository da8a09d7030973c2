// `vanthu migrate`: bring the PostgreSQL schema up to date (Kysely migrations), create the
// versioned search index and point the alias at it, and import an earlier JSON store (by default
// VANTHU_STORE_DIR, where it used to live) into PostgreSQL, indexing what it imported. Safe to repeat.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { config } from '../config.ts';
import { importJsonStore } from '../app/import-json-store.ts';
import { openRuntime } from '../app/runtime.ts';
import { createLogger } from '../workers/logger.ts';

export async function migrateCommand(options: { from?: string; json?: boolean } = {}): Promise<number> {
  const cfg = config();
  const rt = await openRuntime(cfg, { logger: createLogger('warn', 2), require: { redis: false, elasticsearch: true } }); // opening migrates PostgreSQL
  try {
    await rt.searchIndex.migrate();
    const from = path.resolve(options.from ?? cfg.storeDir);
    const hasJson = existsSync(path.join(from, 'records')) || existsSync(path.join(from, 'originals'));
    const imported = hasJson ? await importJsonStore(from, { records: rt.records, blobs: rt.sor.blobs }) : null;
    for (const id of imported?.imported ?? []) await rt.indexing.indexDocument(id);
    const summary = { documents: await rt.records.countDocuments(), indexed: await rt.searchIndex.count(), imported: imported && { from, documents: imported.documents, records: imported.records, skipped: imported.skipped } };
    if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else {
      process.stdout.write(`PostgreSQL schema up to date; index ${cfg.elasticsearch.index}-documents-v1 ready behind alias ${cfg.elasticsearch.index}-documents (${summary.indexed} documents)\n`);
      if (imported) process.stdout.write(`imported from ${from}: ${imported.documents} document(s), ${imported.records} record(s) (${imported.skipped} already there)\n`);
    }
    return 0;
  } finally {
    await rt.close();
  }
}
