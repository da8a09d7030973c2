// The development / validation split of the real corpus (evaluation/validation-split.json, drawn
// once at random before any tuning). Validation documents are scored in aggregate only: nothing
// here or in the callers prints their per-document mismatches or outputs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Case } from './corpus.ts';

const SplitFile = z.object({ seed: z.number(), method: z.string(), texts: z.array(z.string()), scans: z.array(z.string()) });

export type Split = 'development' | 'validation';
export const SPLITS: readonly Split[] = ['development', 'validation'];

let cached: { texts: Set<string>; scans: Set<string> } | null = null;
function validationIds() {
  if (!cached) {
    const file = SplitFile.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, 'validation-split.json'), 'utf8')));
    cached = { texts: new Set(file.texts), scans: new Set(file.scans) };
  }
  return cached;
}

/** A text of the corpus is in validation in every rendition; the project's own samples are development. */
export function splitOf(c: Pick<Case, 'id' | 'set'>): Split {
  const v = validationIds();
  if (c.set === 'rendered' && v.texts.has(c.id)) return 'validation';
  if (c.set === 'scans' && v.scans.has(c.id)) return 'validation';
  return 'development';
}
