// The search page: one box (diacritics optional), filters and facets with counts, date range in
// dd/mm/yyyy, highlighted snippets, pagination. Everything lives in the URL, so it can be shared.
import type { SearchResponse } from '../../schemas/api.ts';
import { isCalendarDate } from '../../domain/dates.ts';
import { dmy, isoFromDmy } from './format.ts';
import { highlight, html, type Html } from './html.ts';
import { qs } from './internal.ts';

export interface SearchForm {
  q: string;
  docType: string;
  issuer: string;
  signer: string;
  /** 'true': only digitally signed documents (có ký số). */
  signed: string;
  from: string; // as typed, dd/mm/yyyy
  to: string;
  sort: 'relevance' | 'date';
  page: number;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 500) : '');

export function readSearchForm(query: unknown): SearchForm {
  const q = (query ?? {}) as Record<string, unknown>;
  const page = Math.min(500, Math.max(1, Number.parseInt(str(q.page), 10) || 1));
  const sort = str(q.sort) === 'date' ? 'date' : 'relevance';
  return { q: str(q.q), docType: str(q.docType), issuer: str(q.issuer), signer: str(q.signer), signed: str(q.signed) === 'true' ? 'true' : '', from: str(q.from), to: str(q.to), sort, page };
}

export const PAGE_SIZE = 20;

/** The API query for the form; dates the user typed badly are reported, not sent. */
export function apiQuery(f: SearchForm): { url: string; problems: string[] } {
  const problems: string[] = [];
  const date = (label: string, v: string) => {
    if (!v) return undefined;
    const iso = isoFromDmy(v);
    if (!iso || !isCalendarDate(iso)) {
      problems.push(iso ? `${label}: ${v} không phải là ngày có thật` : `${label}: ngày phải viết dd/mm/yyyy`);
      return undefined;
    }
    return iso;
  };
  const from = date('Từ ngày', f.from);
  const to = date('Đến ngày', f.to);
  return { url: `/search${qs({ q: f.q, docType: f.docType, issuer: f.issuer, signer: f.signer, signed: f.signed || undefined, from, to, sort: f.sort, page: f.page, size: PAGE_SIZE })}`, problems };
}

const pageUrl = (f: SearchForm, over: Partial<SearchForm>) =>
  `/app/search${qs({ ...f, sort: f.sort === 'relevance' ? undefined : f.sort, page: f.page === 1 ? undefined : f.page, ...over })}`;

function facet(f: SearchForm, title: string, key: 'docType' | 'issuer' | 'signer' | 'year', buckets: { value: string; count: number }[]): Html {
  if (buckets.length === 0) return html``;
  const link = (b: { value: string; count: number }) => {
    if (key === 'year') {
      const on = f.from === `01/01/${b.value}` && f.to === `31/12/${b.value}`;
      const href = on ? pageUrl(f, { from: '', to: '', page: 1 }) : pageUrl(f, { from: `01/01/${b.value}`, to: `31/12/${b.value}`, page: 1 });
      return html`<li><a href="${href}"${on ? html` aria-current="true"` : ''}>${b.value}</a> <span class="n">${b.count}</span></li>`;
    }
    const on = f[key] === b.value;
    return html`<li><a href="${pageUrl(f, { [key]: on ? '' : b.value, page: 1 })}"${on ? html` aria-current="true"` : ''}>${b.value}</a> <span class="n">${b.count}</span></li>`;
  };
  return html`<section class="facet"><h3>${title}</h3><ul>${buckets.slice(0, 10).map(link)}</ul></section>`;
}

/** "Có ký số": the digitally signed documents among the hits, a filter to toggle. */
function signedFacet(f: SearchForm, buckets: { value: string; count: number }[]): Html {
  const b = buckets[0];
  if (!b) return html``;
  const on = f.signed === 'true';
  return html`<section class="facet"><h3>Chữ ký số</h3><ul><li><a href="${pageUrl(f, { signed: on ? '' : 'true', page: 1 })}"${on ? html` aria-current="true"` : ''}>Có ký số</a> <span class="n">${b.count}</span></li></ul></section>`;
}

export function searchBody(f: SearchForm, result: SearchResponse | null, problems: string[], error: string | null): Html {
  const form = html`<form class="search" method="get" action="/app/search" role="search">
<label for="q" class="sr">Tìm văn bản</label>
<input id="q" name="q" type="search" value="${f.q}" placeholder="Tìm văn bản (có dấu hoặc không dấu)">
<button type="submit">Tìm</button>
<label class="sort">Sắp xếp <select name="sort">
<option value="relevance"${f.sort === 'relevance' ? html` selected` : ''}>Phù hợp nhất</option>
<option value="date"${f.sort === 'date' ? html` selected` : ''}>Mới nhất</option>
</select></label>
<details${f.from || f.to || f.docType || f.issuer || f.signer ? html` open` : ''}><summary>Bộ lọc</summary>
<div class="filters">
<label>Từ ngày <input name="from" value="${f.from}" placeholder="dd/mm/yyyy" inputmode="numeric" pattern="\\d{1,2}/\\d{1,2}/\\d{4}"></label>
<label>Đến ngày <input name="to" value="${f.to}" placeholder="dd/mm/yyyy" inputmode="numeric" pattern="\\d{1,2}/\\d{1,2}/\\d{4}"></label>
<label>Loại văn bản <input name="docType" value="${f.docType}"></label>
<label>Cơ quan ban hành <input name="issuer" value="${f.issuer}"></label>
<label>Người ký <input name="signer" value="${f.signer}"></label>
</div></details>
</form>`;
  const alerts = [...problems, ...(error ? [error] : [])].map((p) => html`<p class="error" role="alert">${p}</p>`);
  if (!result) return html`<h1>Tìm kiếm</h1>${form}${alerts}`;
  const pages = Math.max(1, Math.ceil(Math.min(result.total, 10_000) / PAGE_SIZE));
  const hits = result.hits.map(
    (h) => html`<li class="hit">
<h2><a href="/app/documents/${h.id}">${h.number ?? 'Không số'}${h.docType ? html` · ${h.docType}` : ''}</a></h2>
<p class="meta">${h.issuer.join(' – ')}${h.issuedDate ? html` · ngày ${dmy(h.issuedDate)}` : ''}</p>
${h.subject ? html`<p class="subject">${h.subject}</p>` : ''}
${h.highlight.slice(0, 3).map((s) => html`<p class="snippet">… ${highlight(s)} …</p>`)}
</li>`,
  );
  const nav =
    pages > 1
      ? html`<nav class="pager" aria-label="Trang kết quả">
${f.page > 1 ? html`<a href="${pageUrl(f, { page: f.page - 1 })}" rel="prev">‹ Trang trước</a>` : ''}
<span>Trang ${f.page} / ${pages}</span>
${f.page < pages ? html`<a href="${pageUrl(f, { page: f.page + 1 })}" rel="next">Trang sau ›</a>` : ''}
</nav>`
      : '';
  return html`<h1>Tìm kiếm</h1>${form}${alerts}
<div class="results-layout">
<aside class="facets" aria-label="Lọc theo">
${facet(f, 'Loại văn bản', 'docType', result.facets.docType)}
${facet(f, 'Cơ quan ban hành', 'issuer', result.facets.issuer)}
${facet(f, 'Năm', 'year', result.facets.year)}
${facet(f, 'Người ký', 'signer', result.facets.signer)}
${signedFacet(f, result.facets.signed ?? [])}
</aside>
<section class="results" aria-live="polite">
<p class="count">${result.total} văn bản</p>
<ol class="hits">${hits}</ol>
${nav}
</section></div>`;
}
