// Chữ ký: right of "Nơi nhận", top to bottom: the authority line(s) ("KT. BỘ TRƯỞNG", or
// "TM. ỦY BAN NHÂN DÂN" + "KT. CHỦ TỊCH"), the signer's title ("THỨ TRƯỞNG"), space for the
// signature and stamp, then the name ("Trần Văn Thuấn").
import type { Doc, DocLine } from '../document.ts';
import { evidenceOver } from '../document.ts';
import type { Signer } from '../../schemas/record.ts';
import { fold } from '../text/fold.ts';
import { isRule, upperShare } from '../text/anchors.ts';
import { isVietnameseSyllable } from '../normalize/legacy-encoding.ts';
import type { Found } from './found.ts';
import { noiNhanLine, signatureLines } from './structure.ts';

const AUTHORITY = /^\s*(KT|TM|TL|TUQ|Q|PT)\s*[.,]\s*\p{Lu}/u;
const AUTHORITY_WORDS = /^(thua lenh|thua uy quyen|thay mat|ky thay)\b/;

export function isAuthorityLine(text: string): boolean {
  return AUTHORITY.test(text) || AUTHORITY_WORDS.test(fold(text));
}

/** Posts that sign letters, spelled right: OCR drops or swaps tone marks ("THỨ TRƯƠNG"). */
const TITLES = [
  'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG',
  'VỤ TRƯỞNG', 'PHÓ VỤ TRƯỞNG', 'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA',
  'TỔNG CỤC TRƯỞNG', 'PHÓ TỔNG CỤC TRƯỞNG', 'TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG',
  'TRƯỞNG KHOA', 'HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', 'VIỆN TRƯỞNG', 'PHÓ VIỆN TRƯỞNG', 'CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM',
  'TỔNG GIÁM ĐỐC', 'PHÓ TỔNG GIÁM ĐỐC', 'THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'BÍ THƯ', 'PHÓ BÍ THƯ', 'CHÁNH ÁN', 'TRƯỞNG ĐOÀN',
  'KẾ TOÁN TRƯỞNG', 'TỔNG THƯ KÝ', 'THƯ KÝ',
];
const TITLE_BY_FOLDED = new Map(TITLES.map((t) => [fold(t), t]));
const foldedWords = (text: string) => fold(text).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();

/** A line that is a post (or two, "BỘ TRƯỞNG, CHỦ NHIỆM"), nothing more. */
function isTitleLine(text: string): boolean {
  if (upperShare(text) < 0.85) return false;
  return text.split(',').every((part) => TITLE_BY_FOLDED.has(foldedWords(part)));
}

/** Spell a title or the post in an authority line right when only its marks differ. */
function canonicalTitle(text: string): string {
  return text
    .split(',')
    .map((part) => {
      const [, prefix = '', post = part] = /^(\s*(?:KT|TM|TL|TUQ|Q|PT)\s*[.,]\s*)?(.*)$/u.exec(part) ?? [];
      return prefix + (TITLE_BY_FOLDED.get(foldedWords(post)) ?? post.trim());
    })
    .join(', ')
    .trim();
}

// Degrees, professions and military ranks printed before a name: "ThS. BS. Nguyễn Văn Hải",
// "PGS.TS. Trần Văn A", "Trung tá Lê Văn B".
const NAME_PREFIX = /^((?:PGS|GS|TS|ThS|Ths|BS|Bs|DS|CN|KS|LS|NGƯT|NGND|TTƯT|BSCKI{1,2}|BSCK\s?I{1,2}|DSCKI{1,2})\s*\.\s*)+/u;
const RANK = /^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý))\s+/u;

/** The shape of a Vietnamese personal name: 2-5 capitalised syllables ("Trần Văn Thuấn"). */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}]*$/u.test(w) && isVietnameseSyllable(w.toLowerCase()))) return false;
  return upperShare(text) < 0.6;
}

function cleanName(text: string): string {
  const rank = RANK.exec(text.trim())?.[0] ?? '';
  if (rank) return `${rank.trim().replace(/\s+/g, ' ')} ${cleanName(text.trim().slice(rank.length))}`;
  const prefix = NAME_PREFIX.exec(text.trim())?.[0] ?? '';
  const name = text.trim().slice(prefix.length).replace(/[^\p{L}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return prefix ? `${prefix.replace(/\s*\.\s*/g, '. ').trim()} ${name}` : name;
}

function namePart(text: string): string {
  return cleanName(text).replace(RANK, '').replace(NAME_PREFIX, '').trim();
}

const TITLES_LONGEST_FIRST = [...TITLES].sort((a, b) => b.length - a.length);
const lineSlice = (line: DocLine, from: number, to = line.text.length): DocLine => ({
  ...line,
  text: line.text.slice(from, to).trim(),
  start: line.start + from,
  end: line.start + to,
});

/**
 * Lines a text layer ran together: "KT. BỘ TRƯỞNGTHỨ TRƯỞNG" is the authority "KT. BỘ TRƯỞNG"
 * over the title "THỨ TRƯỞNG"; "THỨ TRƯỞNGNguyễn Văn A" a title over a name (NĐ 30/2020 Phụ lục
 * I, ô 7a-7c: authority, post and name each on their own line).
 */
function unglue(line: DocLine): DocLine[] {
  const f = fold(line.text);
  if (isAuthorityLine(line.text)) {
    const post = /^\s*(?:KT|TM|TL|TUQ|Q|PT)\s*[.,]\s*/u.exec(line.text)?.[0].length ?? 0;
    // The longest post the line ends with: "KT. TỔNG CỤC TRƯỞNG" ends with one post, not two.
    const title = TITLES_LONGEST_FIRST.find((t) => f.endsWith(fold(t)));
    if (title && f.length - title.length > post + 1) {
      const cut = line.text.length - title.length;
      const head = lineSlice(line, 0, cut);
      if (upperShare(head.text) >= 0.85 && !/[,]$/.test(head.text)) return [head, lineSlice(line, cut)];
    }
  }
  const glued = /^(\P{Ll}+?)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*)+)$/u.exec(line.text);
  if (glued && isTitleLine(glued[1]!.trim()) && looksLikeName(glued[2]!)) return [lineSlice(line, 0, glued[1]!.length), lineSlice(line, glued[1]!.length)];
  return [line];
}

function candidateLines(doc: Doc): DocLine[] {
  const block = signatureLines(doc);
  if (block.length && block[0]!.block !== null) {
    const right = block.filter((l) => l.column === 'right');
    if (right.some((l) => isAuthorityLine(l.text) || isTitleLine(l.text))) return right;
  }
  // No two-column block: look from "Nơi nhận" (or the last authority line) to the end.
  const anchor = noiNhanLine(doc);
  const from = anchor ? anchor.index : Math.max(0, doc.lines.findLastIndex((l) => isAuthorityLine(l.text)));
  return doc.lines.slice(from, from + 40);
}

export function extractSigner(doc: Doc): Found<Signer> | null {
  const lines = candidateLines(doc)
    .filter((l) => !isRule(l.text))
    .flatMap(unglue);
  const authority: DocLine[] = [];
  let i = lines.findIndex((l) => isAuthorityLine(l.text) || isTitleLine(l.text));
  if (i < 0) return null;
  while (i < lines.length && isAuthorityLine(lines[i]!.text) && authority.length < 2) authority.push(lines[i++]!);
  const titleLines: DocLine[] = [];
  while (i < lines.length && upperShare(lines[i]!.text) >= 0.85 && !looksLikeName(lines[i]!.text) && titleLines.length < 2) {
    // A second title line names the unit: "VỤ TRƯỞNG" / "VỤ KẾ HOẠCH - TÀI CHÍNH".
    const unitLine = /^(vu|cuc|so|ban|phong|vien|trung tam|benh vien|van phong)\b/.test(foldedWords(lines[i]!.text));
    if (titleLines.length > 0 && !isTitleLine(lines[i]!.text) && !unitLine) break;
    titleLines.push(lines[i++]!);
  }
  // The name is the first name-like line below; OCR noise from the stamp may come before it.
  const nameLine = lines.slice(i).find((l) => looksLikeName(namePart(l.text)));
  const used = [...authority, ...titleLines, ...(nameLine ? [nameLine] : [])];
  if (used.length === 0) return null;
  const clean = (ls: DocLine[]) => (ls.length ? ls.map((l) => canonicalTitle(l.text.replace(/[\s.,;]+$/, ''))).join(' ') : null);
  return {
    value: {
      name: nameLine ? cleanName(nameLine.text) : null,
      title: clean(titleLines),
      authority: clean(authority),
    },
    evidence: evidenceOver(used[0]!, used.at(-1)!),
  };
}
