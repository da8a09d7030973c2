// Decide whether a PDF page's text layer carries the page's content or only a scrap of it
// (e.g. the e-signature box printed in the margin of a signed scan), in which case it needs OCR.
import type { TextItem } from '../types.ts';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const BROKEN = /[\uFFFD\uE000-\uF8FF]/u;

export function textLayerIsUsable(items: TextItem[], pageHeight: number): boolean {
  const chars = items.map((i) => i.text).join('').replace(/\s+/g, '');
  if (chars.length < 50) return false;
  if (BROKEN.test(chars)) return false;
  const letters = [...chars].filter((c) => LETTER_OR_DIGIT.test(c)).length;
  if (letters / chars.length < 0.6) return false;
  if (!readsAsVietnamese(items)) return false;
  // Judge coverage, not a character count: body text spans most of the page height.
  const top = Math.min(...items.map((i) => i.y0));
  const bottom = Math.max(...items.map((i) => i.y1));
  return (bottom - top) / pageHeight >= 0.3;
}

/**
 * A scan's own OCR text layer can be too poor to use ("SO GIAO DVC vA DA° TAO"): Vietnamese prose
 * carries a diacritic on most words (over half of them in every letter seen), a layer that lost most
 * of them is read again by our OCR.
 * (Legacy TCVN3/VNI fonts show as non-ASCII letters, so they pass.)
 */
function readsAsVietnamese(items: TextItem[]): boolean {
  const words = items.flatMap((i) => i.text.split(/\s+/)).filter((w) => /\p{L}{2,}/u.test(w));
  if (words.length < 30) return true;
  return words.filter((w) => /[^\x00-\x7F]/.test(w)).length / words.length >= 0.4;
}

/** Text of an e-signature box ("Ký bởi: ... Thời gian ký: 15/01/2025 17:10:17"), if the page has one. */
export function signatureStampText(items: TextItem[]): string | null {
  const text = items.map((i) => i.text).join(' ').replace(/\s+/g, ' ').trim();
  return /Ký bởi|Thời gian ký|Signed by/iu.test(text) ? text : null;
}
