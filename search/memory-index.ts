// An in-memory SearchIndex for service tests that run without Elasticsearch: it keeps the records,
// answers by id, finds the same number and issuer, and matches words with diacritics optional.
// Relevance, highlights and obligations are Elasticsearch's business: here hits come newest first,
// without highlights, and no obligations are tracked.
import { DocumentRecord } from '../schemas/record.ts';
import { fold, words } from '../pipeline/text/fold.ts';
import type { ObligationQuery, ObligationResult, RebuildResult, SearchIndex, SearchQuery, SearchResult } from './contract.ts';

const sameIssuer = (a: string[], b: string[]) => b.every((i) => a.some((x) => x.normalize('NFC').trim() === i.normalize('NFC').trim()));

function facet(values: string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

export function createMemorySearchIndex(): SearchIndex {
  const docs = new Map<string, DocumentRecord>();
  const matches = (r: DocumentRecord, q: SearchQuery) => {
    if (q.q) {
      const hay = fold([r.subject ?? '', r.text, r.number ?? ''].join(' '));
      if (!words(q.q).every((w) => hay.includes(fold(w)))) return false;
    }
    if (q.docType && r.docType !== q.docType) return false;
    if (q.issuer && !r.issuer.includes(q.issuer)) return false;
    if (q.signer && r.signer?.name !== q.signer) return false;
    if (q.signed !== undefined && (r.signatures.length > 0) !== q.signed) return false;
    if (q.reference && !r.references.some((ref) => ref.number === q.reference)) return false;
    if (q.from && (!r.issuedDate || r.issuedDate < q.from)) return false;
    if (q.to && (!r.issuedDate || r.issuedDate > q.to)) return false;
    return true;
  };
  return {
    async migrate() {},
    async indexRecords(records) {
      for (const r of records) docs.set(r.id, DocumentRecord.parse(structuredClone(r)));
    },
    async rebuild(records): Promise<RebuildResult> {
      docs.clear();
      let indexed = 0;
      for await (const r of records) {
        docs.set(r.id, DocumentRecord.parse(structuredClone(r)));
        indexed++;
      }
      return { indexed, skipped: [], index: 'memory', obligationsIndex: 'memory' };
    },
    async getRecord(id) {
      const r = docs.get(id);
      return r ? structuredClone(r) : null;
    },
    async missingIds(ids) {
      return ids.filter((id) => !docs.has(id));
    },
    async findSameNumber(number, issuer, exceptId) {
      const n = number.normalize('NFC').trim();
      return [...docs.values()].filter((r) => r.id !== exceptId && r.number?.normalize('NFC').trim() === n && sameIssuer(r.issuer, issuer)).map((r) => r.id);
    },
    async search(q): Promise<SearchResult> {
      const found = [...docs.values()].filter((r) => matches(r, q)).sort((a, b) => ((b.issuedDate ?? '') < (a.issuedDate ?? '') ? -1 : 1));
      const size = q.size ?? 20;
      const page = found.slice(((q.page ?? 1) - 1) * size, (q.page ?? 1) * size);
      return {
        total: found.length,
        hits: page.map((r) => ({ id: r.id, number: r.number, docType: r.docType, issuer: r.issuer, issuedDate: r.issuedDate, subject: r.subject, score: null, highlight: [] })),
        facets: {
          docType: facet(found.flatMap((r) => (r.docType ? [r.docType] : []))),
          issuer: facet(found.flatMap((r) => r.issuer)),
          signer: facet(found.flatMap((r) => (r.signer?.name ? [r.signer.name] : []))),
          year: facet(found.flatMap((r) => (r.issuedDate ? [r.issuedDate.slice(0, 4)] : []))),
          signed: facet(found.flatMap((r) => (r.signatures.length ? ['có ký số'] : []))),
        },
      };
    },
    async searchObligations(_q: ObligationQuery): Promise<ObligationResult> {
      return { total: 0, counts: { open: 0, fulfilled: 0, overdue: 0 }, items: [] };
    },
    async count() {
      return docs.size;
    },
    async drop() {
      docs.clear();
    },
    async ping() {
      return true;
    },
    async close() {},
  };
}
