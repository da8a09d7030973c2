// The gazetteer's indexes, built once when the module loads: every name and alias of the data
// files under its tight form (see ./text.ts), so a lookup is a few Map reads.
import { STATE_BODIES } from './data/central.ts';
import { MINISTRIES, MINISTRY_COMMON_UNITS } from './data/ministries.ts';
import { PARTY_BODIES } from './data/party.ts';
import { DEPARTMENTS, PARTY_COMMITTEE_UNITS, PROVINCIAL_BODIES, type LocalUnitData } from './data/local.ts';
import { HEADS, type HeadData } from './data/heads.ts';
import { PROVINCES, type ProvinceData } from './data/provinces.ts';
import type { AgencyKind, BodyData } from './data/types.ts';
import { expandAbbreviations, foldForm, lowerForm, slug, tightForm } from './text.ts';

/** A province or centrally-run city, before or after 1 July 2025. */
export interface ProvinceRef {
  /** "ha-tinh", "ho-chi-minh", "thua-thien-hue". */
  key: string;
  /** "Hà Tĩnh", "Hồ Chí Minh". */
  name: string;
  level: 'tinh' | 'thanh-pho';
  /** One of the 63 before 1 July 2025 / one of the 34 after. */
  before: boolean;
  after: boolean;
  /** Key of the unit it belongs to after the 2025 reorganisation (itself when it was kept). */
  current: string;
}

/** One spelling of a name, ready to compare. */
export interface Variant<T> {
  text: string;
  /** lowerForm of the text as written (abbreviations kept). */
  raw: string;
  /** lowerForm with abbreviations read out. */
  lower: string;
  tight: string;
  item: T;
}

export function variant<T>(text: string, item: T): Variant<T> {
  const raw = lowerForm(text);
  const lower = expandAbbreviations(raw);
  return { text, raw, lower, tight: tightForm(foldForm(lower)), item };
}

function add<T>(map: Map<string, Variant<T>[]>, v: Variant<T>): void {
  if (!v.tight) return;
  const list = map.get(v.tight);
  if (list) list.push(v);
  else map.set(v.tight, [v]);
}

// --- provinces ---
function provinceRef(p: ProvinceData): ProvinceRef {
  const current = p.after ? p.name : p.mergedInto ?? p.name;
  return { key: slug(p.name), name: p.name, level: p.level, before: p.before, after: p.after, current: slug(current) };
}
export const PROVINCE_REFS: ProvinceRef[] = PROVINCES.map(provinceRef);
export const PROVINCE_BY_KEY = new Map(PROVINCE_REFS.map((p) => [p.key, p]));
export const PROVINCE_INDEX = new Map<string, Variant<ProvinceRef>[]>();
export const PROVINCE_VARIANTS: Variant<ProvinceRef>[] = [];
PROVINCES.forEach((p, i) => {
  for (const text of [p.name, ...(p.aliases ?? [])]) {
    const v = variant(text, PROVINCE_REFS[i]!);
    PROVINCE_VARIANTS.push(v);
    add(PROVINCE_INDEX, v);
  }
});
// The words written before a province's name.
export const DESIGNATORS: { tight: string; text: string; level?: 'tinh' | 'thanh-pho' }[] = [
  { tight: 'tinh', text: 'tỉnh', level: 'tinh' },
  { tight: 'thanhpho', text: 'thành phố', level: 'thanh-pho' },
];

// --- central bodies ---
export interface BodyEntry {
  key: string;
  name: string;
  kind: AgencyKind;
  until?: number;
  since?: number;
  successor?: string;
  /** Key of the body it is a unit of. */
  parentKey?: string;
}

const kindOfUnit = (name: string): AgencyKind => headOf(name)?.head.kind ?? 'khac';

function entryOf(b: BodyData): BodyEntry {
  return {
    key: b.key, name: b.name, kind: b.kind,
    ...(b.until ? { until: b.until } : {}), ...(b.since ? { since: b.since } : {}), ...(b.successor ? { successor: b.successor } : {}),
  };
}

export const BODIES: BodyData[] = [...STATE_BODIES, ...MINISTRIES, ...PARTY_BODIES];
export const BODY_BY_KEY = new Map<string, BodyEntry>();
export const CENTRAL_INDEX = new Map<string, Variant<BodyEntry>[]>();
/** Units under each central body: parent key → tight name → unit. */
export const UNIT_INDEX = new Map<string, Map<string, Variant<BodyEntry>[]>>();
/** Every unit by name, whatever its parent ("TỔNG CỤC THUẾ" printed alone). */
export const UNIT_OWNERS = new Map<string, Variant<BodyEntry>[]>();

function unitEntry(parent: BodyEntry, name: string): BodyEntry {
  return { key: `${parent.key}/${slug(name)}`, name, kind: kindOfUnit(name), parentKey: parent.key };
}

// --- provincial units ---
export const LOCAL_UNITS: LocalUnitData[] = [...DEPARTMENTS, ...PROVINCIAL_BODIES];
export const LOCAL_INDEX = new Map<string, Variant<LocalUnitData>[]>();
export const LOCAL_VARIANTS: Variant<LocalUnitData>[] = [];
export const PARTY_UNIT_INDEX = new Map<string, Variant<string>[]>();

// --- heads ---
interface HeadVariant {
  words: string[];
  /** Folded words as written, abbreviations kept ("ubnd"). */
  rawWords: string[];
  /** Lower-case words as written, diacritics kept ("sở"). */
  lowerWords: string[];
  tight: string;
  head: HeadData;
}
const HEAD_VARIANTS: HeadVariant[] = HEADS.map((head) => {
  const words = foldForm(expandAbbreviations(lowerForm(head.name))).split(' ');
  return { words, rawWords: foldForm(lowerForm(head.name)).split(' '), lowerWords: lowerForm(head.name).split(' '), tight: words.join(''), head };
}).sort((a, b) => b.words.length - a.words.length || b.tight.length - a.tight.length);

const startsWith = (words: string[], prefix: string[]) => prefix.length <= words.length && prefix.every((w, i) => words[i] === w);

/** The head an agency name opens with ("Bệnh viện", "Sở"), and how many (read-out) words it takes. */
export function headOf(text: string): { head: HeadData; words: number } | null {
  const words = tightWords(text);
  const lower = lowerForm(text).split(' ');
  const raw = lower.map(foldForm);
  let found: HeadVariant | undefined;
  for (const v of HEAD_VARIANTS) {
    if (!startsWith(words, v.words) || !samePlainOrSpelt(lower, raw, v)) continue;
    // Of the heads as long, the one written as the reading writes it ("Trường THPT", not "Trường Trung học phổ thông").
    if (!found) found = v;
    else if (v.words.length < found.words.length) break;
    if (startsWith(raw, v.rawWords)) {
      found = v;
      break;
    }
  }
  if (found) return { head: found.head, words: found.words.length };
  // Spaces lost ("UBNDTỈNHPHÚTHỌ"): a long head at the start of a run-together word.
  const first = words[0] ?? '';
  if (first.length >= 10) {
    for (const v of HEAD_VARIANTS) if (v.tight.length >= 4 && first.startsWith(v.tight)) return { head: v.head, words: 0 };
  }
  return null;
}

/**
 * A one-word head must be spelt as the reading spells it, or the reading have no diacritics at
 * all: "Số", "Quy", "Vũ", "bảo" fold like "Sở", "Quỹ", "Vụ", "Báo" but open no agency name.
 */
function samePlainOrSpelt(lower: string[], raw: string[], v: HeadVariant): boolean {
  if (v.words.length >= 2 || !startsWith(raw, v.rawWords)) return true;
  return startsWith(lower, v.lowerWords) || lower.every((w, i) => w === raw[i]);
}

/** Folded words, doubled letters squashed in each. */
const wordsCache = new Map<string, string[]>();
export function tightWords(text: string): string[] {
  let out = wordsCache.get(text);
  if (out) return out;
  const f = foldForm(expandAbbreviations(lowerForm(text)));
  out = f ? f.split(' ').map(tightForm).filter(Boolean) : [];
  if (wordsCache.size > 50_000) wordsCache.clear();
  wordsCache.set(text, out);
  return out;
}

function build(): void {
  for (const b of BODIES) {
    const entry = entryOf(b);
    BODY_BY_KEY.set(entry.key, entry);
    for (const text of [b.name, ...(b.aliases ?? [])]) add(CENTRAL_INDEX, variant(text, entry));
    const units = new Map<string, Variant<BodyEntry>[]>();
    const common = b.kind === 'bo' || b.kind === 'co-quan-ngang-bo' ? MINISTRY_COMMON_UNITS : [];
    for (const name of [...(b.units ?? []), ...common]) {
      const u = unitEntry(entry, name.replace(/ Bộ$/, ''));
      const v = variant(name, u);
      add(units, v);
      if (!common.includes(name)) add(UNIT_OWNERS, v);
    }
    UNIT_INDEX.set(entry.key, units);
  }
  for (const u of LOCAL_UNITS) {
    for (const text of [u.name, ...(u.aliases ?? [])]) {
      const v = variant(text, u);
      LOCAL_VARIANTS.push(v);
      add(LOCAL_INDEX, v);
    }
  }
  for (const name of PARTY_COMMITTEE_UNITS) {
    const v = variant(name, name);
    const list = PARTY_UNIT_INDEX.get(v.tight);
    if (list) list.push(v);
    else PARTY_UNIT_INDEX.set(v.tight, [v]);
  }
}
build();

/** Central names and units, for the fuzzy pass. */
export const CENTRAL_VARIANTS: Variant<BodyEntry>[] = [...CENTRAL_INDEX.values()].flat();
export const UNIT_VARIANTS: Variant<BodyEntry>[] = [...UNIT_OWNERS.values()].flat();
