// The place of the place-date line ("TP. Hồ Chí Minh, ngày …"; Nghị định 30/2020/NĐ-CP, Phụ
// lục I, ô 4) → a province or a provincial city, town or district of ./data/places.ts, before
// or after 2025. A diacritics-only difference is repaired; other edits only when the reading has
// a word that is no Vietnamese syllable and one place is clearly nearest (Hà Tiên is not Hà Tĩnh).
import { PROVINCE_BY_KEY, PROVINCE_VARIANTS, type ProvinceRef, type Variant, variant } from './build.ts';
import { LOCAL_PLACES } from './data/places.ts';
import { PROVINCES } from './data/provinces.ts';
import { allowedEdits, clearBest, hasDamage, near, type Candidate } from './fuzzy.ts';
import { ABBREVIATIONS, classify, cleanPrinted, type Repair } from './result.ts';
import { foldForm, lowerForm, expandAbbreviations, slug, tightForm } from './text.ts';

export interface PlaceMatch {
  /** As printed, repaired when `repair` is not "none". */
  printed: string;
  /** Proper name: "Hồ Chí Minh", "Long Xuyên". */
  name: string;
  /** "tinh:ho-chi-minh", "huyen:long-xuyen:an-giang". */
  key: string;
  kind: 'province' | 'local';
  /** The province it is or lies in (before 2025 for a local place); null for a local name several provinces have (Châu Thành). */
  province: ProvinceRef | null;
  repair: Repair;
  repaired: boolean;
  score: number;
}

interface PlaceItem {
  name: string;
  key: string;
  kind: PlaceMatch['kind'];
  province: ProvinceRef | null;
}

const INDEX = new Map<string, Variant<PlaceItem>[]>();
const VARIANTS: Variant<PlaceItem>[] = [];
function add(text: string, item: PlaceItem): void {
  const v = variant(text, item);
  VARIANTS.push(v);
  const list = INDEX.get(v.tight);
  if (list) list.push(v);
  else INDEX.set(v.tight, [v]);
}
for (const v of PROVINCE_VARIANTS) {
  const p = v.item;
  const item: PlaceItem = { name: p.name, key: `tinh:${p.key}`, kind: 'province', province: p };
  add(v.text, item);
  add(`${p.level === 'thanh-pho' ? 'Thành phố' : 'Tỉnh'} ${v.text}`, item);
  if (p.level === 'thanh-pho') add(`TP. ${v.text}`, item);
}
const provinceNames = new Set(PROVINCES.map((p) => tightForm(foldForm(lowerForm(p.name)))));
const localPlaces = Object.entries(LOCAL_PLACES).flatMap(([prov, names]) => names.map((n) => [prov, n] as const));
for (const p of PROVINCES) if (p.capital && !LOCAL_PLACES[p.name]?.includes(p.capital)) localPlaces.push([p.name, p.capital]);
const provincesOf = new Map<string, Set<string>>();
for (const [prov, name] of localPlaces) {
  const set = provincesOf.get(slug(name)) ?? new Set<string>();
  set.add(slug(prov));
  provincesOf.set(slug(name), set);
}
const added = new Set<string>();
for (const [prov, name] of localPlaces) {
  // A city named like its province ("Bắc Giang") is read as the province.
  if (provinceNames.has(tightForm(foldForm(lowerForm(name)))) || added.has(slug(name))) continue;
  added.add(slug(name));
  const shared = provincesOf.get(slug(name))!.size > 1;
  const province = shared ? null : PROVINCE_BY_KEY.get(slug(prov))!;
  add(name, { name, key: province ? `huyen:${slug(name)}:${province.key}` : `huyen:${slug(name)}`, kind: 'local', province });
}

export const PLACE_COUNT = new Set(VARIANTS.map((v) => v.item.key)).size;

const SCORES: Record<Repair, number> = { none: 1, spacing: 0.97, diacritics: 0.92, doubled: 0.9, edit: 0.8 };

/**
 * The place a place-date line names ("Hà Nội", "TP.Hồ Chí Minh", "Quang Ngai"), or null when the
 * text is no known place. The text may be the place alone or the whole line ("Hà Nội, ngày 5
 * tháng 3 năm 2024": what comes before "ngày" is read). A local name several
 * provinces share (Châu Thành) has no province.
 */
export function matchPlace(text: string): PlaceMatch | null {
  // A whole place-date line is fine: the place is what comes before "ngày".
  const place = text.split(/,?\s*ng[àa]y\b/iu)[0]!;
  const reading = cleanPrinted(place.replace(/[,;:.]+$/, ''));
  const raw = lowerForm(reading);
  if (!raw) return null;
  const tight = tightForm(foldForm(expandAbbreviations(raw)));
  let v: Variant<PlaceItem> | undefined;
  const list = INDEX.get(tight);
  if (list) v = list.find((x) => x.raw.replace(/ /g, '') === raw.replace(/ /g, '')) ?? list[0];
  if (!v && hasDamage(reading, ABBREVIATIONS)) {
    const limit = allowedEdits(tight.length);
    const cands: Candidate<Variant<PlaceItem>>[] = [];
    for (const x of VARIANTS) {
      const d = near(tight, x.tight, limit);
      if (Number.isFinite(d)) cands.push({ key: x.item.key, d, allowed: allowedEdits(x.tight.length), value: x });
    }
    v = clearBest(cands)?.value;
  }
  if (!v) return null;
  const repair = classify(reading, v.text);
  const printed = repair === 'none' ? reading : v.text;
  return { printed, name: v.item.name, key: v.item.key, kind: v.item.kind, province: v.item.province, repair, repaired: repair !== 'none', score: SCORES[repair] };
}
