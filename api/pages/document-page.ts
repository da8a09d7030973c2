// The document page: the extracted fields beside the original (PDF/image preview), each field's
// evidence marked in the text, the document's obligations, the documents it cites and those
// citing it, and — for archivists — a correction form per field with the audit trail.
import { CorrectableField, type DocumentStatus } from '../../schemas/api.ts';
import type { DocumentRecord, Signer } from '../../schemas/record.ts';
import type { TrackedObligation } from '../../schemas/obligation.ts';
import { markedText } from './evidence-text.ts';
import { dmy, dmyTime, FIELD_LABEL, reasonVi, STATUS_LABEL } from './format.ts';
import { html, type Html } from './html.ts';
import { obligationRow, obligationTableHead } from './obligation-rows.ts';
import { provenanceSection } from './signatures-section.ts';

export interface DocumentView {
  id: string;
  name: string;
  receivedAt: string;
  status: DocumentStatus;
  failedReason: string | null;
  record: DocumentRecord | null;
  canCorrect: boolean;
  /** For each cited number, the document holding it here (when there is one). */
  cites: { number: string; type: string | null; date: string | null; id: string | null }[];
  citedBy: { id: string; number: string | null; docType: string | null; issuedDate: string | null; subject: string | null }[] | null;
  obligations: TrackedObligation[] | null;
  saved: string | null;
  error: string | null;
  /** The record's row version: the forms send it back, so a later correction of a field is a conflict. */
  version?: number | null;
}

const LIST_FIELDS = new Set(['issuer', 'recipients', 'cc']);

function showValue(field: string, value: unknown): Html | string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return html`<span class="none">—</span>`;
  if (field === 'issuedDate') return dmy(String(value));
  if (field === 'signer') {
    const s = value as Signer;
    return [s.authority, s.title, s.name].filter(Boolean).join(' · ');
  }
  if (Array.isArray(value)) return html`<ul>${value.map((v) => html`<li>${String(v)}</li>`)}</ul>`;
  return String(value);
}

/** The value as the form shows it: lists one per line, dates dd/mm/yyyy. */
function formValue(field: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field === 'issuedDate') return dmy(String(value));
  if (Array.isArray(value)) return value.join('\n');
  return String(value);
}

function editor(id: string, field: string, value: unknown, version: number | null | undefined): Html {
  const fid = `fix-${field}`;
  const seen = version ? html`\n<input type="hidden" name="version" value="${String(version)}">` : '';
  if (field === 'signer') {
    const s = (value ?? { name: null, title: null, authority: null }) as Signer;
    return html`<details class="fix"><summary>Sửa</summary><form method="post" action="/app/documents/${id}/correct">
<input type="hidden" name="field" value="signer">${seen}
<label>Thẩm quyền ký <input name="authority" value="${s.authority ?? ''}"></label>
<label>Chức vụ <input name="title" value="${s.title ?? ''}"></label>
<label>Họ tên <input name="name" value="${s.name ?? ''}"></label>
<button type="submit">Lưu</button></form></details>`;
  }
  const input = LIST_FIELDS.has(field)
    ? html`<textarea id="${fid}" name="value" rows="4">${formValue(field, value)}</textarea>`
    : html`<input id="${fid}" name="value" value="${formValue(field, value)}"${field === 'issuedDate' ? html` placeholder="dd/mm/yyyy"` : ''}>`;
  return html`<details class="fix"><summary>Sửa</summary><form method="post" action="/app/documents/${id}/correct">
<input type="hidden" name="field" value="${field}">${seen}
<label for="${fid}">${FIELD_LABEL[field]}${LIST_FIELDS.has(field) ? ' (mỗi dòng một mục)' : ''}</label>
${input}
<button type="submit">Lưu</button></form></details>`;
}

/** The original as page images (any browser shows them), with the file itself a click away. */
function preview(v: DocumentView): Html {
  const mime = v.record?.file.mimeType ?? '';
  const pages = mime === 'application/pdf' ? (v.record?.file.pages ?? 0) : mime.startsWith('image/') ? 1 : 0;
  if (pages === 0) return html`<p class="note">Không có bản xem trước cho định dạng này. <a href="/documents/${v.id}/file">Tải bản gốc</a></p>`;
  const shown = Math.min(pages, 20);
  const images = Array.from({ length: shown }, (_, i) => html`<img class="page" src="/documents/${v.id}/pages/${i + 1}.png" alt="Bản gốc ${v.name}, trang ${i + 1}" loading="lazy">`);
  return html`<div class="preview" role="group" aria-label="Bản gốc">${images}</div>
<p class="note">${pages > shown ? `${shown} / ${pages} trang · ` : ''}<a href="/documents/${v.id}/file?inline=1">Mở bản gốc</a></p>`;
}

export function documentBody(v: DocumentView): Html {
  const r = v.record;
  const head = html`<h1>${r?.number ?? v.name}${r?.docType ? html` <small>${r.docType}</small>` : ''}</h1>
<p class="meta">Tệp <a href="/documents/${v.id}/file">${v.name}</a> · nhận lúc ${dmyTime(v.receivedAt)} · <span class="status s-${v.status}">${STATUS_LABEL[v.status]}</span>${v.failedReason ? html`: ${reasonVi(v.failedReason)}` : ''}</p>
${v.saved ? html`<p class="ok" role="status">Đã lưu: ${FIELD_LABEL[v.saved] ?? v.saved}.</p>` : ''}
${v.error ? html`<p class="error" role="alert">${v.error}</p>` : ''}`;
  if (!r) return html`${head}<p>Văn bản chưa được trích xuất xong.</p>`;

  const rows = CorrectableField.options.map(
    (field) => html`<tr id="f-${field}"><th scope="row">${FIELD_LABEL[field]}</th>
<td>${showValue(field, r[field])}${r.evidence[field] ? html` <a class="ev" href="#ev-${field}">xem trong văn bản</a>` : ''}
${v.canCorrect ? editor(v.id, field, r[field], v.version) : ''}</td></tr>`,
  );
  const dupes = r.warnings.filter((w) => w.startsWith('possible duplicate of '));
  const trail = r.corrections.length
    ? html`<section><h2>Lịch sử sửa</h2><table class="trail"><thead><tr><th>Trường</th><th>Giá trị trích xuất</th><th>Giá trị mới</th><th>Người sửa</th><th>Lúc</th></tr></thead><tbody>
${r.corrections.map((c) => html`<tr><td>${FIELD_LABEL[c.field] ?? c.field}</td><td>${showValue(c.field, c.from)}</td><td>${showValue(c.field, c.to)}</td><td>${c.by}</td><td>${dmyTime(c.at)}</td></tr>`)}
</tbody></table></section>`
    : '';
  const obligations = v.obligations ?? [];
  return html`${head}
${dupes.map((d) => html`<p class="warn">Có thể trùng với <a href="/app/documents/${d.slice('possible duplicate of '.length)}">văn bản đã có</a>.</p>`)}
<div class="doc-layout">
<section class="fields" aria-labelledby="h-fields"><h2 id="h-fields">Thông tin trích xuất</h2>
<table class="fields-table"><tbody>${rows}</tbody></table>
${trail}
</section>
<section class="original" aria-labelledby="h-orig"><h2 id="h-orig">Bản gốc</h2>${preview(v)}</section>
</div>
${provenanceSection(r)}
<section aria-labelledby="h-obl"><h2 id="h-obl">Nhiệm vụ trong văn bản (${obligations.length})</h2>
${obligations.length ? html`<table class="obligations">${obligationTableHead(false)}<tbody>${obligations.map((o) => obligationRow(o, false))}</tbody></table>` : html`<p class="none">Không có nhiệm vụ.</p>`}
</section>
<div class="links-layout">
<section aria-labelledby="h-cites"><h2 id="h-cites">Văn bản được viện dẫn</h2>
${v.cites.length ? html`<ul>${v.cites.map((c) => html`<li>${c.type ? `${c.type} ` : ''}${c.id ? html`<a href="/app/documents/${c.id}">${c.number}</a>` : c.number}${c.date ? ` ngày ${dmy(c.date)}` : ''}</li>`)}</ul>` : html`<p class="none">Không có.</p>`}
</section>
<section aria-labelledby="h-citedby"><h2 id="h-citedby">Văn bản viện dẫn văn bản này</h2>
${v.citedBy === null ? html`<p class="none">Chưa tra được.</p>` : v.citedBy.length ? html`<ul>${v.citedBy.map((c) => html`<li><a href="/app/documents/${c.id}">${c.number ?? 'Không số'}</a> ${c.docType ?? ''}${c.issuedDate ? ` ngày ${dmy(c.issuedDate)}` : ''} — ${c.subject ?? ''}</li>`)}</ul>` : html`<p class="none">Không có.</p>`}
</section></div>
<section aria-labelledby="h-text"><h2 id="h-text">Toàn văn</h2><p class="note">Chỗ tô màu là nơi mỗi trường được đọc ra.</p>
<pre class="fulltext">${markedText(r.text, r.evidence)}</pre></section>`;
}
