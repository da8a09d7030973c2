// Chữ ký: right of "Nơi nhận", top to bottom: the authority line(s) ("KT. BỘ TRƯỞNG", or
// "TM. ỦY BAN NHÂN DÂN" + "KT. CHỦ TỊCH"), the signer's title ("THỨ TRƯỞNG"), space for the
// signature and stamp, then the name ("Trần Văn Thuấn").
import type { Doc, DocLine } from '../document.ts';
import { evidenceOver } from '../document.ts';
import type { Signer } from '../../schemas/record.ts';
import { fold } from '../text/fold.ts';
import { isRule, upperShare } from '../text/anchors.ts';
import type { Found } from './found.ts';
import { noiNhanLine, signatureLines } from './structure.ts';

const AUTHORITY = /^\s*(KT|TM|TL|TUQ|Q|PT)\s*[.,]\s*\p{Lu}/u;
const AUTHORITY_WORDS = /^(thua lenh|thua uy quyen|thay mat|ky thay)\b/;

export function isAuthorityLine(text: string): boolean {
  return AUTHORITY.test(text) || AUTHORITY_WORDS.test(fold(text));
}

/** Titles of posts that sign letters; used to tell a title line from OCR noise. */
const TITLE = /^(pho )?(bo truong|thu truong|chu tich|giam doc|cuc truong|vu truong|chanh van phong|chanh thanh tra|tong cuc truong|truong ban|truong phong|truong khoa|hieu truong|vien truong|chu nhiem|tong giam doc|thu ky|bi thu|chanh an|truong|tong thu ky|thu tuong|ke toan truong)\b/;

function isTitleLine(text: string): boolean {
  return upperShare(text) >= 0.85 && TITLE.test(fold(text).replace(/[^a-z ]/g, '').trim());
}

/** "Trần Văn Thuấn": 2-6 capitalised words, letters only. */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}]*$/u.test(w))) return false;
  return upperShare(text) < 0.6;
}

function cleanName(text: string): string {
  return text.replace(/[^\p{L}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
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
  const lines = candidateLines(doc).filter((l) => !isRule(l.text));
  const authority: DocLine[] = [];
  let i = lines.findIndex((l) => isAuthorityLine(l.text) || isTitleLine(l.text));
  if (i < 0) return null;
  while (i < lines.length && isAuthorityLine(lines[i]!.text) && authority.length < 2) authority.push(lines[i++]!);
  const titleLines: DocLine[] = [];
  while (i < lines.length && upperShare(lines[i]!.text) >= 0.85 && !looksLikeName(lines[i]!.text) && titleLines.length < 2) {
    if (!isTitleLine(lines[i]!.text) && titleLines.length > 0) break;
    titleLines.push(lines[i++]!);
  }
  // The name is the first name-like line below; OCR noise from the stamp may come before it.
  const nameLine = lines.slice(i).find((l) => looksLikeName(cleanName(l.text)));
  const used = [...authority, ...titleLines, ...(nameLine ? [nameLine] : [])];
  if (used.length === 0) return null;
  const clean = (ls: DocLine[]) => (ls.length ? ls.map((l) => l.text.replace(/[\s.,;]+$/, '').trim()).join(' ') : null);
  return {
    value: {
      name: nameLine ? cleanName(nameLine.text) : null,
      title: clean(titleLines),
      authority: clean(authority),
    },
    evidence: evidenceOver(used[0]!, used.at(-1)!),
  };
}
