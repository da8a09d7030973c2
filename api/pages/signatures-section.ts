// The document page's part on trust and provenance: each digital signature (ký số) with its
// checks, where a letter received as edXML came from, and the batch scan a letter was cut from.
import type { DocumentRecord } from '../../schemas/record.ts';
import { dmy, dmyTime } from './format.ts';
import { html, type Html } from './html.ts';

const yesNo = (v: boolean | null, yes: string, no: string, unknown = 'chưa so được') => (v === null ? unknown : v ? yes : no);

export function provenanceSection(r: DocumentRecord): Html {
  const signatures = r.signatures ?? [];
  const sigs = signatures.length
    ? html`<table class="signatures"><thead><tr><th>Người ký (chứng thư)</th><th>Tổ chức</th><th>Lúc ký</th><th>Cấp bởi</th><th>Hiệu lực</th><th>Kiểm tra</th></tr></thead><tbody>
${signatures.map(
  (s) => html`<tr><td>${s.signerName ?? '—'}${s.matchesPrintedSigner === false ? html` <span class="warn">(khác người ký in trên văn bản)</span>` : ''}</td>
<td>${s.organisation ?? '—'}</td><td>${s.signedAt ? dmyTime(s.signedAt) : '—'}</td><td>${s.issuer ?? '—'}</td>
<td>${s.validFrom ? `${dmy(s.validFrom.slice(0, 10))} – ${dmy((s.validTo ?? '').slice(0, 10))}` : '—'}</td>
<td>${s.status}${s.coversWholeFile ? '' : html`<br><small>chữ ký không phủ phần thêm sau (lần ký sau)</small>`}${s.problem ? html`<br><small>${s.problem}</small>` : ''}
<br><small>Đúng người ký in: ${yesNo(s.matchesPrintedSigner, 'có', 'không', 'không áp dụng')}</small></td></tr>`,
)}
</tbody></table>`
    : html`<p class="none">Không có chữ ký số.</p>`;
  const origin = r.edxml
    ? html`<p>Nhận qua trục liên thông (edXML) từ ${r.edxml.from.organName ?? ''} (${r.edxml.from.organId}) lúc ${dmyTime(r.edxml.receivedAt)}; mã văn bản ${r.edxml.documentId}. Các trường ${Object.keys(r.edxml.evidence).join(', ')} lấy từ tiêu đề gói tin.</p>`
    : '';
  const split = r.splitFrom
    ? html`<p>Tách từ tệp quét nhiều văn bản <a href="/app/documents/${r.splitFrom.originalId}">${r.splitFrom.originalId.slice(0, 12)}…</a>, trang ${r.splitFrom.pages[0]}–${r.splitFrom.pages[1]}.</p>`
    : '';
  return html`<section aria-labelledby="h-sig"><h2 id="h-sig">Chữ ký số và nguồn gốc</h2>${sigs}${origin}${split}</section>`;
}
