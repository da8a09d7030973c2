// The obligations page: open / due in 7 days / overdue / fulfilled, filtered by assignee and due
// dates (dd/mm/yyyy), each linked to its letter and to the reports that fulfilled it; the ICS feed.
import type { TrackedObligation } from '../../schemas/obligation.ts';
import { isoFromDmy } from './format.ts';
import { html, type Html } from './html.ts';
import { qs } from './internal.ts';
import { obligationRow, obligationTableHead } from './obligation-rows.ts';

export interface ObligationsAnswer {
  total: number;
  counts: { open: number; fulfilled: number; overdue: number };
  items: TrackedObligation[];
}

export type Tab = 'open' | 'soon' | 'overdue' | 'fulfilled' | 'all';
const TABS: { id: Tab; label: string }[] = [
  { id: 'open', label: 'Đang mở' },
  { id: 'soon', label: 'Đến hạn trong 7 ngày' },
  { id: 'overdue', label: 'Quá hạn' },
  { id: 'fulfilled', label: 'Đã hoàn thành' },
  { id: 'all', label: 'Tất cả' },
];

export interface ObligationsForm {
  tab: Tab;
  assignee: string;
  dueFrom: string;
  dueTo: string;
  page: number;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 300) : '');

export function readObligationsForm(query: unknown): ObligationsForm {
  const q = (query ?? {}) as Record<string, unknown>;
  const tab = TABS.some((t) => t.id === q.tab) ? (q.tab as Tab) : 'open';
  return { tab, assignee: str(q.assignee), dueFrom: str(q.dueFrom), dueTo: str(q.dueTo), page: Math.max(1, Number.parseInt(str(q.page), 10) || 1) };
}

export const OBLIGATIONS_PAGE_SIZE = 50;

export function obligationsApiUrl(f: ObligationsForm, today: string): string {
  const status = f.tab === 'all' ? undefined : f.tab === 'soon' ? 'open' : f.tab;
  let dueFrom = isoFromDmy(f.dueFrom) ?? undefined;
  let dueTo = isoFromDmy(f.dueTo) ?? undefined;
  if (f.tab === 'soon') {
    const in7 = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86400_000).toISOString().slice(0, 10);
    dueFrom = dueFrom && dueFrom > today ? dueFrom : today;
    dueTo = dueTo && dueTo < in7 ? dueTo : in7;
  }
  return `/obligations${qs({ status, assignee: f.assignee, dueFrom, dueTo, page: f.page, size: OBLIGATIONS_PAGE_SIZE })}`;
}

export function obligationsBody(f: ObligationsForm, answer: ObligationsAnswer | null, error: string | null): Html {
  const tabUrl = (tab: Tab) => `/app/obligations${qs({ tab, assignee: f.assignee, dueFrom: f.dueFrom, dueTo: f.dueTo })}`;
  const count = (t: Tab) => (!answer ? '' : t === 'open' ? answer.counts.open : t === 'overdue' ? answer.counts.overdue : t === 'fulfilled' ? answer.counts.fulfilled : '');
  const tabs = html`<nav class="tabs" aria-label="Trạng thái"><ul>${TABS.map(
    (t) => html`<li><a href="${tabUrl(t.id)}"${t.id === f.tab ? html` aria-current="page"` : ''}>${t.label}${count(t.id) !== '' ? html` <span class="n">${count(t.id)}</span>` : ''}</a></li>`,
  )}</ul></nav>`;
  const form = html`<form class="filters" method="get" action="/app/obligations">
<input type="hidden" name="tab" value="${f.tab}">
<label>Đơn vị thực hiện <input name="assignee" value="${f.assignee}"></label>
<label>Hạn từ <input name="dueFrom" value="${f.dueFrom}" placeholder="dd/mm/yyyy"></label>
<label>đến <input name="dueTo" value="${f.dueTo}" placeholder="dd/mm/yyyy"></label>
<button type="submit">Lọc</button></form>`;
  const units = answer ? [...new Set(answer.items.flatMap((o) => o.openAssignees))].slice(0, 20) : [];
  const list = answer
    ? answer.items.length
      ? html`<p class="count">${answer.total} nhiệm vụ</p><table class="obligations">${obligationTableHead(true)}<tbody>${answer.items.map((o) => obligationRow(o, true))}</tbody></table>`
      : html`<p class="none">Không có nhiệm vụ nào.</p>`
    : '';
  return html`<h1>Nhiệm vụ</h1>
<p class="note">Lịch (iCalendar) của các nhiệm vụ đang mở: <a href="/obligations.ics">/obligations.ics</a> — ứng dụng lịch không gửi được đăng nhập, hãy thêm <code>?key=KHÓA_API</code> của bạn vào địa chỉ.</p>
${tabs}${form}
${error ? html`<p class="error" role="alert">Không tải được danh sách nhiệm vụ: ${error}</p>` : ''}
${units.length ? html`<p class="units">Theo đơn vị: ${units.map((u) => html`<a href="${`/app/obligations${qs({ tab: f.tab, assignee: u })}`}">${u}</a> `)}</p>` : ''}
${list}`;
}
