// OCR-tolerant string similarity from natural (only its distance module is loaded: importing the
// whole package pulls database drivers).
import { createRequire } from 'node:module';
import { fold } from './fold.ts';

const require = createRequire(import.meta.url);
const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance') as (a: string, b: string, options?: { ignoreCase?: boolean }) => number;
const { LevenshteinDistance } = require('natural/lib/natural/distance/levenshtein_distance') as {
  LevenshteinDistance: (a: string, b: string) => number;
};

/** Jaro-Winkler similarity (0..1) of the diacritic-folded strings. */
export function similarity(a: string, b: string): number {
  return jaroWinkler(fold(a), fold(b));
}

export function editDistance(a: string, b: string): number {
  return LevenshteinDistance(a, b);
}

/** The candidate closest to `text` when at least `threshold` similar, else null. */
export function closest<T extends string>(text: string, candidates: readonly T[], threshold: number): T | null {
  let best: T | null = null;
  let bestScore = threshold;
  for (const c of candidates) {
    const score = similarity(text, c);
    if (score >= bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
