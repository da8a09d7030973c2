// SearchIndex on Elasticsearch 8.x. Readers and writers go through the alias `<prefix>-documents`;
// the data lives in the versioned index `<prefix>-documents-v<N>` created from mapping.v<N>.json.
// A new mapping version is a new file and a new index. `vanthu reindex` (rebuild()) fills a new
// index `<prefix>-documents-v<N>-<time>` while readers keep the old one, then moves the alias in one
// atomic step (search/rebuild.ts).
import { readFileSync } from 'node:fs';
import { Client, errors, type estypes } from '@elastic/elasticsearch';
import { DocumentRecord } from '../schemas/record.ts';
import type { ObligationQuery, ObligationResult, SearchIndex, SearchQuery, SearchResult } from './contract.ts';
import { createObligationsIndex, generation } from './obligations-index.ts';
import { rebuildIndices } from './rebuild.ts';
import { buildSameNumberQuery, buildSearchRequest, emptyResult, parseSearchResponse } from './query.ts';

export const MAPPING_VERSION = 1;
const MAPPING = JSON.parse(
  readFileSync(new URL(`./mapping.v${MAPPING_VERSION}.json`, import.meta.url), 'utf8'),
) as { settings: estypes.IndicesIndexSettings; mappings: estypes.MappingTypeMapping };

export interface ItemFailure {
  id: string;
  status: number;
  type: string;
  reason: string;
}

/** Indexing failed. `status` is the HTTP status (null when ES did not answer); `transient` errors are worth retrying. */
export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
  constructor(
    message: string,
    readonly status: number | null,
    readonly transient: boolean,
    readonly failures: ItemFailure[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const isTransientStatus = (s: number) => s === 429 || s >= 500;

function statusOf(err: unknown): number | undefined {
  return err instanceof errors.ResponseError ? err.meta.statusCode : undefined;
}

function errorType(err: unknown): string | undefined {
  if (!(err instanceof errors.ResponseError)) return undefined;
  const body = err.body as { error?: { type?: string } } | undefined;
  return body?.error?.type;
}

/** Convert a client error into a SearchIndexError that says whether a retry can help. */
function wrap(err: unknown, what: string): SearchIndexError {
  if (err instanceof SearchIndexError) return err;
  if (err instanceof errors.ResponseError) {
    const s = err.meta.statusCode ?? 500;
    return new SearchIndexError(`${what}: Elasticsearch answered ${s} (${errorType(err) ?? err.message})`, s, isTransientStatus(s), [], { cause: err });
  }
  if (err instanceof errors.ConnectionError || err instanceof errors.TimeoutError || err instanceof errors.NoLivingConnectionsError) {
    return new SearchIndexError(`${what}: Elasticsearch unreachable (${(err as Error).message})`, null, true, [], { cause: err });
  }
  const msg = err instanceof Error ? err.message : String(err);
  return new SearchIndexError(`${what}: ${msg}`, null, false, [], { cause: err });
}

const isMissingIndex = (err: unknown) => statusOf(err) === 404 && errorType(err) === 'index_not_found_exception';

export function createSearchIndex(opts: { url: string; index: string; now?: () => Date }): SearchIndex {
  const client = new Client({ node: opts.url, maxRetries: 2, requestTimeout: 30_000 });
  const alias = `${opts.index}-documents`;
  const obligations = createObligationsIndex({ client, documents: alias, prefix: opts.index, settings: MAPPING.settings, now: opts.now ?? (() => new Date()) });
  const concrete = `${alias}-v${MAPPING_VERSION}`;
  let ready: Promise<void> | undefined;

  async function migrate(): Promise<void> {
    try {
      if (!(await client.indices.exists({ index: concrete }))) {
        try {
          await client.indices.create({ index: concrete, settings: MAPPING.settings, mappings: MAPPING.mappings });
        } catch (err) {
          if (errorType(err) !== 'resource_already_exists_exception') throw err; // another process won the race
        }
      }
      if (await client.indices.exists({ index: alias }) && !(await client.indices.existsAlias({ name: alias }))) {
        throw new SearchIndexError(`${alias} is a concrete index, not an alias; delete it and run migrate again`, null, false);
      }
      const current = (await client.indices.existsAlias({ name: alias }))
        ? Object.keys(await client.indices.getAlias({ name: alias }))
        : [];
      if (current.length === 1 && (current[0] === concrete || current[0]!.startsWith(`${concrete}-`))) return;
      // One atomic step: readers never see the alias missing or pointing at two indices.
      await client.indices.updateAliases({
        actions: [
          ...current.filter((i) => i !== concrete).map((i) => ({ remove: { index: i, alias } })),
          { add: { index: concrete, alias, is_write_index: true } },
        ],
      });
      await obligations.migrate();
    } catch (err) {
      throw wrap(err, `migrate ${alias}`);
    }
  }

  /** Writers make sure the index exists once per process (and again after drop()). */
  function ensureReady(): Promise<void> {
    ready ??= migrate().catch((err: unknown) => {
      ready = undefined;
      throw err;
    });
    return ready;
  }

  async function syncObligations(records: DocumentRecord[], refresh: boolean): Promise<void> {
    try {
      await obligations.sync(records, refresh);
    } catch (err) {
      throw wrap(err, `tracking the obligations of ${records.length} record(s)`);
    }
  }

  return {
    migrate,

    async indexRecords(records: DocumentRecord[], options?: { refresh?: boolean }): Promise<void> {
      if (records.length === 0) return;
      const valid = records.map((r) => DocumentRecord.parse(r));
      await ensureReady();
      let resp: estypes.BulkResponse;
      try {
        resp = await client.bulk({
          index: alias,
          require_alias: true,
          refresh: options?.refresh ? true : false,
          operations: valid.flatMap((r) => [{ index: { _id: r.id } }, r]),
        });
      } catch (err) {
        throw wrap(err, `bulk index of ${valid.length} record(s) into ${alias}`);
      }
      if (!resp.errors) return syncObligations(valid, options?.refresh ?? false);
      const failures: ItemFailure[] = [];
      for (const item of resp.items) {
        const op = item.index;
        if (op?.error) failures.push({ id: op._id ?? '?', status: op.status, type: op.error.type, reason: op.error.reason ?? '' });
      }
      if (failures.length === 0) return syncObligations(valid, options?.refresh ?? false);
      // The index was dropped behind our back: migrate again on the retry.
      if (failures.some((f) => f.type === 'index_not_found_exception')) ready = undefined;
      const transient = failures.find((f) => isTransientStatus(f.status) || f.type === 'index_not_found_exception');
      const status = transient?.status ?? failures[0]!.status;
      const detail = failures.slice(0, 5).map((f) => `${f.id.slice(0, 12)}: ${f.status} ${f.type}: ${f.reason}`).join('; ');
      throw new SearchIndexError(
        `bulk index into ${alias}: ${failures.length} of ${valid.length} record(s) failed (${detail}${failures.length > 5 ? '; …' : ''})`,
        status,
        transient !== undefined,
        failures,
      );
    },

    async rebuild(records, options) {
      try {
        return await rebuildIndices(
          {
            client,
            alias,
            obligations,
            newIndexName: () => `${concrete}-${generation()}`,
            createIndex: async (index) => {
              await client.indices.create({ index, settings: MAPPING.settings, mappings: MAPPING.mappings });
            },
          },
          records,
          options,
        );
      } catch (err) {
        throw wrap(err, `rebuild ${alias}`);
      }
    },

    async searchObligations(query: ObligationQuery): Promise<ObligationResult> {
      try {
        return await obligations.search(query);
      } catch (err) {
        throw wrap(err, `search obligations of ${alias}`);
      }
    },

    async getRecord(id: string): Promise<DocumentRecord | null> {
      try {
        const resp = await client.get<DocumentRecord>({ index: alias, id });
        return resp.found && resp._source ? DocumentRecord.parse(resp._source) : null;
      } catch (err) {
        if (statusOf(err) === 404) return null;
        throw wrap(err, `get ${id} from ${alias}`);
      }
    },

    async missingIds(ids: string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      try {
        const resp = await client.mget({ index: alias, ids, _source: false });
        const found = new Set(resp.docs.flatMap((d) => ('found' in d && d.found ? [d._id] : [])));
        return ids.filter((id) => !found.has(id));
      } catch (err) {
        if (isMissingIndex(err)) return [...ids];
        throw wrap(err, `mget from ${alias}`);
      }
    },

    async findSameNumber(number: string, issuer: string[], exceptId: string): Promise<string[]> {
      if (number.trim() === '') return [];
      try {
        const resp = await client.search({
          index: alias,
          query: buildSameNumberQuery(number, issuer, exceptId),
          _source: false,
          size: 100,
          sort: [{ issuedDate: { order: 'asc', missing: '_last', unmapped_type: 'date' } }, { id: 'asc' }],
        });
        return resp.hits.hits.map((h) => h._id).filter((id): id is string => typeof id === 'string');
      } catch (err) {
        if (isMissingIndex(err)) return [];
        throw wrap(err, `findSameNumber in ${alias}`);
      }
    },

    async search(query: SearchQuery): Promise<SearchResult> {
      const request = buildSearchRequest(alias, query);
      try {
        return parseSearchResponse(await client.search(request));
      } catch (err) {
        if (isMissingIndex(err)) return emptyResult();
        throw wrap(err, `search ${alias}`);
      }
    },

    async count(): Promise<number> {
      try {
        return (await client.count({ index: alias })).count;
      } catch (err) {
        if (isMissingIndex(err)) return 0;
        throw wrap(err, `count ${alias}`);
      }
    },

    async drop(): Promise<void> {
      ready = undefined;
      try {
        const behind = (await client.indices.existsAlias({ name: alias }))
          ? Object.keys(await client.indices.getAlias({ name: alias }))
          : [];
        const targets = [...new Set([...behind, concrete])];
        await client.indices.delete({ index: targets, ignore_unavailable: true });
        await obligations.drop();
      } catch (err) {
        throw wrap(err, `drop ${alias}`);
      }
    },

    async ping(): Promise<boolean> {
      try {
        return await client.ping({}, { requestTimeout: 3_000, maxRetries: 0 });
      } catch {
        return false;
      }
    },

    async close(): Promise<void> {
      await client.close();
    },
  };
}
