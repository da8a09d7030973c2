// Căn cứ and citations: the numbers of the documents a letter cites ("Quyết định số
// 1710/QĐ-BYT", "Nghị quyết số 157-NQ/BCSĐ ngày 03/02/2023", "Luật số 77/2015/QH13"), in order
// of first appearance, without repeats and without the letter's own number.
import type { Reference } from '../../schemas/record.ts';
import type { Doc } from '../document.ts';
import { findDates } from './dates.ts';
import type { Found } from './found.ts';
import { canonicalNumber } from './number.ts';
import { typeFromNumber } from './doc-type.ts';
import { numberLine } from './structure.ts';
import { paragraphs } from './paragraphs.ts';

const SYMBOL = String.raw`\p{Lu}[\p{L}\d]*`;
// A symbol part may hold an inner "." ("BĐ.TP"); a joint symbol joins its bodies by "/".
const PART = String.raw`[\p{L}\d]+(?:\.[\p{L}\d]+)*`;
// A number may carry a letter ("36a/NQ-CP").
const NUM = String.raw`\d{1,5}[a-z]?`;
const PATTERNS = [
  // 30/2020/NĐ-CP, 77/2015/QH13, 19/2008/NQLT/CP-UBTUMTTQVN
  String.raw`${NUM}\s?\/\s?(?:19|20)\d{2}\s?\/\s?${SYMBOL}(?:\s?-\s?${PART}|\/${SYMBOL}(?=-))*`,
  // 1710/QĐ-BYT, 454/UBND-NCTH (a hyphen required, or "12/CT" would match any fraction)
  String.raw`${NUM}\s?\/\s?${SYMBOL}(?:\s?-\s?${PART})+`,
  // party style: 157-NQ/BCSĐ, 05-CT/TW
  String.raw`\d{1,5}-\p{Lu}{1,4}\/${SYMBOL}(?:-${PART})*`,
];
// "số" that lost its vowel in conversion may stick to the number ("Nghị định s20/2008/NĐ-CP").
const CITATION = new RegExp(`(?:(?<![\\p{L}\\d/-])|(?<=(?:^|\\s)s))(?:${PATTERNS.join('|')})(?![\\p{L}\\d])`, 'gu');
const TYPE_BEFORE = /(Nghị quyết|Quyết định|Thông tư liên tịch|Thông tư|Nghị định|Công văn|Chỉ thị|Kế hoạch|Luật|Thông báo|Báo cáo|Tờ trình|Hướng dẫn|Công điện|Pháp lệnh|Chương trình|Đề án)\s*(?:số)?\s*:?\s*$/iu;

export function extractReferences(doc: Doc, ownNumber: string | null): Found<Reference[]> | null {
  const own = numberLine(doc);
  const lines = doc.lines.filter((l) => l.index !== own?.index);
  const seen = new Set<string>(ownNumber ? [ownNumber] : []);
  const refs: Reference[] = [];
  for (const p of paragraphs(lines)) {
    for (const m of p.text.matchAll(CITATION)) {
      const number = canonicalNumber(m[0]);
      if (seen.has(number)) continue;
      seen.add(number);
      const before = p.text.slice(Math.max(0, m.index! - 40), m.index!);
      // A law is often cited by its name: "Luật Khám bệnh, chữa bệnh số 15/2023/QH15".
      const typeName = TYPE_BEFORE.exec(before)?.[1] ?? (/\bLuật\s[^.;]{0,50}\ssố\s*$/u.test(before) ? 'Luật' : undefined);
      const after = p.text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
      const date = /^\s*,?\s*ngày/u.test(after) ? (findDates(after)[0]?.iso ?? null) : null;
      const type = typeName ? typeName[0]!.toUpperCase() + typeName.slice(1).toLowerCase() : typeFromNumber(number);
      refs.push({ number, type, date });
    }
  }
  return refs.length ? { value: refs, evidence: null } : null;
}
