// Số và ký hiệu: "Số: 3323/BYT-CNTT", "Số: 12/2023/TT-BYT", "Số: 6240 /BGDĐT-KHCNTT", a draft's
// "Số:      /CNTT-VP". The canonical form drops spaces around "/" and "-" so that the same
// number written two ways is one key (for search, duplicates and citations).
import { canonicalNumber } from '../../domain/number.ts';
import type { Doc } from '../document.ts';
import { evidenceIn } from '../document.ts';
import { repairDigits } from './dates.ts';
import type { Found } from './found.ts';
import { followingLines, numberLine } from './structure.ts';

/** The canonical number lives in domain/ (shared with search and tracking). */
export { canonicalNumber };

// number (may be blank in drafts) [/year] / symbol parts joined by "-"
// (a symbol may lose its type code when typed: "1281/-UBND")
// Symbol parts may hold "&" or an inner "." ("KT&KĐCL", "TT.HĐND") and be joined by "/" in a
// joint symbol ("01/QCPH/UBND-UBMTTQ").
const PART = String.raw`[\p{L}0-9&]+(?:\.[\p{L}0-9&]+)*`;
const GRAMMAR = new RegExp(
  String.raw`^([0-9OoQDlI|!SBZgJ]{0,6})\s*(?:\/\s*((?:19|20)\d{2})\s*)?\/\s*((?:\p{Lu}[\p{L}0-9&]*(?:\.[\p{L}0-9&]+)*|-\s?\p{Lu}[\p{L}0-9]*)(?:\s?-\s?${PART}|\/${PART})*)`,
  'u',
);
const PARTY = /^(\d{1,5})\s*-\s*([\p{Lu}]{1,4}\s*\/\s*[\p{Lu}][\p{L}0-9]*(?:\s?-\s?[\p{L}0-9]+)*)/u;

export function parseNumber(afterSo: string): { value: string; uncertain: boolean } | null {
  // OCR specks between the digits and the "/" ("46` /TB-UBND") are not part of the number.
  const text = afterSo.trim().replace(/^[:;.,]\s*/, '').replace(/^([0-9A-Za-z]*)[`'’"“”^*~.,+‡#]+(?=\s*\/)/u, '$1');
  const party = PARTY.exec(text);
  if (party) return { value: canonicalNumber(`${party[1]}-${party[2]}`), uncertain: false };
  const m = GRAMMAR.exec(text);
  if (!m) return null;
  const digits = repairDigits(m[1] ?? '');
  const uncertain = digits !== (m[1] ?? '') || !/^\d*$/.test(digits);
  // The symbol ends where prose starts: drop a trailing capitalised word of the place-date line.
  const symbol = m[3]!.replace(/\s?-\s?$/, '');
  const parts = [digits.replace(/\D/g, ''), m[2], symbol].filter((p) => p !== undefined);
  return { value: canonicalNumber(parts.join('/')), uncertain };
}

export function extractNumber(doc: Doc): Found<string> | null {
  const line = numberLine(doc);
  if (!line) return null;
  const sep = line.text.search(/[:;.,]/);
  let rest = sep >= 0 && sep < 5 ? line.text.slice(sep + 1) : line.text.replace(/^\S+/, '');
  // A narrow header cell wraps "Số:" and the number onto two lines.
  const next = followingLines(doc, line, 1)[0];
  if (!rest.trim() && next) rest = next.text;
  const parsed = parseNumber(rest);
  if (!parsed) return null;
  const warnings = parsed.uncertain ? [`number: digits repaired from OCR ("${line.text}"), check by eye`] : [];
  return { value: parsed.value, evidence: evidenceIn(line), warnings };
}
