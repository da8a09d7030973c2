// A confidence in [0, 1] for every field, from the evidence: where the value was read (the part
// of the layout NĐ 30/2020 puts it in, or a fallback), the OCR confidence of the lines it was
// read from, the warnings raised while reading it, and whether it has the shape it must have.
// Fields below REVIEW_BELOW are listed in the record's `needsReview`.
import type { Evidence } from '../../schemas/record.ts';
import type { Doc } from '../document.ts';

export const REVIEW_BELOW = 0.7;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * How much the OCR of the evidence lines leaves of a value's confidence: tesseract's mean word
 * confidence of 0.92 and above reads a line nearly always right; below it errors grow fast.
 * Text layers and DOCX leave it whole.
 */
export function ocrFactor(doc: Doc, evidence: Evidence | null): number {
  if (!doc.ocr) return 1;
  if (!evidence) return 0.85;
  let min = Infinity;
  for (const line of doc.lines) {
    if (line.end <= evidence.start || line.start >= evidence.end || line.ocrConfidence === null) continue;
    min = Math.min(min, line.ocrConfidence);
  }
  if (min === Infinity) return 1;
  return clamp((min - 0.5) / 0.42, 0.2, 1);
}

export interface Judged {
  /** The confidence of the place it was read from (see each field's base in extract-fields.ts). */
  base: number;
  evidence: Evidence | null;
  warnings?: string[];
}

export function confidenceOf(doc: Doc, judged: Judged): number {
  let c = judged.base * ocrFactor(doc, judged.evidence);
  if (judged.warnings?.length) c = Math.min(c, 0.6);
  return Math.round(clamp(c, 0, 1) * 100) / 100;
}

export function needsReview(confidence: Record<string, number>): string[] {
  return Object.entries(confidence)
    .filter(([, c]) => c < REVIEW_BELOW)
    .map(([field]) => field);
}
