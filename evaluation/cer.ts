// Character error rate of the extracted text against the ground truth (`rendered/NAME.gt.txt`:
// the visible text, one line per paragraph, table cells row by row). Whitespace is collapsed on
// both sides, as the corpus README says to compare. Reading order counts: a two-column header read
// column by column differs from the ground truth's row-by-row order even on a text PDF, so the text
// renditions give the floor that layout alone costs, and the scans add what OCR costs.
import { distance } from 'fastest-levenshtein';

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export interface CharErrors {
  /** Edits (insertions, deletions, substitutions) from the ground truth to the text. */
  edits: number;
  /** Characters of the ground truth. */
  chars: number;
}

export function charErrors(truth: string, text: string): CharErrors {
  const t = collapse(truth);
  return { edits: distance(t, collapse(text)), chars: t.length };
}

/** Total edits over total characters: long documents weigh what they contain. */
export function cer(all: CharErrors[]): number | null {
  const chars = all.reduce((s, e) => s + e.chars, 0);
  return chars ? all.reduce((s, e) => s + e.edits, 0) / chars : null;
}
