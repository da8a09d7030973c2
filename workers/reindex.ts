// Rebuild the search indices from the store, the system of record, with no empty window: every
// stored record goes into new indices while searches keep using the old ones, then the aliases move
// (SearchIndex.rebuild). Records keep the warnings they were stored with (duplicates included). A
// record that cannot be read or indexed is skipped and reported; the run goes on.
import type { DocumentRecord } from '../schemas/record.ts';
import type { SearchIndex, SkippedRecord } from '../search/contract.ts';
import type { DocumentReader } from '../store/document-store.ts';
import type { Logger } from './logger.ts';

export interface ReindexDeps {
  store: DocumentReader;
  searchIndex: SearchIndex;
  logger?: Logger;
  batchSize?: number;
  onProgress?: (indexed: number) => void;
}

export interface ReindexResult {
  indexed: number;
  skipped: SkippedRecord[];
  index: string;
  ms: number;
}

export async function reindex(deps: ReindexDeps): Promise<ReindexResult> {
  const started = Date.now();
  const unreadable: SkippedRecord[] = [];
  async function* stored(): AsyncGenerator<DocumentRecord> {
    for await (const id of deps.store.recordIds()) {
      try {
        const record = await deps.store.getRecord(id);
        if (record) yield record; // else removed while we walked
      } catch (err) {
        unreadable.push({ id, reason: `not readable from the store: ${err instanceof Error ? err.message : String(err)}` });
      }
    }
  }
  const result = await deps.searchIndex.rebuild(stored(), {
    ...(deps.batchSize ? { batchSize: deps.batchSize } : {}),
    ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
  });
  const skipped = [...unreadable, ...result.skipped];
  const ms = Date.now() - started;
  for (const s of skipped) deps.logger?.warn({ documentId: s.id, reason: s.reason }, 'reindex skipped a record');
  deps.logger?.info({ indexed: result.indexed, skipped: skipped.length, index: result.index, ms }, 'reindex done');
  return { indexed: result.indexed, skipped, index: result.index, ms };
}
