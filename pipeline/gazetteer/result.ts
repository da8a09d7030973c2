// What a match returns, and how a reading is compared with the name it matched: unchanged,
// spaces restored, diacritics restored, doubled letters removed, or letters edited.
import { headOf, LOCAL_VARIANTS, CENTRAL_VARIANTS, PROVINCE_VARIANTS, PROVINCE_INDEX, type ProvinceRef } from './build.ts';
import { LOCAL_LEVELS } from './data/heads.ts';
import { ABBREVIATION_WORDS } from './data/abbreviations.ts';
import type { AgencyKind } from './data/types.ts';
import { isVietnameseSyllable } from '../normalize/legacy-encoding.ts';
import { expandAbbreviations, foldForm, isCaps, lowerForm, slug, tightForm, upper } from './text.ts';

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

export const cleanPrinted = (text: string) => text.replace(/\s+/g, ' ').trim();

export function finish(reading: string, f: Found, parent: AgencyMatch | null): AgencyMatch {
  const repair = classify(reading, f.rebuilt);
  const printed = repair === 'none' ? cleanPrinted(reading) : isCaps(reading) ? upper(f.rebuilt) : f.rebuilt;
  const score = repair === 'edit' ? Math.max(0.5, SCORES.edit - 0.05 * ((f.edits ?? 1) - 1)) : SCORES[repair];
  const { rebuilt: _r, edits: _e, ...rest } = f;
  return { ...rest, printed, repair, repaired: repair !== 'none', score: f.known ? score : Math.min(score, 0.7), parent };
}

const LEVELS = LOCAL_LEVELS.map((l) => ({ ...l, words: foldForm(expandAbbreviations(lowerForm(l.name))).split(' ') }))
  .sort((a, b) => b.words.length - a.words.length);

/** A province named at the end of a unit's name: "… tỉnh Ninh Bình", or exactly "… Đà Nẵng". */
function trailingProvince(lower: string): ProvinceRef | null {
  const words = lower.split(' ');
  for (let k = Math.min(5, words.length - 1); k >= 1; k--) {
    const tail = words.slice(-k);
    const list = PROVINCE_INDEX.get(tightForm(foldForm(tail.join(''))));
    if (!list) continue;
    const before = foldForm(words.slice(0, -k).join(' '));
    if (/\b(tinh|thanh pho)$/.test(before)) return list[0]!.item;
    // Without "tỉnh": only a name of two words or more spelt exactly ("Nguyễn Huệ" is no "Huế").
    const exact = list.find((v) => v.lower === tail.join(' '));
    if (exact && k >= 2 && !/\b(huyen|quan|thi xa|xa|phuong|thi tran)$/.test(before)) return exact.item;
  }
  return null;
}

/** A name recognised only by its head word: the printed name kept, a key made from it. */
export function patternMatch(reading: string, parent: AgencyMatch | null): AgencyMatch | null {
  const head = headOf(reading);
  if (!head) return null;
  const printed = cleanPrinted(reading);
  const lower = expandAbbreviations(lowerForm(reading));
  const stem = head.head.stem ?? slug(head.head.name);
  let key: string;
  let province = parent?.province ?? null;
  const folded = foldForm(lower).split(' ');
  const rest = folded.slice(head.words);
  const level = head.head.kind === 'ubnd' || head.head.kind === 'hdnd'
    ? LEVELS.find((l) => l.words.every((w, i) => rest[i] === w))
    : undefined;
  if (level && rest.length > level.words.length) {
    // "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH": UBND of a district or commune.
    const name = rest.slice(level.words.length).join('-');
    key = `${stem}:${level.level}:${name}${province ? `:${province.key}` : ''}`;
  } else {
    province ??= trailingProvince(lower);
    key = `${parent ? `${parent.key}/` : ''}${slug(printed)}`;
  }
  const name = isCaps(printed) ? sentenceCase(printed, head.head.name) : printed;
  return { printed, name, key, kind: head.head.kind, province, known: false, repair: 'none', repaired: false, score: 0.6, parent };
}

const KEEP_LOWER = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'và']);
const KEEP_LOWER_PAIRS = new Set(['thành phố', 'thị xã', 'thị trấn', 'đặc khu']);

/** "BỆNH VIỆN C ĐÀ NẴNG" → "Bệnh viện C Đà Nẵng": the head as written in running text, then proper words capitalised. */
function sentenceCase(printed: string, headName: string): string {
  const words = printed.split(' ');
  const headWords = headName.split(' ').length;
  if (words.length < headWords || isCaps(headName)) return printed;
  const lowered = words.map((w) => w.toLocaleLowerCase('vi'));
  const rest = words.slice(headWords).map((w, j) => {
    const i = j + headWords;
    const l = lowered[i]!;
    const pair = (a: number) => KEEP_LOWER_PAIRS.has(`${lowered[a]} ${lowered[a + 1]}`);
    if (KEEP_LOWER.has(l) || pair(i) || (i > 0 && pair(i - 1))) return l;
    if (ABBREVIATIONS.has(l) || !/[aăâeêioôơuưyáàảãạ]/iu.test(foldForm(l))) return w;
    return l.charAt(0).toLocaleUpperCase('vi') + l.slice(1);
  });
  return [headName, ...rest].join(' ');
}
