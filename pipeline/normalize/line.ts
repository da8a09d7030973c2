// Stage 3: normalise extracted lines: Unicode NFC, legacy TCVN3/VNI fonts converted, whitespace
// collapsed, stray OCR marks around text trimmed.
import { fixLegacyEncoding } from './legacy-encoding.ts';
import { correctOcrLine } from './ocr-lexicon.ts';
import { repairSyllables } from './syllable-repair.ts';

export interface NormalisedLine {
  text: string;
  legacyEncoding: 'tcvn3' | 'vni' | null;
}

export function normaliseLine(raw: string, fromOcr = false): NormalisedLine {
  const nfc = raw.normalize('NFC');
  const fixed = fixLegacyEncoding(nfc);
  const text = fixed.text
    .normalize('NFC')
    .replace(/[\u00A0\u2000-\u200B\u202F\t]/g, ' ')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return { text: fromOcr ? correctOcrLine(repairSyllables(text)) : text, legacyEncoding: fixed.encoding };
}
