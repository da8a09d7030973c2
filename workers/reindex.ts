// Rebuild the search index from the store, the system of record: drop, migrate, then bulk-index every
// stored record in batches. Records keep the warnings they were stored with (duplicates included).
import type { DocumentRecord } from '../schemas/record.ts';
import type { SearchIndex } from '../search/contract.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { Logger } from './logger.ts';

export interface ReindexDeps {
  store: DocumentStore;
  searchIndex: SearchIndex;
  logger?: Logger;
  batchSize?: number;
  onProgress?: (indexed: number) => void;
}

export async function reindex(deps: ReindexDeps): Promise<{ indexed: number; ms: number }> {
  const started = Date.now();
  const batchSize = deps.batchSize ?? 200;
  await deps.searchIndex.drop();
  await deps.searchIndex.migrate();
  let indexed = 0;
  let batch: DocumentRecord[] = [];
  // Refresh only with the last batch: searchable as soon as this returns, without a refresh per batch.
  const flush = async (last: boolean) => {
    if (!batch.length) return;
    await deps.searchIndex.indexRecords(batch, { refresh: last });
    indexed += batch.length;
    batch = [];
    deps.onProgress?.(indexed);
  };
  for await (const id of deps.store.recordIds()) {
    const record = await deps.store.getRecord(id);
    if (!record) continue; // removed while we walked
    if (batch.length >= batchSize) await flush(false);
    batch.push(record); // the last record always goes with flush(true)
  }
  await flush(true);
  deps.logger?.info({ indexed, ms: Date.now() - started }, 'reindex done');
  return { indexed, ms: Date.now() - started };
}
