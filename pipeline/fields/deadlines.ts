// Thời hạn: clauses that set a time limit ("hoàn thành trước ngày 01/7/2023", "chậm nhất ngày
// 28 tháng 12 năm 2022", "trong vòng 15 ngày kể từ ngày ký", "định kỳ hàng quý ... chậm nhất vào
// ngày mùng 10 ..."). A date that is merely written (a cited document's date, a meeting time) is
// not a deadline. The record's `deadlines` are read from its obligations (obligations.ts), so the
// two always agree; this module finds the limits inside one paragraph.
import type { Deadline } from '../../schemas/record.ts';
import { fold } from '../text/fold.ts';
import { dateWithoutYear, findDates } from './dates.ts';
import { recurrence, relativeDue } from './time-limits.ts';

// Folded cue words that put a limit on the date right after them.
// An hour may stand between the cue and the date: "trước 17 giờ 00 ngày 25/4/2024".
const CUE = /(truoc|cham nhat|han chot|han cuoi|khong muon hon|khong qua|den het|hoan thanh trong|hoan thanh vao|ke tu)\s*(?:la\s*|vao\s*)?(?:(?:luc\s*)?\d{1,2}\s*(?:gio|h)\s*(?:\d{1,2}\s*(?:phut)?)?\s*,?\s*)?(?:ngay\s*)?(?:mung\s*)?$/;
// "kể từ ngày 01/7/2022, ... phải ...": from that date on, an obligation holds.
const FROM_ON = /ke tu\s*(?:ngay\s*)?$/;

/** A time limit found in a paragraph, with where its clause starts and ends. */
export interface FoundDeadline extends Deadline {
  /** Offset in the paragraph of the date (or of the recurring/relative phrase). */
  index: number;
}

/** The clause (between ";" or sentence ends) around position `at`, list marker dropped. */
export function clauseAround(text: string, at: number): string {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('; ') + 1, before.search(/[.!?]\s+\p{Lu}[^.!?]*$/u) + 1, 0);
  const rest = text.slice(at);
  const endRel = rest.search(/;\s|[.!?]\s+\p{Lu}/u);
  const clause = text.slice(start, endRel >= 0 ? at + endRel + 1 : text.length);
  return clause.replace(/^\s*(\d+(\.\d+)*[.)]|[a-zđ][.)]|[-+•])\s*/u, '').replace(/[;,]$/, '').trim();
}

/** Every time limit set in one paragraph, in order of appearance. */
export function deadlinesIn(text: string, issuedDate: string | null): FoundDeadline[] {
  const folded = fold(text);
  const found: FoundDeadline[] = [];
  const add = (date: string | null, index: number) => {
    const clause = clauseAround(text, index);
    if (!found.some((f) => f.date === date && f.text === clause)) found.push({ date, text: clause, index });
  };
  const cueBefore = (index: number) => folded.slice(Math.max(0, index - 40), index);
  for (const d of findDates(text)) {
    const cue = CUE.exec(cueBefore(d.index));
    if (!cue) continue;
    // "kể từ ngày" sets a limit only when the clause obliges ("phải"); else it is a start date.
    if (FROM_ON.test(cue[0]) && !/\bphai\b/.test(fold(clauseAround(text, d.index)))) continue;
    add(d.iso, d.index);
  }
  // "trước ngày 15/12" without a year: the year of issue, rolled forward.
  for (const m of text.matchAll(/(?:trước|chậm nhất)\s*(?:ngày\s*)?(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})(?![\d/]|\s*(?:\/|năm)\s*\d)/giu)) {
    const iso = dateWithoutYear(Number(m[1]), Number(m[2]), issuedDate);
    if (iso) add(iso, m.index!);
  }
  if (!found.length) {
    const relative = relativeDue(text, issuedDate);
    if (relative) add(relative.due, relative.index);
  }
  // A report due every period, in a clause of its own ("...; sau đó báo cáo định kỳ hằng tuần").
  const recurring = /dinh ky|(?:hang|moi) (?:tuan|thang|quy|nam)|thang (?:cuoi|dau) (?:moi )?quy|trong (?:vong|thoi han) \d+ ngay/.exec(folded);
  if (recurring && (recurrence(clauseAround(text, recurring.index)) || /trong (?:vong|thoi han)/.test(recurring[0]))) {
    const clause = clauseAround(text, recurring.index);
    if (!found.some((f) => f.text === clause)) add(null, recurring.index);
  }
  return found.sort((a, b) => a.index - b.index);
}
