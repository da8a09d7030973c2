// One obligation as a table row: what, who (each assignee open or answered, with a link to the
// report that answered), when (due or recurrence), status, and the source letter.
import type { Obligation, Recurrence, TrackedObligation } from '../../schemas/obligation.ts';
import { dmy, STATUS_LABEL } from './format.ts';
import { html, type Html } from './html.ts';

/** A tracked obligation, or one straight from a record (no tracking yet). */
export type ObligationLike = Obligation & Partial<Omit<TrackedObligation, keyof Obligation>>;

const FREQ: Record<string, string> = { weekly: 'hằng tuần', monthly: 'hằng tháng', quarterly: 'hằng quý', 'half-yearly': '6 tháng', yearly: 'hằng năm' };

export function recurrenceVi(r: Recurrence): string {
  const every = r.frequencies.map((f) => FREQ[f] ?? f).join(', ');
  const day = r.dayOfMonth ? `, ngày ${r.dayOfMonth} ${r.monthsAfterPeriod ? 'tháng sau kỳ' : 'tháng cuối kỳ'}` : '';
  return `Định kỳ ${every}${day}`;
}

export function obligationTableHead(withSource: boolean): Html {
  return html`<thead><tr><th scope="col">Nhiệm vụ</th><th scope="col">Đơn vị thực hiện</th><th scope="col">Hạn</th><th scope="col">Trạng thái</th>${withSource ? html`<th scope="col">Văn bản giao</th>` : ''}</tr></thead>`;
}

function assignees(o: ObligationLike): Html {
  const done = new Map((o.fulfilments ?? []).map((f) => [f.assignee, f]));
  return html`<ul class="assignees">${o.assignees.map((a) => {
    const f = done.get(a);
    return f
      ? html`<li class="done">${a} — <a href="/app/documents/${f.documentId}">đã báo cáo${f.number ? ` (${f.number})` : ''}</a></li>`
      : html`<li>${a}</li>`;
  })}</ul>`;
}

export function obligationRow(o: ObligationLike, withSource: boolean): Html {
  const due = o.due ? dmy(o.due) : '';
  const when = [due, o.recurrence ? recurrenceVi(o.recurrence) : '', o.nextDue && o.nextDue !== o.due ? `kỳ tới ${dmy(o.nextDue)}` : '']
    .filter(Boolean)
    .join('; ');
  const src = o.source;
  return html`<tr class="obligation">
<td>${o.action || o.text}${o.reportTo ? html`<br><small>Gửi về: ${o.reportTo}</small>` : ''}</td>
<td>${assignees(o)}</td>
<td>${when || html`<span class="none">không hạn</span>`}</td>
<td>${o.status ? html`<span class="status s-${o.status}">${STATUS_LABEL[o.status]}</span>` : html`<span class="none">—</span>`}</td>
${withSource ? html`<td>${o.documentId ? html`<a href="/app/documents/${o.documentId}">${src?.number ?? 'Không số'}</a>` : ''}${src?.issuedDate ? html`<br><small>ngày ${dmy(src.issuedDate)}</small>` : ''}</td>` : ''}
</tr>`;
}
