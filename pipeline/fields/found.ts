import type { Evidence } from '../../schemas/record.ts';

/** A field value with where it was read, plus any doubt worth telling the user. */
export interface Found<T> {
  value: T;
  evidence: Evidence | null;
  warnings?: string[];
  /** How sure the place it was read from makes it (0-1), before OCR and warnings lower it. */
  confidence?: number;
}
