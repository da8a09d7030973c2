// OCR repair by edit distance, only when the choice is clear: the closest name must be within a
// few edits (by length) of the reading, and the next closest different body at least two edits
// further. Distances are taken on the tight forms (folded, no spaces, doubled letters squashed),
// so diacritic damage costs nothing here: it is handled as an exact folded match.
import { distance } from 'fastest-levenshtein';
import { isVietnameseSyllable } from '../normalize/legacy-encoding.ts';
import { lowerForm } from './text.ts';

/** Edits allowed for a name of this tight length. */
export function allowedEdits(length: number): number {
  if (length <= 4) return 0;
  if (length <= 9) return 1;
  if (length <= 18) return 2;
  return 3;
}

export interface Candidate<T> {
  /** The body it would be: candidates with one key are one choice. */
  key: string;
  d: number;
  /** Edits allowed for this candidate's length. */
  allowed: number;
  value: T;
}

/** The clear best candidate, or null when none is near enough or two are equally near. */
export function clearBest<T>(candidates: Candidate<T>[]): Candidate<T> | null {
  const byKey = new Map<string, Candidate<T>>();
  for (const c of candidates) {
    const seen = byKey.get(c.key);
    if (!seen || c.d < seen.d) byKey.set(c.key, c);
  }
  const sorted = [...byKey.values()].sort((a, b) => a.d - b.d);
  const best = sorted[0];
  if (!best || best.d > best.allowed) return null;
  const second = sorted[1];
  if (second && second.d < best.d + 2) return null;
  return best;
}

/** Distance when within `limit` (length filter first), else Infinity. */
export function near(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  const d = distance(a, b);
  return d <= limit ? d : Infinity;
}

/**
 * Whether a reading has a word that is no Vietnamese syllable ("V", "THQ", "5Ở"): OCR damage.
 * A reading made only of real syllables may be a real body the gazetteer does not know, so it
 * is never edited into another one. Known abbreviations ("UBND", "TP") are not damage.
 */
export function hasDamage(text: string, abbreviations: ReadonlySet<string>): boolean {
  for (const word of lowerForm(text).split(' ')) {
    if (!word || abbreviations.has(word)) continue;
    if (/\d/.test(word) && /\p{L}/u.test(word)) return true;
    if (/^\d+$/.test(word)) continue;
    if (!isVietnameseSyllable(word)) return true;
  }
  return false;
}
