// Mức độ khẩn ("HỎA TỐC", "THƯỢNG KHẨN", "KHẨN") and độ mật ("MẬT", "TỐI MẬT", "TUYỆT MẬT"):
// stamped or printed on a line of their own near the header.
import type { Doc } from '../document.ts';
import { evidenceIn } from '../document.ts';
import { fold } from '../text/fold.ts';
import type { Found } from './found.ts';

const URGENCY = [
  ['hoa toc', 'Hỏa tốc'],
  ['thuong khan', 'Thượng khẩn'],
  ['khan', 'Khẩn'],
] as const;
const SECRECY = [
  ['tuyet mat', 'Tuyệt mật'],
  ['toi mat', 'Tối mật'],
  ['mat', 'Mật'],
] as const;

function stampedMark<T extends string>(doc: Doc, marks: readonly (readonly [string, T])[]): Found<T> | null {
  for (const line of doc.lines.slice(0, 40)) {
    const words = fold(line.text).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
    if (line.text !== line.text.toUpperCase()) continue;
    for (const [folded, value] of marks) {
      if (words === folded || words.startsWith(`${folded} `) && words.length <= folded.length + 12) {
        return { value, evidence: evidenceIn(line) };
      }
    }
  }
  return null;
}

export const extractUrgency = (doc: Doc) => stampedMark(doc, URGENCY);
export const extractSecrecy = (doc: Doc) => stampedMark(doc, SECRECY);
