// Sự kiện: what a giấy mời (or a letter convening a meeting) invites to — "Thời gian: 07 giờ 30
// phút, thứ Sáu, ngày 20 tháng 9 năm 2024", "Địa điểm: Hội trường tầng 5 ...". A meeting has a
// date and a place but obliges no report, so it is an event, never an obligation or a deadline.
import type { DocumentEvent } from '../../schemas/obligation.ts';
import type { Doc } from '../document.ts';
import { fold } from '../text/fold.ts';
import { dateWithoutYear, findDates } from './dates.ts';
import type { Found } from './found.ts';
import { paragraphs } from './paragraphs.ts';
import { bodyStart } from './structure.ts';

const TIME = /(\d{1,2})\s*(?:giờ|h|g)\s*(?:(\d{1,2})\s*(?:phút|')?)?/iu;
const LABEL = /^\s*[-+•]?\s*(thời gian|địa điểm)\s*:\s*/iu;

function startOf(text: string, issuedDate: string | null): string | null {
  const date = findDates(text)[0]?.iso ?? yearless(text, issuedDate);
  if (!date) return null;
  const time = TIME.exec(text);
  if (!time || Number(time[1]) > 23 || Number(time[2] ?? 0) > 59) return date;
  return `${date}T${time[1]!.padStart(2, '0')}:${(time[2] ?? '00').padStart(2, '0')}`;
}

function yearless(text: string, issuedDate: string | null): string | null {
  const m = /ngày\s*(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})(?![\d/])/iu.exec(text);
  return m ? dateWithoutYear(Number(m[1]), Number(m[2]), issuedDate) : null;
}

export function extractEvents(doc: Doc, docType: string | null, issuedDate: string | null): Found<DocumentEvent[]> | null {
  const body = paragraphs(doc.lines.slice(bodyStart(doc)));
  const labelled = (name: string) => body.find((p) => fold(LABEL.exec(p.text)?.[1] ?? '') === name);
  const when = labelled('thoi gian');
  if (when) {
    const start = startOf(when.text, issuedDate);
    const where = labelled('dia diem');
    if (start) return { value: [{ kind: 'meeting', start, place: where ? where.text.replace(LABEL, '').replace(/[.;]$/, '') : null, text: when.text.replace(LABEL, '') }], evidence: null };
  }
  if (docType !== 'Giấy mời') return null;
  // "... tổ chức Hội nghị vào lúc 14 giờ 00, ngày 20/9/2024 tại Hội trường ..." in one sentence.
  for (const p of body) {
    const at = fold(p.text).search(/vao (?:luc|hoi)|thoi gian/);
    if (at < 0) continue;
    const start = startOf(p.text.slice(at), issuedDate);
    const place = /\btại\s+([^.;]+)/u.exec(p.text.slice(at))?.[1]?.trim() ?? null;
    if (start) return { value: [{ kind: 'meeting', start, place, text: p.text }], evidence: null };
  }
  return null;
}
