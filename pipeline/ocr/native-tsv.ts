// The native tesseract CLI's TSV output → the engine contract's words. Word rows (level 5) carry
// their block, paragraph and line numbers; each distinct triple becomes one line id, numbered in
// output order as the tesseract.js engine numbers its lines.
import type { TextItem } from '../types.ts';

const WORD_LEVEL = '5';

export function wordsFromTsv(tsv: string): TextItem[] {
  const words: TextItem[] = [];
  let lineKey = '';
  let lineId = 0;
  for (const row of tsv.split('\n')) {
    const cols = row.split('\t');
    if (cols[0] !== WORD_LEVEL || cols.length < 12) continue;
    const [, , block, paragraph, line, , left, top, width, height, conf] = cols;
    const text = cols.slice(11).join('\t').trim();
    if (!text) continue;
    const key = `${block}.${paragraph}.${line}`;
    if (key !== lineKey) {
      lineKey = key;
      lineId++;
    }
    const x0 = Number(left);
    const y0 = Number(top);
    words.push({ text, confidence: Math.max(0, Number(conf)), line: lineId, x0, y0, x1: x0 + Number(width), y1: y0 + Number(height) });
  }
  return words;
}
