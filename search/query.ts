// Query building and response parsing for SearchIndex.search(), kept free of I/O so the request
// shape can be read (and tested) on its own.
//
// Matching: every word of `q` must occur in one field, compared without diacritics (the `vn`
// analyzer folds "Hà Nội" to "ha noi" and keeps the original token too), so "ha noi" finds "Hà Nội".
// Ranking: the words found together as a phrase add a large fixed amount (more in the letter's
// header fields than in its body text, more again when the diacritics match as typed), so "ha noi"
// puts a letter naming Hà Nội above one with "Sở Nội vụ" and "hạ" apart; the same words compared
// with their diacritics (`*.exact` subfields, `vn_exact`) then order documents within a tier.
// Quoted parts ("…" or “…”) must occur as phrases (folded); an empty query lists newest first.
import type { estypes } from '@elastic/elasticsearch';
import { canonicalNumber } from '../domain/number.ts';
import type { SearchHit, SearchQuery, SearchResult } from './contract.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** index.max_result_window in mapping.v1.json: ES refuses from + size beyond it. */
export const MAX_RESULT_WINDOW = 10_000;
export const FACET_SIZE = 20;

/** Folded (diacritic-insensitive) fields: a document matches when all words occur in one of them. */
const MATCH_FIELDS = ['subject^3', 'text', 'number.norm^5', 'number.text^2', 'issuer.text^2', 'place.text^2', 'signer.name.text^2'];
/** Fields compared with diacritics: only add to the score. */
const EXACT_FIELDS = ['subject.exact^3', 'text.exact', 'issuer.exact^2', 'signer.name.exact^2'];
const EXACT_BOOST = 2;
/** Phrase tiers: constant amounts, large beside a BM25 score, so a phrase match outranks words found apart. */
const HEADER_PHRASE_FIELDS = ['subject', 'place.text', 'issuer.text', 'signer.name.text', 'number.text'];
const HEADER_EXACT_FIELDS = ['subject.exact', 'issuer.exact', 'signer.name.exact'];
const PHRASE_TIERS: { fields: string[]; boost: number }[] = [
  { fields: HEADER_PHRASE_FIELDS, boost: 40 },
  { fields: ['text'], boost: 20 },
  { fields: HEADER_EXACT_FIELDS, boost: 20 },
  { fields: ['text.exact'], boost: 10 },
];

const HIT_SOURCE = ['id', 'number', 'docType', 'issuer', 'issuedDate', 'subject'];
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function paging(query: Pick<SearchQuery, 'page' | 'size'>): { page: number; size: number; from: number } {
  const size = Number.isFinite(query.size) ? Math.min(MAX_PAGE_SIZE, Math.max(0, Math.floor(query.size!))) : DEFAULT_PAGE_SIZE;
  const page = Number.isFinite(query.page) ? Math.max(1, Math.floor(query.page!)) : 1;
  const from = (page - 1) * size;
  if (from + size > MAX_RESULT_WINDOW) {
    throw new RangeError(`page ${page} of size ${size} is beyond the first ${MAX_RESULT_WINDOW} results; narrow the query`);
  }
  return { page, size, from };
}

/** A real calendar date as YYYY-MM-DD (ES's `strict_date` would quietly roll 2024-02-30 over to March). */
function checkDate(name: string, value: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!DATE_RE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new RangeError(`${name} must be a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

const nonEmpty = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';

/** A document with at least one digital signature read (every signature has digestMatches). */
const SIGNED: estypes.QueryDslQueryContainer = { exists: { field: 'signatures.digestMatches' } };
export const SIGNED_FACET = 'có ký số';

export function buildFilters(query: SearchQuery): estypes.QueryDslQueryContainer[] {
  const filters: estypes.QueryDslQueryContainer[] = [];
  if (nonEmpty(query.docType)) filters.push({ term: { docType: query.docType.normalize('NFC') } });
  if (nonEmpty(query.issuer)) filters.push({ term: { issuer: query.issuer.normalize('NFC') } });
  if (nonEmpty(query.signer)) filters.push({ term: { 'signer.name': query.signer.normalize('NFC') } });
  if (query.signed !== undefined) filters.push(query.signed ? SIGNED : { bool: { must_not: [SIGNED] } });
  // Documents citing a number (canonical form, as records keep it): "documents citing this one".
  if (nonEmpty(query.reference)) filters.push({ nested: { path: 'references', query: { term: { 'references.number.norm': canonicalNumber(query.reference) } } } });
  if (nonEmpty(query.from) || nonEmpty(query.to)) {
    const range: estypes.QueryDslDateRangeQuery = { format: 'yyyy-MM-dd' };
    if (nonEmpty(query.from)) range.gte = checkDate('from', query.from);
    if (nonEmpty(query.to)) range.lte = checkDate('to', query.to);
    filters.push({ range: { issuedDate: range } });
  }
  return filters;
}

/** The typed query split into quoted phrases and the loose words around them (NFC, trimmed). */
export interface ParsedText {
  phrases: string[];
  words: string;
}

const QUOTED_RE = /["“”„]([^"“”„]*)["“”„]/g;

export function parseQueryText(q: string | undefined): ParsedText {
  if (!nonEmpty(q)) return { phrases: [], words: '' };
  const text = q.normalize('NFC');
  const phrases = [...text.matchAll(QUOTED_RE)].map((m) => m[1]!.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
  // A stray (unpaired) quote is read as a space, not as the start of a phrase.
  const words = text.replace(QUOTED_RE, ' ').replace(/["“”„]/g, ' ').replace(/\s+/g, ' ').trim();
  return { phrases, words };
}

const hasText = (t: ParsedText) => t.phrases.length > 0 || t.words !== '';

function phraseBoosts(phrase: string): estypes.QueryDslQueryContainer[] {
  return PHRASE_TIERS.map(({ fields, boost }) => ({
    constant_score: { filter: { multi_match: { query: phrase, type: 'phrase', fields } }, boost },
  }));
}

export function buildQuery(query: SearchQuery): estypes.QueryDslQueryContainer {
  const filter = buildFilters(query);
  const text = parseQueryText(query.q);
  if (!hasText(text)) return { bool: { filter, must: [{ match_all: {} }] } };
  const must: estypes.QueryDslQueryContainer[] = text.phrases.map((phrase) => ({
    multi_match: { query: phrase, type: 'phrase', fields: MATCH_FIELDS },
  }));
  const should: estypes.QueryDslQueryContainer[] = text.phrases.flatMap(phraseBoosts);
  if (text.words) {
    must.push({ multi_match: { query: text.words, type: 'best_fields', fields: MATCH_FIELDS, operator: 'and', tie_breaker: 0.3 } });
    should.push(
      { multi_match: { query: text.words, type: 'best_fields', fields: EXACT_FIELDS, tie_breaker: 0.3, boost: EXACT_BOOST } },
      ...phraseBoosts(text.words),
    );
  }
  return { bool: { filter, must, should } };
}

export function buildSearchRequest(index: string, query: SearchQuery): estypes.SearchRequest {
  const { size, from } = paging(query);
  const textQuery = hasText(parseQueryText(query.q));
  const byDate: estypes.SortCombinations = { issuedDate: { order: 'desc', missing: '_last', unmapped_type: 'date' } };
  return {
    index,
    query: buildQuery(query),
    from,
    size,
    track_total_hits: true,
    _source: HIT_SOURCE,
    sort: textQuery && query.sort !== 'date' ? ['_score', byDate, { id: 'asc' }] : [byDate, { id: 'asc' }],
    highlight: {
      pre_tags: ['<em>'],
      post_tags: ['</em>'],
      encoder: 'html',
      fields: {
        subject: { number_of_fragments: 0 },
        text: { fragment_size: 160, number_of_fragments: 3 },
      },
    },
    aggs: {
      docType: { terms: { field: 'docType', size: FACET_SIZE } },
      issuer: { terms: { field: 'issuer', size: FACET_SIZE } },
      signer: { terms: { field: 'signer.name', size: FACET_SIZE } },
      signed: { filter: SIGNED },
      year: {
        date_histogram: {
          field: 'issuedDate',
          calendar_interval: 'year',
          format: 'yyyy',
          min_doc_count: 1,
          order: { _key: 'desc' },
        },
      },
    },
  };
}

type Facet = { value: string; count: number }[];
type Bucket = { key: string | number; key_as_string?: string; doc_count: number };

function buckets(aggs: Record<string, estypes.AggregationsAggregate> | undefined, name: string): Facet {
  const agg = aggs?.[name] as { buckets?: Bucket[] | Record<string, Bucket> } | undefined;
  const list = Array.isArray(agg?.buckets) ? agg.buckets : [];
  return list.map((b) => ({ value: b.key_as_string ?? String(b.key), count: b.doc_count }));
}

function signedBucket(aggs: Record<string, estypes.AggregationsAggregate> | undefined): Facet {
  const count = (aggs?.signed as { doc_count?: number } | undefined)?.doc_count ?? 0;
  return count ? [{ value: SIGNED_FACET, count }] : [];
}

interface HitSource {
  id?: string;
  number?: string | null;
  docType?: string | null;
  issuer?: string[];
  issuedDate?: string | null;
  subject?: string | null;
}

export function parseSearchResponse(resp: estypes.SearchResponse<HitSource>): SearchResult {
  const total = typeof resp.hits.total === 'number' ? resp.hits.total : (resp.hits.total?.value ?? 0);
  const hits: SearchHit[] = resp.hits.hits.map((h) => {
    const s = h._source ?? {};
    return {
      id: s.id ?? h._id ?? '',
      number: s.number ?? null,
      docType: s.docType ?? null,
      issuer: s.issuer ?? [],
      issuedDate: s.issuedDate ?? null,
      subject: s.subject ?? null,
      score: typeof h._score === 'number' ? h._score : null,
      highlight: [...(h.highlight?.['subject'] ?? []), ...(h.highlight?.['text'] ?? [])],
    };
  });
  const aggs = resp.aggregations;
  return {
    total,
    hits,
    facets: {
      docType: buckets(aggs, 'docType'),
      issuer: buckets(aggs, 'issuer'),
      signer: buckets(aggs, 'signer'),
      signed: signedBucket(aggs),
      year: buckets(aggs, 'year'),
    },
  };
}

export function emptyResult(): SearchResult {
  return { total: 0, hits: [], facets: { docType: [], issuer: [], signer: [], year: [], signed: [] } };
}

/** findSameNumber(): same number (case/diacritic-insensitive), every issuer line shared, not `exceptId`. */
export function buildSameNumberQuery(number: string, issuer: string[], exceptId: string): estypes.QueryDslQueryContainer {
  const issuers = issuer.map((i) => i.normalize('NFC').trim()).filter((i) => i !== '');
  return {
    bool: {
      filter: [
        { term: { 'number.norm': number.normalize('NFC').trim() } },
        ...issuers.map((i): estypes.QueryDslQueryContainer => ({ term: { 'issuer.norm': i } })),
      ],
      must_not: [{ ids: { values: [exceptId] } }],
    },
  };
}
