// Tên loại văn bản: the capital title after the header ("QUYẾT ĐỊNH"); otherwise the type code of
// the symbol (Nghị định 30/2020, Phụ lục III: QĐ, KH, TB, ...); a letter with "V/v" and no type
// code is a công văn.
import type { Doc } from '../document.ts';
import { evidenceIn } from '../document.ts';
import { fold } from '../text/fold.ts';
import type { Found } from './found.ts';
import { headerLines, titleLine } from './structure.ts';

export const TYPE_CODES: Record<string, string> = {
  NQ: 'Nghị quyết', QĐ: 'Quyết định', CT: 'Chỉ thị', QC: 'Quy chế', QyĐ: 'Quy định', TC: 'Thông cáo',
  TB: 'Thông báo', HD: 'Hướng dẫn', CTr: 'Chương trình', KH: 'Kế hoạch', PA: 'Phương án', ĐA: 'Đề án',
  DA: 'Dự án', BC: 'Báo cáo', BB: 'Biên bản', TTr: 'Tờ trình', HĐ: 'Hợp đồng', CĐ: 'Công điện',
  BGN: 'Bản ghi nhớ', BTT: 'Bản thỏa thuận', GUQ: 'Giấy ủy quyền', GM: 'Giấy mời', GGT: 'Giấy giới thiệu',
  GNP: 'Giấy nghỉ phép', PG: 'Phiếu gửi', PC: 'Phiếu chuyển', PB: 'Phiếu báo', TT: 'Thông tư', NĐ: 'Nghị định',
  TTLT: 'Thông tư liên tịch', L: 'Lệnh',
};

const TITLES = [...new Set([...Object.values(TYPE_CODES), 'Công văn'])];

function titleCase(title: string): string | null {
  const f = fold(title).replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();
  return TITLES.find((t) => f === fold(t) || f.startsWith(`${fold(t)} `)) ?? null;
}

/** The type named by a symbol's code: "12/2023/TT-BYT" → Thông tư; "3323/BYT-CNTT" → null. */
export function typeFromNumber(number: string | null): string | null {
  if (!number) return null;
  // Party style "157-NQ/BCSĐ": the code stands between the number and the "/".
  const party = /^\d+-(\p{L}+)\//u.exec(number);
  const code = party ? party[1] : number.split('/').at(-1)?.split('-')[0];
  return code ? (TYPE_CODES[code] ?? null) : null;
}

export function extractDocType(doc: Doc, number: string | null): Found<string> | null {
  const title = titleLine(doc);
  const named = title ? titleCase(title.text) : null;
  if (title && named) return { value: named, evidence: evidenceIn(title), confidence: 0.97 };
  // A trích yếu opened by "V/v" under the number is the mark of a công văn (NĐ 30/2020 Phụ lục I,
  // ô 5b), whose symbol names agency and unit, not a type: "26998/CT-TTHT" is of a Cục Thuế.
  const vv = headerLines(doc).find((l) => /^\s*(v\/v|ve viec)\b/.test(fold(l.text)) || /\sv\/v\b/.test(fold(l.text)));
  if (vv) return { value: 'Công văn', evidence: evidenceIn(vv), confidence: 0.95 };
  const fromCode = typeFromNumber(number);
  if (fromCode) return { value: fromCode, evidence: null, confidence: 0.93 };
  if (number) return { value: 'Công văn', evidence: null, confidence: 0.75 };
  return null;
}
