// Trích yếu: in a công văn the "V/v ..." lines under the number; in other types the line(s)
// under the title ("QUYẾT ĐỊNH" / "Về việc ban hành ..."). Lines joined, case kept, a leading
// "V/v" or "Về việc" and a trailing period dropped.
import type { Doc, DocLine } from '../document.ts';
import { evidenceOver } from '../document.ts';
import { fold } from '../text/fold.ts';
import { isMotto, isRule, isSignatureStamp, startsWithAnchor, upperShare } from '../text/anchors.ts';
import type { Found } from './found.ts';
import { findPlaceDate } from './place-date.ts';
import { headerLines, kinhGuiLine, numberLine, titleLine } from './structure.ts';

const LEAD = /^\s*(?:v\s*\/\s*v|v\/v|về\s+việc|ve\s+viec|về\s*(?=:))\s*[:.]?\s*/iu;
/** "Số: 531/VPCP-NN V/v ...": a narrow cell runs the trích yếu on after the number. */
const LEAD_AFTER_NUMBER = /\s(?=v\s*\/\s*v\b)/iu;
const ENACTING = /^(chu tich|uy ban nhan dan|ubnd|bo truong|thu tuong|giam doc|cuc truong|tong cuc truong|vu truong|hoi dong|ban chap hanh|truong ban|hieu truong|vien truong)\b/;
// How a body opens (folded, whole words). "Để"/"Phần" are told from "Đề nghị"/"Phân bổ" on
// the original spelling, which folding would merge.
const BODY_START = /^(can cu|kinh gui|thuc hien|nham|theo|xet|trong|qua|tren co so|dieu \d|chuong|ngay \d[\d/]*|[ivx]+\.|\d+\.)(\s|$|[,:.])/;
const BODY_START_EXACT = /^(Để|Phần|PHẦN)\s/u;
/** A công điện names its addressees after "... điện:" instead of "Kính gửi". */
const CONG_DIEN_ADDRESS = /(?:^|\s)điện\s*:\s*$/u;

interface Taken {
  line: DocLine;
  text: string;
}

function finish(taken: Taken[]): Found<string> | null {
  if (taken.length === 0) return null;
  const text = taken
    .map((t) => t.text)
    .join(' ')
    .replace(LEAD, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.;,:]+$/, '')
    .trim();
  return text ? { value: text, evidence: evidenceOver(taken[0]!.line, taken.at(-1)!.line) } : null;
}

const isPlaceDate = (line: DocLine) => /ngay .* thang .* nam/.test(fold(line.text));
const isUrgency = (line: DocLine) => /^(hoa toc|thuong khan|khan|mat|toi mat|tuyet mat)$/.test(fold(line.text).replace(/[^a-z ]/g, '').trim());

/** The trích yếu's first line: a "V/v" line of the header, or the rest of the number line after "V/v". */
function congVanLead(doc: Doc): Taken | null {
  const header = headerLines(doc);
  const own = header.find((l) => LEAD.test(l.text) && /^\s*v/i.test(l.text));
  if (own) return { line: own, text: own.text };
  const number = numberLine(doc);
  const at = number ? number.text.search(LEAD_AFTER_NUMBER) : -1;
  return number && at > 0 ? { line: number, text: number.text.slice(at + 1) } : null;
}

function congVanSubject(doc: Doc): Found<string> | null {
  const lead = congVanLead(doc);
  if (!lead) return unmarkedSubject(doc);
  const first = lead.line;
  const taken: Taken[] = [lead];
  for (const line of doc.lines.slice(first.index + 1)) {
    if (first.block !== null && (line.block !== first.block || line.column !== first.column)) break;
    if (isRule(line.text) || isMotto(line.text) || isSignatureStamp(line.text) || isUrgency(line)) break;
    if (startsWithAnchor(line.text, 'Kính gửi') !== null || isPlaceDate(line) || line === findPlaceDate(doc)?.placeHead) break;
    if (first.block === null && /^\p{Lu}/u.test(line.text) && /[.;]$/.test(taken.at(-1)!.text)) break;
    taken.push({ line, text: line.text });
    if (taken.length >= 6) break;
  }
  return finish(taken);
}

/**
 * A công văn whose trích yếu carries no "V/v" (common in party letters): the lines under the
 * number, down to "Kính gửi", which must follow at once (NĐ 30/2020 Phụ lục I, ô 5b then ô 9a).
 */
function unmarkedSubject(doc: Doc): Found<string> | null {
  const number = numberLine(doc);
  const kg = kinhGuiLine(doc);
  if (!number || !kg || kg.index <= number.index + 1 || kg.index > number.index + 4) return null;
  const taken: Taken[] = [];
  for (const line of doc.lines.slice(number.index + 1, kg.index)) {
    if (number.block !== null && (line.block !== number.block || line.column !== number.column)) continue;
    if (isRule(line.text) || isMotto(line.text) || isPlaceDate(line) || isUrgency(line) || upperShare(line.text) > 0.8) return null;
    taken.push({ line, text: line.text });
  }
  return finish(taken);
}

function titledSubject(doc: Doc): Found<string> | null {
  const title = titleLine(doc);
  if (!title) return null;
  const taken: Taken[] = [];
  for (const line of doc.lines.slice(title.index + 1, title.index + 8)) {
    const f = fold(line.text);
    const bodyLike = BODY_START.test(f) || BODY_START_EXACT.test(line.text) || CONG_DIEN_ADDRESS.test(line.text);
    // The line right under the title is always the trích yếu, whatever word opens it.
    if (isRule(line.text) || (taken.length > 0 && bodyLike) || startsWithAnchor(line.text, 'Kính gửi') !== null) break;
    if (taken.length === 0 && (/^(can cu|kinh gui)\b/.test(f) || CONG_DIEN_ADDRESS.test(line.text))) break;
    // The enacting authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") follows the trích yếu.
    if (taken.length && upperShare(line.text) > 0.9 && (ENACTING.test(f) || upperShare(taken.at(-1)!.line.text) < 0.9)) break;
    taken.push({ line, text: line.text });
  }
  return finish(taken);
}

export function extractSubject(doc: Doc): Found<string> | null {
  return titleLine(doc) ? titledSubject(doc) : congVanSubject(doc);
}
