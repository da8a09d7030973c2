// Recognising the fixed words of the layout (Nghị định 30/2020 thể thức) in clean or OCR text.
import { fold } from './fold.ts';
import { similarity } from './similarity.ts';

// OCR misreadings of the anchors seen on real scans ("s4 nhận:", "Kinh gứi:"): the second
// word and the colon survive better than the first word.
const OCR_FORMS: Record<string, RegExp> = {
  'noi nhan': /^\W{0,2}\S{1,4}\s?nhan\s*:/,
  'kinh gui': /^\W{0,2}k\S{2,4}\s?g\S{1,3}\s*:/,
};

/** Does the line start with `anchor` (folded, OCR-tolerant)? Returns the rest after ":" or the anchor. */
export function startsWithAnchor(line: string, anchor: string): string | null {
  const folded = fold(line);
  const target = fold(anchor);
  if (folded.startsWith(target)) return line.slice(anchor.length).replace(/^\s*[:;.]?\s*/, '');
  const ocr = OCR_FORMS[target]?.exec(folded);
  if (ocr) return line.slice(ocr[0].length).trim();
  const head = folded.slice(0, target.length);
  const colon = line.indexOf(':');
  if (target.length >= 6 && colon >= target.length - 2 && colon <= target.length + 2 && similarity(head, target) >= 0.9) {
    return line.slice(colon + 1).trim();
  }
  return null;
}

export const MOTTO = /c[ộo]ng\s*h[òo]a\s*x[ãa]\s*h[ộo]i|độc\s*lập\s*-?\s*tự\s*do/iu;
export function isMotto(line: string): boolean {
  // A party body prints "ĐẢNG CỘNG SẢN VIỆT NAM" where the State prints the national motto.
  return /cong\s*hoa\s*xa\s*hoi|doc\s*lap\s*-?\s*tu\s*do|hanh\s*phuc\s*$|^\W*dang\s*cong\s*san\s*viet\s*nam\W*$/.test(fold(line));
}

/** Lines that are only rules or dots: "-------", "_____", "***". */
export function isRule(line: string): boolean {
  return /^[\s\-_–—=*.·•~]+$/u.test(line) || /^[-_]{3,}/.test(line.trim());
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Share of letters that are uppercase. */
export function upperShare(text: string): number {
  let up = 0;
  let all = 0;
  for (const c of text) {
    if (UPPER.test(c)) {
      up++;
      all++;
    } else if (LOWER.test(c)) all++;
  }
  return all ? up / all : 0;
}

/** Incoming-document stamps ("ĐẾN Số: 2352", "CV ĐẾN") are not the document's own number. */
export function isIncomingStamp(line: string): boolean {
  return /\bden\b|\bcv\s*den|so\s*den/.test(fold(line));
}

/** The e-signature box of a signed PDF, when OCR also reads it off the image. */
export function isSignatureStamp(line: string): boolean {
  return /ky boi|thoi gian ky|co quan:|@.*\.gov\.vn|\+07:00|trung tam cong bao|bao va tin hoc/.test(fold(line));
}
