// Small helpers over the matchers, for callers that want one answer.
import { headOf, BODY_BY_KEY, LOCAL_UNITS, PROVINCE_INDEX, PROVINCE_REFS, UNIT_INDEX, type ProvinceRef } from './build.ts';
import { matchAgency } from './agency.ts';
import { matchAgencyLine } from './agency-line.ts';
import { PLACE_COUNT } from './place.ts';
import { DEPARTMENTS } from './data/local.ts';
import type { Repair } from './result.ts';
import { expandAbbreviations, foldForm, lowerForm, tightForm } from './text.ts';

/**
 * One agency line with OCR damage repaired when the repair is unambiguous ("SỞ V TẾ TỈNH THÁI
 * BÌNH" → "SỞ Y TẾ TỈNH THÁI BÌNH"); any other line comes back as it was, `repair: "none"`.
 */
export function repairAgencyLine(line: string): { text: string; repair: Repair; score: number; key: string | null } {
  const m = matchAgencyLine(line);
  if (!m) return { text: line, repair: 'none', score: 0, key: null };
  return { text: m.printed, repair: m.repair, score: m.score, key: m.key };
}

/** The canonical key of a header ("UBND TỈNH NINH BÌNH" + "SỞ Y TẾ" → "so-y-te:ninh-binh"), or null. */
export function agencyKey(lines: readonly string[] | string): string | null {
  return matchAgency(lines)?.key ?? null;
}

/** Whether a line opens like an agency name (its first words are a body's kind: "Sở", "Bệnh viện"). */
export function isAgencyHead(line: string): boolean {
  return headOf(line) !== null;
}

/** A province or centrally-run city by name ("Thừa Thiên Huế", "TP HCM", "ha tinh"). */
export function findProvince(name: string): ProvinceRef | null {
  const t = tightForm(foldForm(expandAbbreviations(lowerForm(name))).replace(/^(tinh|thanhpho)/, ''));
  return PROVINCE_INDEX.get(t)?.[0]?.item ?? null;
}

/** Sizes of the vocabularies, for the README and the report. */
export function gazetteerCounts() {
  const units = [...UNIT_INDEX.values()].reduce((n, m) => n + new Set([...m.values()].flat().map((v) => v.item.key)).size, 0);
  return {
    centralBodies: BODY_BY_KEY.size,
    centralUnits: units,
    provinces: PROVINCE_REFS.length,
    provincesBefore2025: PROVINCE_REFS.filter((p) => p.before).length,
    provincesAfter2025: PROVINCE_REFS.filter((p) => p.after).length,
    departments: DEPARTMENTS.length,
    provincialBodies: new Set(LOCAL_UNITS.map((u) => u.key)).size,
    places: PLACE_COUNT,
  };
}
