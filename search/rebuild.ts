// Rebuild the search indices with no empty window (`vanthu reindex`): every record goes into a new
// versioned index while readers keep using the old one; then one `_aliases` call moves the alias,
// and only then is the old index deleted. The obligations index is rebuilt the same way from the
// new documents index. Writes that reach the old index meanwhile (a worker indexing, a correction)
// are copied over after the swap: they are the old index's operations with a later `_seq_no`.
import type { Client, estypes } from '@elastic/elasticsearch';
import { DocumentRecord } from '../schemas/record.ts';
import type { RebuildOptions, RebuildResult, SkippedRecord } from './contract.ts';
import type { createObligationsIndex } from './obligations-index.ts';

export interface RebuildDeps {
  client: Client;
  /** The documents alias, and how to create a new documents index under a given name. */
  alias: string;
  newIndexName: () => string;
  createIndex: (name: string) => Promise<void>;
  obligations: ReturnType<typeof createObligationsIndex>;
}

const PAGE = 1_000;

export async function rebuildIndices(deps: RebuildDeps, records: AsyncIterable<DocumentRecord>, options: RebuildOptions = {}): Promise<RebuildResult> {
  const { client, alias } = deps;
  const batchSize = options.batchSize ?? 200;
  const skipped: SkippedRecord[] = [];
  const oldDocs = await behind(client, alias);
  const fresh = deps.newIndexName();
  await deps.createIndex(fresh);
  let swapped = false;
  let indexed = 0;
  try {
    const mark = await maxSeqNo(client, oldDocs);
    let batch: DocumentRecord[] = [];
    const flush = async () => {
      if (!batch.length) return;
      indexed += await bulkInto(client, fresh, batch, skipped);
      batch = [];
      options.onProgress?.(indexed);
    };
    for await (const candidate of records) {
      const parsed = DocumentRecord.safeParse(candidate);
      if (!parsed.success) {
        skipped.push({ id: idOf(candidate), reason: `not a valid record: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
        continue;
      }
      batch.push(parsed.data);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    await client.indices.refresh({ index: fresh });
    await swap(client, alias, oldDocs, fresh);
    swapped = true;
    // Writes that resolved the alias before the swap landed in the old index: copy them over.
    await copyLaterWrites(client, oldDocs, mark, alias, skipped);
    const obligationsIndex = await rebuildObligations(deps, batchSize, skipped);
    await dropIndices(client, oldDocs.filter((i) => i !== fresh));
    await client.indices.refresh({ index: alias });
    return { indexed, skipped, index: fresh, obligationsIndex };
  } finally {
    if (!swapped) await client.indices.delete({ index: fresh, ignore_unavailable: true }).catch(() => {});
  }
}

/** New obligations index filled from the (new) documents alias, swapped in, then the old dropped. */
async function rebuildObligations(deps: RebuildDeps, batchSize: number, skipped: SkippedRecord[]): Promise<string> {
  const { client, alias, obligations } = deps;
  const oldIndices = await behind(client, obligations.alias);
  const fresh = await obligations.createFresh();
  let swapped = false;
  try {
    // Documents indexed from now on are re-tracked after the swap (their sync went to the old index).
    const mark = await maxSeqNo(client, await behind(client, alias));
    for await (const letters of pages(client, alias, { nested: { path: 'obligations', query: { match_all: {} } } }, batchSize)) {
      try {
        await obligations.sync(letters, false, fresh);
      } catch {
        for (const letter of letters) {
          await obligations.sync([letter], false, fresh).catch((err: unknown) => {
            skipped.push({ id: letter.id, reason: `obligations not tracked: ${err instanceof Error ? err.message : String(err)}` });
          });
        }
      }
    }
    await client.indices.refresh({ index: fresh });
    await swap(client, obligations.alias, oldIndices, fresh);
    swapped = true;
    await client.indices.refresh({ index: alias });
    for await (const later of pages(client, alias, { range: { _seq_no: { gt: mark } } }, batchSize)) await obligations.sync(later, false);
    await dropIndices(client, oldIndices.filter((i) => i !== fresh));
    await client.indices.refresh({ index: obligations.alias });
    return fresh;
  } finally {
    if (!swapped) await client.indices.delete({ index: fresh, ignore_unavailable: true }).catch(() => {});
  }
}

/** Delete these indices (none: nothing to do; Elasticsearch refuses an empty list). */
async function dropIndices(client: Client, indices: string[]): Promise<void> {
  if (indices.length) await client.indices.delete({ index: indices, ignore_unavailable: true });
}

/** One `_aliases` call: readers see the old index or the new one, never none and never both. */
async function swap(client: Client, alias: string, old: string[], fresh: string): Promise<void> {
  await client.indices.updateAliases({
    actions: [...old.map((index) => ({ remove: { index, alias } })), { add: { index: fresh, alias, is_write_index: true } }],
  });
}

export async function behind(client: Client, alias: string): Promise<string[]> {
  return (await client.indices.existsAlias({ name: alias })) ? Object.keys(await client.indices.getAlias({ name: alias })) : [];
}

/** The highest operation number in these indices (one shard each), -1 when none. */
async function maxSeqNo(client: Client, indices: string[]): Promise<number> {
  if (!indices.length) return -1;
  const resp = await client.search({ index: indices, size: 1, sort: [{ _seq_no: 'desc' }], seq_no_primary_term: true, _source: false });
  return resp.hits.hits[0]?._seq_no ?? -1;
}

async function copyLaterWrites(client: Client, old: string[], mark: number, alias: string, skipped: SkippedRecord[]): Promise<void> {
  if (!old.length) return;
  // Twice: a bulk request already under way at the swap may land in the old index a moment later.
  for (let pass = 0; pass < 2; pass++) {
    await client.indices.refresh({ index: old });
    let next = mark;
    for await (const later of pages(client, old, { range: { _seq_no: { gt: mark } } }, PAGE, (n) => (next = Math.max(next, n)))) {
      await bulkInto(client, alias, later, skipped);
    }
    mark = next;
  }
}

/** Records matching `query`, page after page (search_after on `_seq_no`, then the id). */
async function* pages(client: Client, index: string | string[], query: estypes.QueryDslQueryContainer, size: number, onSeqNo?: (n: number) => void): AsyncGenerator<DocumentRecord[]> {
  let after: estypes.SortResults | undefined;
  for (;;) {
    const resp = await client.search<DocumentRecord>({ index, query, size, seq_no_primary_term: true, sort: [{ _seq_no: 'asc' }, { id: 'asc' }], ...(after && { search_after: after }) });
    const hits = resp.hits.hits;
    for (const h of hits) if (typeof h._seq_no === 'number') onSeqNo?.(h._seq_no);
    const page = hits.flatMap((h) => (h._source ? [DocumentRecord.parse(h._source)] : []));
    if (page.length) yield page;
    if (hits.length < size) return;
    after = hits.at(-1)!.sort;
  }
}

/** Bulk-index into `index`; records Elasticsearch refuses are reported, not fatal. Returns how many went in. */
async function bulkInto(client: Client, index: string, records: DocumentRecord[], skipped: SkippedRecord[]): Promise<number> {
  const resp = await client.bulk({ index, operations: records.flatMap((r) => [{ index: { _id: r.id } }, r]) });
  if (!resp.errors) return records.length;
  let failed = 0;
  for (const item of resp.items) {
    const op = item.index;
    if (!op?.error) continue;
    failed++;
    // Elasticsearch quotes the refused value, which can be long: the start says why.
    skipped.push({ id: op._id ?? '?', reason: `${op.status} ${op.error.type}: ${op.error.reason ?? ''}`.slice(0, 300) });
  }
  return records.length - failed;
}

function idOf(candidate: unknown): string {
  const id = (candidate as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '?';
}
