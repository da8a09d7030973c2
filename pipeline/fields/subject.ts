// Trích yếu: in a công văn the "V/v ..." lines under the number; in other types the line(s)
// under the title ("QUYẾT ĐỊNH" / "Về việc ban hành ..."). Lines joined, case kept, a leading
// "V/v" or "Về việc" and a trailing period dropped.
import type { Doc, DocLine } from '../document.ts';
import { evidenceOver } from '../document.ts';
import { fold } from '../text/fold.ts';
import { isMotto, isRule, isSignatureStamp, startsWithAnchor, upperShare } from '../text/anchors.ts';
import type { Found } from './found.ts';
import { headerLines, titleLine } from './structure.ts';

const LEAD = /^\s*(?:v\s*\/\s*v|v\/v|về\s+việc|ve\s+viec)\s*[:.]?\s*/iu;
const ENACTING = /^(chu tich|uy ban nhan dan|ubnd|bo truong|thu tuong|giam doc|cuc truong|tong cuc truong|vu truong|hoi dong|ban chap hanh|truong ban|hieu truong|vien truong)\b/;
// How a body opens (folded, whole words). "Để"/"Phần" are told from "Đề nghị"/"Phân bổ" on
// the original spelling, which folding would merge.
const BODY_START = /^(can cu|kinh gui|thuc hien|nham|theo|xet|trong|qua|tren co so|dieu \d|chuong|ngay \d[\d/]*|[ivx]+\.|\d+\.)(\s|$|[,:.])/;
const BODY_START_EXACT = /^(Để|Phần|PHẦN)\s/u;
/** A công điện names its addressees after "... điện:" instead of "Kính gửi". */
const CONG_DIEN_ADDRESS = /(?:^|\s)điện\s*:\s*$/u;

function finish(lines: DocLine[]): Found<string> | null {
  if (lines.length === 0) return null;
  const text = lines
    .map((l) => l.text)
    .join(' ')
    .replace(LEAD, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.;,:]+$/, '')
    .trim();
  return text ? { value: text, evidence: evidenceOver(lines[0]!, lines.at(-1)!) } : null;
}

function congVanSubject(doc: Doc): Found<string> | null {
  const header = headerLines(doc);
  const start = header.findIndex((l) => LEAD.test(l.text) && /^\s*v/i.test(l.text));
  if (start < 0) return null;
  const first = header[start]!;
  const taken = [first];
  for (const line of doc.lines.slice(first.index + 1)) {
    if (first.block !== null && (line.block !== first.block || line.column !== first.column)) break;
    if (isRule(line.text) || isMotto(line.text) || isSignatureStamp(line.text)) break;
    if (/^(hoa toc|thuong khan|khan|mat|toi mat|tuyet mat)$/.test(fold(line.text).replace(/[^a-z ]/g, '').trim())) break;
    if (startsWithAnchor(line.text, 'Kính gửi') !== null || /ngay .* thang .* nam/.test(fold(line.text))) break;
    if (first.block === null && /^\p{Lu}/u.test(line.text) && /[.;]$/.test(taken.at(-1)!.text)) break;
    taken.push(line);
    if (taken.length >= 6) break;
  }
  return finish(taken);
}

function titledSubject(doc: Doc): Found<string> | null {
  const title = titleLine(doc);
  if (!title) return null;
  const taken: DocLine[] = [];
  for (const line of doc.lines.slice(title.index + 1, title.index + 8)) {
    const f = fold(line.text);
    const bodyLike = BODY_START.test(f) || BODY_START_EXACT.test(line.text) || CONG_DIEN_ADDRESS.test(line.text);
    // The line right under the title is always the trích yếu, whatever word opens it.
    if (isRule(line.text) || (taken.length > 0 && bodyLike) || startsWithAnchor(line.text, 'Kính gửi') !== null) break;
    if (taken.length === 0 && (/^(can cu|kinh gui)\b/.test(f) || CONG_DIEN_ADDRESS.test(line.text))) break;
    // The enacting authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") follows the trích yếu.
    if (taken.length && upperShare(line.text) > 0.9 && (ENACTING.test(f) || upperShare(taken.at(-1)!.text) < 0.9)) break;
    taken.push(line);
  }
  return finish(taken);
}

export function extractSubject(doc: Doc): Found<string> | null {
  return titleLine(doc) ? titledSubject(doc) : congVanSubject(doc);
}
