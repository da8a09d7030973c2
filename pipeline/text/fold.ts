// Diacritic folding for matching: "Nơi nhận" → "noi nhan", "ĐẾN" → "den". Matching only; values
// keep their original spelling.
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Vietnamese-aware word split (Intl.Segmenter): natural's WordTokenizer drops Vietnamese letters. */
const segmenter = new Intl.Segmenter('vi', { granularity: 'word' });
export function words(text: string): string[] {
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}
