// What a match returns, and how a reading is compared with the name it matched: unchanged,
// spaces restored, diacritics restored, doubled letters removed, or letters edited.
import { LOCAL_VARIANTS, CENTRAL_VARIANTS, PROVINCE_VARIANTS, type ProvinceRef } from './build.ts';
import { ABBREVIATION_WORDS } from './data/abbreviations.ts';
import type { AgencyKind } from './data/types.ts';
import { isVietnameseSyllable } from '../normalize/legacy-encoding.ts';
import { expandAbbreviations, foldForm, isCaps, lowerForm, tightForm, upper } from './text.ts';

/** How the printed name was changed: nothing, spaces, diacritics, doubled letters, other letters. */
export type Repair = 'none' | 'spacing' | 'diacritics' | 'doubled' | 'edit';

export interface AgencyMatch {
  /** The name as printed; repaired (and then in the reading's case) when `repair` is not "none". */
  printed: string;
  /** The body's proper name: "Sở Y tế tỉnh Ninh Bình", "Cục Quản lý Khám, chữa bệnh". */
  name: string;
  /** Stable key: "bo:y-te", "so-y-te:ninh-binh", "ubnd:tinh:ha-tinh", "bo:y-te/cuc-quan-ly-duoc". */
  key: string;
  kind: AgencyKind;
  province: ProvinceRef | null;
  /** A body of the gazetteer; false for a name only recognised by its head word ("Bệnh viện …"). */
  known: boolean;
  repair: Repair;
  repaired: boolean;
  /** 1 for an exact reading, lower the more was repaired; 0.6 for a pattern match. */
  score: number;
  /** The body above it in the header ("BỘ Y TẾ" over "CỤC QUẢN LÝ DƯỢC"). */
  parent: AgencyMatch | null;
  /** A unit printed without its parent, whose parent the gazetteer knows ("TỔNG CỤC THUẾ"). */
  impliedParent?: string;
  /** Last year under this name, first year, and the key of its successor (2025 mergers). */
  until?: number;
  since?: number;
  successor?: string;
}

/** What the matchers found, before it is compared with the reading. */
export interface Found {
  rebuilt: string;
  name: string;
  key: string;
  kind: AgencyKind;
  province: ProvinceRef | null;
  known: boolean;
  impliedParent?: string;
  until?: number;
  since?: number;
  successor?: string;
  edits?: number;
}

/** Words that are abbreviations, not OCR damage, though they are no syllables. */
export const ABBREVIATIONS: ReadonlySet<string> = (() => {
  const out = new Set<string>(['tp', 'tx', 'tt', 'vn', 'tw', 'ct', 'cp', 'dh', 'đh', 'cđ', 'th', 'mn', 'kt', 'tl', 'tm', 'qh', 'ttg']);
  for (const k of Object.keys(ABBREVIATION_WORDS)) out.add(k);
  for (const v of [...LOCAL_VARIANTS, ...CENTRAL_VARIANTS, ...PROVINCE_VARIANTS]) {
    for (const w of lowerForm(v.text).split(' ')) if (w && !isVietnameseSyllable(w)) out.add(w);
  }
  for (const w of [...out]) out.add(foldForm(w));
  return out;
})();

const noSpace = (s: string) => s.replace(/ /g, '');

export function classify(reading: string, rebuilt: string): Repair {
  const a = expandAbbreviations(lowerForm(reading));
  const b = expandAbbreviations(lowerForm(rebuilt));
  if (a === b) return 'none';
  if (noSpace(a) === noSpace(b)) return 'spacing';
  if (foldForm(noSpace(a)) === foldForm(noSpace(b))) return 'diacritics';
  if (tightForm(foldForm(a)) === tightForm(foldForm(b))) return 'doubled';
  return 'edit';
}

const SCORES: Record<Repair, number> = { none: 1, spacing: 0.97, diacritics: 0.92, doubled: 0.9, edit: 0.8 };

// A header row read across both columns carries the national motto after the name (Nghị định
// 30/2020/NĐ-CP, Phụ lục I: the motto is the right cell of the header's first row).
const MOTTO = /(?:^|\s|\|)(?:C[ỘÔO]NG\s*H[ÒOÓ]A|CỘNG\s*HOÀ|Đ[ỘÔO]C\s+L[ẬÂA]P\s*[-–]|ĐỘC LẬP)/iu;

/** The name alone: motto and table bars cut, bullets and trailing punctuation dropped, single spaces. */
export function cleanPrinted(text: string): string {
  const m = MOTTO.exec(text);
  const name = m && m.index > 0 ? text.slice(0, m.index) : text;
  return name
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–•*·.,;:"'“”]+|[\s\-–•*·.,;:"'“”_=]+$/gu, '')
    .trim();
}

export function finish(reading: string, f: Found, parent: AgencyMatch | null): AgencyMatch {
  const repair = classify(reading, f.rebuilt);
  const printed = repair === 'none' ? reading : isCaps(reading) ? upper(f.rebuilt) : f.rebuilt;
  const score = repair === 'edit' ? Math.max(0.5, SCORES.edit - 0.05 * ((f.edits ?? 1) - 1)) : SCORES[repair];
  const { rebuilt: _r, edits: _e, ...rest } = f;
  return { ...rest, printed, repair, repaired: repair !== 'none', score: f.known ? score : Math.min(score, 0.7), parent };
}

