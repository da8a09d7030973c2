// Text forms used by the gazetteer. Every name is compared in three forms, built once per string:
//  - `lower`: NFC, lower case, one tone placement (the "old" style of official documents: "ủy",
//    "hòa", "thủy"; "uỷ", "hoà" are moved there), single spaces, no punctuation;
//  - `fold`: `lower` without diacritics, đ → d;
//  - `tight`: `fold` without spaces and with doubled letters squashed, so a header whose spaces
//    were lost ("UBNDTỈNHPHÚTHỌ") or whose vowels OCR doubled ("TỐỔNG") meets the name it is.

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONES_G = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const VOWELS = 'aăâeêioôơuưy';
// Vowels that carry a quality mark take the tone whatever the syllable's shape.
const MARKED = 'ăâêôơư';

/** The tone mark moved to where the old official style writes it ("uỷ" → "ủy", "hoà" → "hòa"). */
function placeTone(word: string): string {
  const d = word.normalize('NFD');
  const tones = d.match(TONES_G);
  // No tone, or several (words run together): leave it as written.
  if (!tones || tones.length !== 1) return word.normalize('NFC');
  const tone = tones[0]!;
  const base = [...d.replace(TONES_G, '').normalize('NFC')];
  const lowerBase = base.map((c) => c.toLowerCase());
  // "qu" and "gi" before a vowel are consonants: "quý", "già".
  let start = 0;
  while (start < lowerBase.length && !VOWELS.includes(lowerBase[start]!)) start++;
  if (start > 0 && start < lowerBase.length - 1) {
    const prev = lowerBase[start - 1];
    if ((prev === 'q' && lowerBase[start] === 'u') || (prev === 'g' && lowerBase[start] === 'i')) start++;
  }
  let end = start;
  while (end < lowerBase.length && VOWELS.includes(lowerBase[end]!)) end++;
  if (start >= end) return word.normalize('NFC');
  // A second vowel group means several syllables run together ("dântỉnh"): leave it as written.
  for (let i = end; i < lowerBase.length; i++) if (VOWELS.includes(lowerBase[i]!)) return word.normalize('NFC');
  const cluster = lowerBase.slice(start, end);
  let at = -1;
  for (let i = cluster.length - 1; i >= 0; i--) if (MARKED.includes(cluster[i]!)) { at = i; break; }
  if (at < 0) {
    const hasCoda = end < lowerBase.length;
    if (hasCoda || cluster.length === 1) at = cluster.length - 1;
    else if (cluster.length === 2) at = 0;
    else at = 1;
  }
  const i = start + at;
  base[i] = (base[i]! + tone).normalize('NFC');
  return base.join('');
}


/** A bounded memo: the same header and list lines are looked up over and over. */
function memo(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let out = cache.get(s);
    if (out === undefined) {
      out = fn(s);
      if (cache.size > 50_000) cache.clear();
      cache.set(s, out);
    }
    return out;
  };
}

// Words repeat far more than lines: each word is normalised once.
const wordMemo = memo((w) => placeTone(w));
const foldMemo = memo((w) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase());

/** NFC, lower case, one tone placement, punctuation to spaces, single spaces. */
export const lowerForm = memo((text) => {
  const words = text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u);
  let out = '';
  for (const w of words) if (w) out += (out ? ' ' : '') + (/[^a-z0-9]/.test(w) ? wordMemo(w) : w);
  return out;
});

/** Diacritics folded: "sở y tế" → "so y te". */
export const foldForm = memo((text) => {
  let out = '';
  let first = true;
  for (const w of text.split(' ')) {
    out += (first ? '' : ' ') + (/^[a-z0-9]*$/.test(w) ? w : foldMemo(w));
    first = false;
  }
  return out;
});

/** Folded, no spaces, doubled letters squashed: "TỐỔNG CỤC" → "tongcuc". */
export const tightForm = memo((folded) => folded.replace(/[^a-z0-9]/g, '').replace(/([a-z])\1+/g, '$1'));

/** Unfolded tight form: lower form without spaces, for the diacritics-aware distance. */
export function tightLower(lower: string): string {
  return lower.replace(/[^\p{L}\p{N}]/gu, '');
}

/** A stable key part: "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau". */
export function slug(text: string): string {
  return foldForm(lowerForm(text)).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Upper case as headers print it, tone placement kept as given. */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** Whether a string is printed (mostly) in capitals, like a header line. */
export function isCaps(text: string): boolean {
  let letters = 0;
  let caps = 0;
  for (const c of text) {
    const l = c.toLowerCase();
    const u = c.toUpperCase();
    if (l === u) continue;
    letters++;
    if (c === u) caps++;
  }
  return letters > 0 && caps / letters >= 0.7;
}

import { ABBREVIATION_WORDS } from './data/abbreviations.ts';
const GLUED = Object.keys(ABBREVIATION_WORDS).filter((k) => k.length >= 4);

/** Abbreviations read as their words ("ubnd tỉnh" → "ủy ban nhân dân tỉnh"), in a lower form. */
export const expandAbbreviations = memo((lower) => {
  if (!lower) return lower;
  return lower
    .split(' ')
    .map((w) => {
      const f = foldForm(w);
      const whole = ABBREVIATION_WORDS[f];
      if (whole) return whole;
      // Spaces lost after an abbreviation: "ubndtỉnhphúthọ".
      if (w.length >= 8) for (const k of GLUED) if (f.startsWith(k)) return `${ABBREVIATION_WORDS[k]} ${[...w].slice(k.length).join('')}`;
      return w;
    })
    .join(' ');
});
