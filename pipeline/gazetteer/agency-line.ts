// One agency name (one entry of a header, possibly wrapped over lines and joined) → the body it
// is. Order: a central body or a unit of the parent, exactly; "<unit> [tỉnh|thành phố] <province>";
// a provincial unit whose province the parent gives; then OCR repair (./fuzzy.ts); then a
// pattern match on the name's head word ("Bệnh viện …").
import {
  BODY_BY_KEY, CENTRAL_INDEX, CENTRAL_VARIANTS, DESIGNATORS, LOCAL_INDEX, LOCAL_UNITS, LOCAL_VARIANTS, PARTY_UNIT_INDEX,
  PROVINCE_INDEX, PROVINCE_VARIANTS, UNIT_INDEX, UNIT_OWNERS, headOf, tightWords,
  type BodyEntry, type ProvinceRef, type Variant,
} from './build.ts';
import type { LocalUnitData } from './data/local.ts';
import { allowedEdits, clearBest, hasDamage, near, type Candidate } from './fuzzy.ts';
import { ABBREVIATIONS, cleanPrinted, finish, type AgencyMatch, type Found } from './result.ts';
import { patternMatch } from './pattern.ts';
import { foldForm, lowerForm, tightForm } from './text.ts';

export interface LineContext {
  parent: AgencyMatch | null;
}

type Where = 'whole' | 'start' | 'end';
const noSpace = (s: string) => s.replace(/ /g, '');

/**
 * Among names with one tight form, the one written like the reading: same letters, else same
 * folded letters (so "UBND" is kept as "UBND" and "Ủy ban nhân dân" as itself).
 */
function pick<T>(list: Variant<T>[] | undefined, raw: string, where: Where): Variant<T> | undefined {
  if (!list || list.length === 0) return undefined;
  if (list.length === 1) return list[0];
  const r = noSpace(raw);
  const rf = foldForm(r);
  for (const v of list) if (fits(r, noSpace(v.raw), where)) return v;
  for (const v of list) if (fits(rf, foldForm(noSpace(v.raw)), where)) return v;
  return list[0];
}

function fits(s: string, x: string, where: Where): boolean {
  return where === 'whole' ? s === x : where === 'start' ? s.startsWith(x) : s.endsWith(x);
}
const EMPTY = { text: '', raw: '', lower: '', tight: '' };

// Every way a provincial unit is written before the province: "sở y tế", "sở y tế tỉnh", …
const LOCAL_TARGETS = LOCAL_VARIANTS.flatMap((u) =>
  [null, ...DESIGNATORS]
    .filter((des) => !(des && u.item.form === 'bare'))
    .map((des) => {
      const tight = u.tight + (des?.tight ?? '');
      return { u, des, tight, allowed: allowedEdits(tight.length) };
    }),
);

function bodyFound(v: Variant<BodyEntry>, parent: AgencyMatch | null): Found {
  const e = v.item;
  const owner = e.parentKey ? BODY_BY_KEY.get(e.parentKey) : undefined;
  return {
    rebuilt: v.text, name: e.name, key: e.key, kind: e.kind, province: parent?.province ?? null, known: true,
    ...(owner && !parent ? { impliedParent: owner.name } : {}),
    ...(e.until ? { until: e.until } : {}), ...(e.since ? { since: e.since } : {}), ...(e.successor ? { successor: e.successor } : {}),
  };
}

function localName(u: LocalUnitData, p: ProvinceRef): string {
  const sibling = u.only && u.only !== p.level ? LOCAL_UNITS.find((o) => o.key === u.key && o.only === p.level) : undefined;
  const unit = sibling ?? u;
  if (unit.form === 'bare') return `${unit.name} ${p.name}`;
  return `${unit.name} ${p.level === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${p.name}`;
}

function localFound(u: Variant<LocalUnitData>, designator: string | null, p: Variant<ProvinceRef>): Found {
  const unit = u.item;
  const rebuilt = [u.text, designator, p.text].filter(Boolean).join(' ');
  const key = unit.key.includes('{p}') ? unit.key.replace('{p}', p.item.key) : `${unit.key}:${p.item.key}`;
  return {
    rebuilt, name: localName(unit, p.item), key, kind: unit.kind, province: p.item, known: true,
    ...(unit.until ? { until: unit.until } : {}), ...(unit.since ? { since: unit.since } : {}),
    ...successorOf(unit, p.item),
  };
}

/** What took over a provincial body: its successor unit, in the province its own became in 2025. */
function successorOf(unit: LocalUnitData, p: ProvinceRef): { successor?: string } {
  const stem = unit.successor ?? (p.current !== p.key ? unit.key : undefined);
  if (!stem) return {};
  return { successor: stem.includes('{p}') ? stem.replace('{p}', p.current) : `${stem}:${p.current}` };
}

interface Split {
  rest: string;
  province: Variant<ProvinceRef>;
}

/** Ways the reading may end with a province name, longest first. */
function provinceSplits(words: string[], tight: string, lower: string): Split[] {
  const out: Split[] = [];
  for (let k = Math.min(5, words.length - 1); k >= 1; k--) {
    const v = pick(PROVINCE_INDEX.get(tightForm(words.slice(-k).join(''))), lower, 'end');
    if (v) out.push({ rest: tightForm(words.slice(0, -k).join('')), province: v });
  }
  if (out.length === 0) {
    // Spaces lost: any tail of the run-together reading.
    for (let len = Math.min(16, tight.length - 2); len >= 2; len--) {
      const v = pick(PROVINCE_INDEX.get(tight.slice(-len)), lower, 'end');
      if (v) out.push({ rest: tight.slice(0, -len), province: v });
    }
  }
  return out;
}

/** "thành phố" as the reading writes it: "TP." when abbreviated. */
function designatorText(text: string, raw: string): string {
  return text === 'thành phố' && /(^| )tp( |$)|tp(hcm|hồ)/.test(raw) ? 'TP.' : text;
}

function localWithProvince(split: Split, lower: string): Found | null {
  for (const d of DESIGNATORS) {
    if (!split.rest.endsWith(d.tight)) continue;
    const u = pick(LOCAL_INDEX.get(split.rest.slice(0, -d.tight.length)), lower, 'start');
    if (u && u.item.form !== 'bare') return localFound(u, designatorText(d.text, lower), split.province);
  }
  const u = pick(LOCAL_INDEX.get(split.rest), lower, 'start');
  return u ? localFound(u, null, split.province) : null;
}

function exact(lower: string, tight: string, words: string[], ctx: LineContext): Found | null {
  const parent = ctx.parent;
  if (parent) {
    const unit = pick(UNIT_INDEX.get(parent.key)?.get(tight), lower, 'whole');
    if (unit) return bodyFound(unit, parent);
    // "UBND TỈNH …" / "VĂN PHÒNG": the office of the body above.
    if ((parent.kind === 'ubnd' || parent.kind === 'hdnd') && tight === 'vanphong') {
      return { rebuilt: 'Văn phòng', name: `Văn phòng ${parent.name}`, key: `${parent.key}/van-phong`, kind: 'van-phong', province: parent.province, known: parent.known };
    }
    if (parent.kind === 'dang' || parent.kind === 'doan-the') {
      const pu = pick(PARTY_UNIT_INDEX.get(tight), lower, 'whole');
      if (pu) return { rebuilt: pu.text, name: pu.item, key: `${parent.key}/${tightKey(pu.item)}`, kind: headOf(pu.item)?.head.kind ?? 'ban', province: parent.province, known: true };
    }
  }
  const central = pick(CENTRAL_INDEX.get(tight), lower, 'whole');
  if (central) return bodyFound(central, parent);
  for (const split of provinceSplits(words, tight, lower)) {
    const found = localWithProvince(split, lower);
    if (found) return found;
  }
  const province = parent?.province ?? null;
  const local = pick(LOCAL_INDEX.get(tight), lower, 'whole');
  if (local && province) return localFound(local, null, { ...EMPTY, item: province });
  // A unit of one central body printed alone ("TỔNG CỤC THUẾ", and "CỤC THUẾ" since 2025).
  const owners = UNIT_OWNERS.get(tight);
  const owner = pick(owners, lower, 'whole');
  if (owner && new Set(owners!.map((o) => o.item.key)).size === 1) return bodyFound(owner, parent);
  if (local) {
    // Without its province the body is only a kind ("ỦY BAN NHÂN DÂN" alone: of which level?).
    const key = local.item.key.includes('{p}') ? local.item.key.replace(/:?\{p\}/, '') : local.item.key.split(':')[0]!;
    return { rebuilt: local.text, name: local.item.name, key, kind: local.item.kind, province: null, known: false };
  }
  return null;
}

const tightKey = (name: string) => foldForm(lowerForm(name)).replace(/ /g, '-');

/** The OCR-repair pass: every kind of name the exact pass knows, by edit distance. */
function repaired(raw: string, tight: string, words: string[], ctx: LineContext): Found | null {
  const cands: Candidate<() => Found>[] = [];
  const limit = allowedEdits(tight.length);
  const consider = <T>(variants: Iterable<Variant<T>>, make: (v: Variant<T>) => Found, keyOf: (v: Variant<T>) => string) => {
    for (const v of variants) {
      const d = near(tight, v.tight, limit);
      if (d <= limit) cands.push({ key: keyOf(v), d, allowed: allowedEdits(v.tight.length), value: () => make(v) });
    }
  };
  const parent = ctx.parent;
  if (parent) consider([...(UNIT_INDEX.get(parent.key)?.values() ?? [])].flat(), (v) => bodyFound(v, parent), (v) => v.item.key);
  consider(CENTRAL_VARIANTS, (v) => bodyFound(v, parent), (v) => v.item.key);
  // "<unit> [designator] <province>", either part damaged.
  for (let k = Math.min(5, words.length - 1); k >= 1; k--) {
    const tail = tightForm(words.slice(-k).join(''));
    const rest = tightForm(words.slice(0, -k).join(''));
    const provinces: { p: Variant<ProvinceRef>; d: number }[] = [];
    for (const p of PROVINCE_VARIANTS) {
      const d = near(tail, p.tight, allowedEdits(p.tight.length));
      if (Number.isFinite(d)) provinces.push({ p, d });
    }
    if (provinces.length === 0) continue;
    for (const t of LOCAL_TARGETS) {
      const du = near(rest, t.tight, t.allowed);
      if (!Number.isFinite(du)) continue;
      for (const { p, d: dp } of provinces) {
        if (dp + du === 0) continue;
        cands.push({
          key: `${t.u.item.key}:${p.item.key}`, d: dp + du, allowed: allowedEdits(t.tight.length + p.tight.length),
          value: () => localFound(t.u, t.des ? designatorText(t.des.text, raw) : null, p),
        });
      }
    }
  }
  if (parent?.province) {
    const province = parent.province;
    consider(LOCAL_VARIANTS, (v) => localFound(v, null, { ...EMPTY, item: province }), (v) => v.item.key);
  }
  const best = clearBest(cands);
  return best ? { ...best.value(), edits: best.d } : null;
}

// Headers repeat (every letter of a body prints the same lines): answers are remembered per
// reading and parent, without the parent object itself.
const answers = new Map<string, Omit<AgencyMatch, 'parent'> | null>();

/** The body one agency name is, or null when it is not an agency name at all. */
export function matchAgencyLine(text: string, ctx: LineContext = { parent: null }): AgencyMatch | null {
  const id = `${ctx.parent?.key ?? ''}\u0000${ctx.parent?.province?.key ?? ''}\u0000${text}`;
  let answer = answers.get(id);
  if (answer === undefined) {
    const m = matchUncached(text, ctx);
    if (m) {
      const { parent: _parent, ...rest } = m;
      answer = rest;
    } else answer = null;
    if (answers.size > 20_000) answers.clear();
    answers.set(id, answer);
  }
  return answer ? { ...answer, parent: ctx.parent } : null;
}

function matchUncached(reading: string, ctx: LineContext): AgencyMatch | null {
  const text = cleanPrinted(reading);
  const raw = lowerForm(text);
  if (!raw) return null;
  const words = tightWords(text);
  const tight = tightForm(words.join(''));
  const hit = exact(raw, tight, words, ctx) ?? (hasDamage(text, ABBREVIATIONS) ? repaired(raw, tight, words, ctx) : null);
  if (hit) return finish(text, hit, ctx.parent);
  return patternMatch(text, ctx.parent);
}
