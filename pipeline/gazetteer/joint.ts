// Joint headers (văn bản liên tịch; Nghị định 30/2020/NĐ-CP, Phụ lục I): the bodies issuing
// together are named one under the other with their shared level written once on a last line
// ("ỦY BAN NHÂN DÂN" / "ỦY BAN MTTQ VIỆT NAM" / "TỈNH ĐẮK LẮK"), or joined by a dash
// ("THƯỜNG TRỰC HĐND - UBND TỈNH HÒA BÌNH").
import { headOf } from './build.ts';
import { matchAgencyLine } from './agency-line.ts';
import { findProvince } from './api.ts';
import type { AgencyMatch } from './result.ts';
import type { ProvinceRef } from './build.ts';
import { foldForm, lowerForm } from './text.ts';

export interface GroupedEntry {
  text: string;
  lines: string[];
}

export interface Joint {
  issuers: AgencyMatch[];
  entries: string[];
}

/** "TỈNH ĐẮK LẮK", "THÀNH PHỐ CẦN THƠ": a line that is only a province with its level. */
export function isProvinceLine(line: string): boolean {
  return /^(tinh|thanh pho|tp)\b/.test(foldForm(lowerForm(line))) && findProvince(line) !== null;
}

const withProvince = (name: string, p: ProvinceRef) => `${name} ${p.level === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${p.name}`;

/** Each name read with the shared province; null unless every one is then a known body of it. */
function coIssuers(names: string[], p: ProvinceRef): AgencyMatch[] | null {
  const out: AgencyMatch[] = [];
  for (const name of names) {
    const alone = matchAgencyLine(name);
    if (!alone || alone.known || alone.province) return null;
    const m = matchAgencyLine(withProvince(name, p));
    if (!m?.known || m.province?.key !== p.key) return null;
    out.push({ ...m, printed: alone.printed });
  }
  return out;
}

const DASH = /\s*[-–]\s*/u;

export function jointHeader(entries: GroupedEntry[]): Joint | null {
  // Dashed: one entry, every part opening with a head, the last naming the province.
  if (entries.length === 1) {
    const whole = matchAgencyLine(entries[0]!.text);
    if (whole?.known) return null;
    const parts = entries[0]!.text.split(DASH).filter(Boolean);
    if (parts.length < 2 || !parts.every((p) => headOf(p) !== null)) return null;
    const last = matchAgencyLine(parts.at(-1)!);
    if (!last?.known || !last.province) return null;
    const others = coIssuers(parts.slice(0, -1), last.province);
    return others ? { issuers: [...others, last], entries: [entries[0]!.text] } : null;
  }
  // Stacked: names without their province, then one whose last line is the shared province.
  const final = entries.at(-1)!;
  const provinceLine = final.lines.at(-1)!;
  if (final.lines.length < 2 || !isProvinceLine(provinceLine)) return null;
  const last = matchAgencyLine(final.text);
  if (!last?.known || !last.province) return null;
  const others = coIssuers(entries.slice(0, -1).map((e) => e.text), last.province);
  if (!others) return null;
  const lastAlone = matchAgencyLine(final.lines.slice(0, -1).join(' '));
  return {
    issuers: [...others, { ...last, printed: lastAlone?.printed ?? last.printed }],
    entries: [...others.map((o) => o.printed), lastAlone?.printed ?? final.lines.slice(0, -1).join(' '), provinceLine],
  };
}
