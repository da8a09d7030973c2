// The obligations index: one document per obligation (`<prefix>-obligations` → `-v1`), rebuilt for
// a letter whenever the letter or a document citing it is indexed, so fulfilment stays in step
// with reindexing and corrections. The documents index stays the source: this index is derived.
// What to track is decided by tracking/sync-plan.ts; this adapter only reads and writes.
import { readFileSync } from 'node:fs';
import type { Client, estypes } from '@elastic/elasticsearch';
import type { TrackedObligation } from '../schemas/obligation.ts';
import { DocumentRecord } from '../schemas/record.ts';
import { REPORT_FIELDS, type ReportSummary } from '../tracking/fulfilment.ts';
import { citedNumbers, copyOf, lettersToTrack, lettersTouched, numbersOf, originalsAmong, staleIds, trackLetters, type StoredObligation } from '../tracking/sync-plan.ts';
import { nextDue, statusOf } from '../tracking/track.ts';
import type { ObligationQuery, ObligationResult } from './contract.ts';

export const OBLIGATIONS_MAPPING_VERSION = 1;
const MAPPINGS = JSON.parse(
  readFileSync(new URL(`./obligations.mapping.v${OBLIGATIONS_MAPPING_VERSION}.json`, import.meta.url), 'utf8'),
) as estypes.MappingTypeMapping;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** Suffix of a rebuilt index's name: the time it was made, to the millisecond, sortable. */
export const generation = () => new Date().toISOString().replace(/[-:.]/g, '').toLowerCase();
/** Documents citing the letters of one batch are read in pages of this many. */
const PAGE = 5_000;

export interface ObligationsIndexOptions {
  client: Client;
  /** The documents alias to read letters and reports from. */
  documents: string;
  prefix: string;
  settings: estypes.IndicesIndexSettings;
  now: () => Date;
}

export function createObligationsIndex(opts: ObligationsIndexOptions) {
  const { client } = opts;
  const alias = `${opts.prefix}-obligations`;
  const concrete = `${alias}-v${OBLIGATIONS_MAPPING_VERSION}`;

  /** Create the first index behind the alias when there is none (a rebuild may have renamed it). */
  async function migrate(): Promise<void> {
    if (await client.indices.existsAlias({ name: alias })) return;
    try {
      await client.indices.create({ index: concrete, settings: opts.settings, mappings: MAPPINGS, aliases: { [alias]: { is_write_index: true } } });
    } catch (err) {
      if ((err as { body?: { error?: { type?: string } } }).body?.error?.type !== 'resource_already_exists_exception') throw err;
    }
  }

  /** A new, empty index of this mapping for a rebuild, not yet behind the alias. */
  async function createFresh(): Promise<string> {
    const name = `${concrete}-${generation()}`;
    await client.indices.create({ index: name, settings: opts.settings, mappings: MAPPINGS });
    return name;
  }

  async function records(query: estypes.QueryDslQueryContainer, size: number): Promise<DocumentRecord[]> {
    const resp = await client.search<DocumentRecord>({ index: opts.documents, query, size });
    return resp.hits.hits.flatMap((h) => (h._source ? [DocumentRecord.parse(h._source)] : []));
  }

  /** Every match, page after page (search_after on the id), only the fields fulfilment reads. */
  async function summaries(query: estypes.QueryDslQueryContainer): Promise<ReportSummary[]> {
    const out: ReportSummary[] = [];
    let after: estypes.SortResults | undefined;
    for (;;) {
      const resp = await client.search<ReportSummary>({ index: opts.documents, query, size: PAGE, _source: [...REPORT_FIELDS], sort: [{ id: 'asc' }], ...(after && { search_after: after }) });
      for (const h of resp.hits.hits) if (h._source) out.push(h._source);
      if (resp.hits.hits.length < PAGE) return out;
      after = resp.hits.hits.at(-1)!.sort;
    }
  }

  /** The warnings of these documents (is each an original, or flagged as someone's copy?). */
  async function warningsOf(ids: string[]): Promise<{ id: string; warnings: string[] }[]> {
    if (!ids.length) return [];
    const resp = await client.mget<Pick<DocumentRecord, 'warnings'>>({ index: opts.documents, ids, _source: ['warnings'] });
    return resp.docs.flatMap((d) => ('found' in d && d.found && d._source ? [{ id: d._id, warnings: d._source.warnings }] : []));
  }

  /** Letters with these numbers that have obligations. */
  async function lettersNumbered(numbers: string[]): Promise<DocumentRecord[]> {
    if (!numbers.length) return [];
    return records({ bool: { filter: [{ terms: { number: numbers } }, { nested: { path: 'obligations', query: { match_all: {} } } }] } }, 500);
  }

  /** Rebuild the obligations of every letter the batch touches, into the alias or `target`. Throws so a queue retries. */
  async function sync(batch: DocumentRecord[], refresh: boolean, target: string = alias): Promise<void> {
    const letters = lettersTouched(batch, await lettersNumbered(citedNumbers(batch)));
    if (target === alias) await migrate();
    const withObligations = letters.filter((l) => l.obligations.length);
    const originals = originalsAmong(await warningsOf([...new Set(withObligations.flatMap(copyOf))]));
    const tracked = lettersToTrack(letters, originals);
    // One search for every document citing any of these letters, only the fields fulfilment reads.
    const numbers = numbersOf(tracked);
    const citing = numbers.length ? await summaries({ nested: { path: 'references', query: { terms: { 'references.number': numbers } } } }) : [];
    const now = trackLetters(tracked, citing, isoDay(opts.now()));
    // A re-extracted or corrected letter may have fewer obligations than before: delete the rest
    // (by id; the test distribution of Elasticsearch has no _delete_by_query).
    const before = await client.search({ index: target, query: { terms: { documentId: letters.map((l) => l.id) } }, _source: false, size: 10_000 });
    const stale = staleIds(before.hits.hits.flatMap((h) => (h._id ? [h._id] : [])), now);
    const operations: (estypes.BulkOperationContainer | StoredObligation)[] = [...now.flatMap((o) => [{ index: { _id: o.id } }, o]), ...stale.map((id) => ({ delete: { _id: id } }))];
    if (operations.length) {
      const resp = await client.bulk({ index: target, operations, refresh });
      if (resp.errors) {
        const first = resp.items.map((i) => i.index ?? i.delete).find((op) => op?.error && op.status !== 404);
        if (first)
          throw new Error(`indexing obligations: ${first.status} ${first.error?.type}: ${first.error?.reason}`);
      }
    }
  }

  function filters(q: ObligationQuery): estypes.QueryDslQueryContainer[] {
    const out: estypes.QueryDslQueryContainer[] = [];
    if (q.assignee) out.push({ match: { 'assignees.text': { query: q.assignee, operator: 'and' } } });
    if (q.documentId) out.push({ term: { documentId: q.documentId } });
    if (q.dueFrom || q.dueTo) out.push({ range: { dueDates: { ...(q.dueFrom && { gte: q.dueFrom }), ...(q.dueTo && { lte: q.dueTo }) } } });
    return out;
  }

  function statusFilter(status: 'open' | 'fulfilled' | 'overdue', today: string): estypes.QueryDslQueryContainer {
    const overdue: estypes.QueryDslQueryContainer = { range: { firstDue: { lt: today } } };
    if (status === 'fulfilled') return { term: { fulfilled: true } };
    if (status === 'overdue') return { bool: { filter: [{ term: { fulfilled: false } }, overdue] } };
    return { bool: { filter: [{ term: { fulfilled: false } }], must_not: [overdue] } };
  }

  async function search(q: ObligationQuery): Promise<ObligationResult> {
    const today = isoDay(opts.now());
    const base = filters(q);
    const size = q.size ?? 20;
    let resp: estypes.SearchResponse<StoredObligation>;
    try {
      resp = await client.search<StoredObligation>({
        index: alias,
        query: { bool: { filter: q.status ? [...base, statusFilter(q.status, today)] : base } },
        from: ((q.page ?? 1) - 1) * size,
        size,
        sort: [{ firstDue: { order: 'asc', missing: '_last' } }, { id: 'asc' }],
        track_total_hits: true,
        aggs: {
          // Counts over every status, under the other filters, so the page can show all three.
          status: { filter: { bool: { filter: base } }, aggs: { by: { filters: { filters: { open: statusFilter('open', today), fulfilled: statusFilter('fulfilled', today), overdue: statusFilter('overdue', today) } } } } },
        },
      });
    } catch (err) {
      if ((err as { meta?: { statusCode?: number } }).meta?.statusCode === 404) return { total: 0, counts: { open: 0, fulfilled: 0, overdue: 0 }, items: [] };
      throw err;
    }
    const buckets = (resp.aggregations?.status as { by: { buckets: Record<string, { doc_count: number }> } } | undefined)?.by.buckets ?? {};
    const total = typeof resp.hits.total === 'number' ? resp.hits.total : (resp.hits.total?.value ?? 0);
    return {
      total,
      counts: { open: buckets.open?.doc_count ?? 0, fulfilled: buckets.fulfilled?.doc_count ?? 0, overdue: buckets.overdue?.doc_count ?? 0 },
      items: resp.hits.hits.flatMap((h) => (h._source ? [fresh(h._source, today)] : [])),
    };
  }

  /** Status and next due date as of today (stored values were true when indexed). */
  function fresh(s: StoredObligation, today: string): TrackedObligation {
    const { dueDates: _d, firstDue, fulfilled: _f, ...t } = s;
    return { ...t, nextDue: nextDue(t, t.source.issuedDate, today), status: statusOf(t, firstDue, today) };
  }

  async function drop(): Promise<void> {
    const current = (await client.indices.existsAlias({ name: alias })) ? Object.keys(await client.indices.getAlias({ name: alias })) : [];
    await client.indices.delete({ index: [...new Set([...current, concrete])], ignore_unavailable: true });
  }

  return { alias, migrate, createFresh, sync, search, drop };
}
