// Diacritic folding for matching: "Nơi nhận" → "noi nhan", "ĐẾN" → "den". Matching only; values
// keep their original spelling.
// The field extractors fold the same lines over and over (each looks for its own markers), so
// results are remembered; the cache is emptied when full so memory stays bounded.
const folded = new Map<string, string>();
const CACHE_LIMIT = 20_000;
const CACHED_LENGTH = 300; // lines, not whole documents

export function fold(text: string): string {
  let out = folded.get(text);
  if (out !== undefined) return out;
  out = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
  if (text.length <= CACHED_LENGTH) {
    if (folded.size >= CACHE_LIMIT) folded.clear();
    folded.set(text, out);
  }
  return out;
}

/** Vietnamese-aware word split (Intl.Segmenter): natural's WordTokenizer drops Vietnamese letters. */
const segmenter = new Intl.Segmenter('vi', { granularity: 'word' });
export function words(text: string): string[] {
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}
