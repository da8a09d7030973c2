// Tên cơ quan ban hành: the agency lines at top left, parent first ("BỘ Y TẾ" / "CỤC CÔNG NGHỆ
// THÔNG TIN"). A name wrapped over two lines ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NGÃI") is one entry.
import type { Doc, DocLine } from '../document.ts';
import { evidenceOver } from '../document.ts';
import { fold } from '../text/fold.ts';
import { isIncomingStamp, isMotto, isRule, isSignatureStamp, upperShare } from '../text/anchors.ts';
import type { Found } from './found.ts';
import { correctProvinceInAgency } from './places.ts';
import { ISSUER_CODES } from './issuer-from-symbol.ts';
import { isVietnameseSyllable } from '../normalize/legacy-encoding.ts';
import { headerTableLines, numberLine } from './structure.ts';

// Words that open an agency name; any other line continues the name above it.
const AGENCY_HEAD =
  /^(bo|cuc|tong cuc|vu|so|uy ban|ubnd|hoi dong|van phong|benh vien|trung tam|vien|ban|chi cuc|phong|truong|dang uy|tinh uy|thanh uy|huyen uy|quan uy|cong ty|tap doan|hoc vien|dai hoc|thanh tra|kho bac|toa an|doan|mat tran|lien doan|hoi|chinh phu|quoc hoi|bao hiem|ngan hang|tong cong ty|cong an|bo chi huy|ban chi dao|to cong tac)\b/;
/** A line ending where a head word is cut ("TỔNG" / "CỤC THUẾ", "ỦY" / "BAN NHÂN DÂN"), or the post of a
 * person who issues in his own name ("THỦ TƯỚNG" / "CHÍNH PHỦ"): the next line completes it. */
const CUT_HEAD = /^(tong|uy|benh|trung|van|hoc|dai|kho|toa|mat|lien|bao|ngan|cong|bo chi|tap|thu tuong|chu tich)$/;
const URGENCY = /^(hoa toc|thuong khan|khan|mat|toi mat|tuyet mat|du thao)\b/;

function isAgencyLine(line: DocLine): boolean {
  const t = line.text;
  if (isRule(t) || isMotto(t) || isSignatureStamp(t) || isIncomingStamp(t)) return false;
  if (URGENCY.test(fold(t).replace(/[^a-z ]/g, '').trim())) return false;
  return upperShare(t) >= 0.8 && /\p{L}{2}/u.test(t);
}

function clean(text: string): string {
  return text.replace(/^[^\p{L}]+|[^\p{L})]+$/gu, '').replace(/\s+/g, ' ');
}

const KNOWN_AGENCIES = [...new Set(Object.values(ISSUER_CODES))];
const squash = (t: string) => fold(t).replace(/[^a-z]/g, '').replace(/([a-z])\1+/g, '$1');

/** A known agency name OCR ran together or smudged ("BỘYTẾ", "BỘ YTE SE") spelled right. */
function knownAgency(text: string): string {
  const s = squash(text);
  const hit = KNOWN_AGENCIES.find((a) => s.startsWith(squash(a)) && s.length - squash(a).length <= 2);
  return hit ?? text;
}

/** OCR reads rules and stamps under the name as stray letters ("... THÁI NGUYÊN CC"). */
function dropTrailingNoise(text: string): string {
  const words = text.split(' ');
  while (words.length > 2 && !isVietnameseSyllable(words.at(-1)!.toLowerCase())) words.pop();
  return words.join(' ');
}

export function extractIssuer(doc: Doc): Found<string[]> | null {
  // In a header table the agency is the left cell; stamps above the table are not part of it.
  const header = headerTableLines(doc);
  const number = numberLine(doc);
  const left = header.filter((l) => l.column !== 'right' && (!number || l.index < number.index));
  // Lines read row by row may carry the motto after the agency: cut it off.
  const candidates = left
    .map((l) => ({ ...l, text: clean(l.text.split(/\s+(?=C[ỘO]NG H[ÒO]A|Độc lập|ĐỘC LẬP)/u)[0]!) }))
    .filter(isAgencyLine);
  if (candidates.length === 0) return null;
  const entries: { text: string; first: DocLine; last: DocLine }[] = [];
  for (const line of candidates) {
    // OCR may double a vowel ("TỐỔNG CỤC"): collapse repeats before looking for a head word.
    const f = fold(line.text).replace(/([a-z])\1+/g, '$1');
    // "BAN CHỈ ĐẠO ... / PHÒNG, CHỐNG DỊCH BỆNH": "phòng, chống" continues a name.
    const head = AGENCY_HEAD.test(f) && !/^phong,? chong\b/.test(f);
    const previous = entries.at(-1);
    const cut = previous !== undefined && previous.first === previous.last && CUT_HEAD.test(fold(previous.text).replace(/[^a-z ]/g, '').trim());
    if (previous && (!head || cut)) {
      previous.text = `${previous.text} ${line.text}`;
      previous.last = line;
    } else entries.push({ text: line.text, first: line, last: line });
  }
  return {
    value: entries.map((e) => knownAgency(correctProvinceInAgency(dropTrailingNoise(e.text)))),
    evidence: evidenceOver(entries[0]!.first, entries.at(-1)!.last),
  };
}
