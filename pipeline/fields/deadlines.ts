// Thời hạn: clauses that set a time limit ("hoàn thành trước ngày 01/7/2023", "chậm nhất ngày
// 28 tháng 12 năm 2022", "định kỳ hàng quý ... chậm nhất vào ngày mùng 10 ..."). A date that is
// merely written (a cited document's date, a meeting time) is not a deadline.
import type { Deadline } from '../../schemas/record.ts';
import type { Doc } from '../document.ts';
import { fold } from '../text/fold.ts';
import { dateWithoutYear, findDates } from './dates.ts';
import type { Found } from './found.ts';
import { paragraphs } from './paragraphs.ts';
import { bodyStart, signatureLines } from './structure.ts';

// Folded cue words that put a limit on the date right after them.
// An hour may stand between the cue and the date: "trước 17 giờ 00 ngày 25/4/2024".
const CUE = /(truoc|cham nhat|han chot|han cuoi|khong muon hon|khong qua|den het|hoan thanh trong|hoan thanh vao)\s*(?:la\s*|vao\s*)?(?:(?:luc\s*)?\d{1,2}\s*(?:gio|h)\s*(?:\d{1,2}\s*(?:phut)?)?\s*,?\s*)?(?:ngay\s*)?(?:mung\s*)?$/;
const RECURRING = /dinh ky hang (thang|quy|nam)|hang (thang|quy|nam),?.*(truoc|cham nhat)/;
const RELATIVE = /trong (vong|thoi han) \d+ ngay/;

/** The clause (between ";" or sentence ends) around position `at`, list marker dropped. */
function clauseAround(text: string, at: number): string {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('; ') + 1, before.search(/[.!?]\s+\p{Lu}[^.!?]*$/u) + 1, 0);
  const rest = text.slice(at);
  const endRel = rest.search(/;\s|[.!?]\s+\p{Lu}/u);
  const clause = text.slice(start, endRel >= 0 ? at + endRel + 1 : text.length);
  return clause.replace(/^\s*(\d+(\.\d+)*[.)]|[a-zđ][.)]|[-+•])\s*/u, '').replace(/[;,]$/, '').trim();
}

export function extractDeadlines(doc: Doc, issuedDate: string | null): Found<Deadline[]> | null {
  const signature = new Set(signatureLines(doc).map((l) => l.index));
  const body = doc.lines.slice(bodyStart(doc)).filter((l) => !signature.has(l.index));
  const found: Deadline[] = [];
  const seen = new Set<string>();
  const add = (date: string | null, text: string) => {
    const key = `${date}|${text}`;
    if (!seen.has(key)) found.push({ date, text }), seen.add(key);
  };
  for (const p of paragraphs(body)) {
    const folded = fold(p.text);
    for (const d of findDates(p.text)) {
      if (CUE.test(folded.slice(Math.max(0, d.index - 40), d.index))) add(d.iso, clauseAround(p.text, d.index));
    }
    // "trước ngày 15/12" without a year: the year of issue.
    for (const m of p.text.matchAll(/(?:trước|chậm nhất)\s*(?:ngày\s*)?(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})(?![\d/]|\s*(?:\/|năm)\s*\d)/giu)) {
      const iso = dateWithoutYear(Number(m[1]), Number(m[2]), issuedDate);
      if (iso) add(iso, clauseAround(p.text, m.index!));
    }
    const recurring = RECURRING.exec(folded) ?? RELATIVE.exec(folded);
    if (recurring && !findDates(p.text).some((d) => CUE.test(folded.slice(Math.max(0, d.index - 40), d.index)))) {
      add(null, clauseAround(p.text, recurring.index));
    }
  }
  return found.length ? { value: found, evidence: null } : null;
}
