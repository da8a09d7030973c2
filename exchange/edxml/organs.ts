// The organs vanthu knows by id (mã định danh): this office (the sender of what it exports) and a
// directory of others, from configuration. Names are matched folded (accents and case ignored).
import { fold } from '../../pipeline/text/fold.ts';

export interface OrganRef {
  id: string;
  name: string;
}

export interface Organs {
  /** This office; null when VANTHU_EDXML_ORGAN_ID is not set. */
  self: OrganRef | null;
  directory: OrganRef[];
}

const key = (name: string) => fold(name).replace(/[^a-z0-9]+/g, ' ').trim();

/** The directory entry named like `name` (whole name, folded). */
export function organByName(organs: Organs, name: string | null | undefined): OrganRef | null {
  if (!name) return null;
  const k = key(name);
  const all = organs.self ? [organs.self, ...organs.directory] : organs.directory;
  return all.find((o) => key(o.name) === k) ?? null;
}

export function organById(organs: Organs, id: string): OrganRef | null {
  const all = organs.self ? [organs.self, ...organs.directory] : organs.directory;
  return all.find((o) => o.id === id) ?? null;
}

/** "000.00.00.G10=Bộ Y tế;000.00.00.H26=UBND tỉnh Nam Định" → entries (the form of VANTHU_EDXML_ORGANS). */
export function parseDirectory(value: string): OrganRef[] {
  return value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf('=');
      return { id: entry.slice(0, at).trim(), name: entry.slice(at + 1).trim() };
    });
}
