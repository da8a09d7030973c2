// OCR repair with a Vietnamese syllable lexicon. Every Vietnamese word is one syllable from a
// closed set of about 6,600 in use; the OCR model often misplaces a diacritic ("đựợc", "nhiêm")
// and so writes a syllable that does not exist. Such a word is replaced by the one valid syllable
// nearest to it, only when there is exactly one at the smallest distance; otherwise it is left.
// The lexicon is Debian's hunspell-vi word list (/usr/share/hunspell/vi_VN.dic), read at start
// and never shipped here; without it the repair is off.
import { readFileSync } from 'node:fs';
import { distance } from 'fastest-levenshtein';
import { CAPITALS, PROVINCES } from '../fields/places.ts';
import { fold } from '../text/fold.ts';

export const HUNSPELL_VI = '/usr/share/hunspell/vi_VN.dic';

// Old and new tone placement are both correct ("hoà"/"hòa", "thuỷ"/"thủy"): compare in one style.
const OLD_STYLE: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa', oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
// Only at the end of a syllable ("hoà" → "hòa", never "hoàng"), and "qu" is an onset ("quý" stays).
const modernTone = (w: string) => w.replace(/(?:o[àáảãạèéẻẽẹ]|(?<!q)u[ỳýỷỹỵ])(?!\p{L})/gu, (m) => OLD_STYLE[m] ?? m);

export interface SyllableLexicon {
  has(syllable: string): boolean;
  /** Syllables of the same length ± 1 sharing the first folded letter, the only ones within one edit that matter here. */
  near(syllable: string): readonly string[];
}

export function lexiconFrom(words: Iterable<string>): SyllableLexicon {
  const all = new Set<string>();
  const buckets = new Map<string, string[]>();
  for (const raw of words) {
    const w = modernTone(raw.normalize('NFC').trim().toLowerCase());
    if (!/^\p{Ll}+$/u.test(w) || all.has(w)) continue;
    all.add(w);
    const key = `${fold(w[0]!)}${[...w].length}`;
    buckets.set(key, [...(buckets.get(key) ?? []), w]);
  }
  return {
    has: (s) => all.has(modernTone(s)),
    near: (s) => {
      const first = fold(s[0] ?? '');
      const n = [...s].length;
      return [n - 1, n, n + 1].flatMap((k) => buckets.get(`${first}${k}`) ?? []);
    },
  };
}

let systemLexicon: SyllableLexicon | null | undefined;

/** Debian's hunspell-vi list, or null when the package is not installed. */
export function hunspellLexicon(file = HUNSPELL_VI): SyllableLexicon | null {
  if (systemLexicon !== undefined && file === HUNSPELL_VI) return systemLexicon;
  let lexicon: SyllableLexicon | null;
  try {
    // The first line is the entry count; hunspell flags follow a slash.
    const lines = readFileSync(file, 'utf8').split('\n').slice(1);
    // Place names of the provinces and their capitals are syllables too ("Đắk Lắk").
    const places = [...PROVINCES, ...CAPITALS].flatMap((p) => p.split(/\s+/));
    lexicon = lexiconFrom([...lines.map((l) => l.split('/')[0]!), ...places]);
  } catch {
    lexicon = null;
  }
  if (file === HUNSPELL_VI) systemLexicon = lexicon;
  return lexicon;
}

const isUpper = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();
const NON_ASCII_LETTER = /[^\x00-\x7F]/u;

/** Letters differing position by position, for words of one length (diacritics only, mostly). */
function markDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length) return Infinity;
  return x.reduce((n, c, i) => n + (c === y[i] ? 0 : 1), 0);
}

/** The one valid syllable nearest to `word` (lower case), or null when none or several tie. */
export function nearestSyllable(word: string, lexicon: SyllableLexicon): string | null {
  const candidates = lexicon.near(word);
  // First the same letters with other diacritics (the usual OCR slip), then one letter misread
  // (a substitution: a dropped or added letter changes the word too much to guess).
  const sameFold = candidates.filter((c) => fold(c) === fold(word));
  const pick = (scored: [string, number][]): string | null => {
    const best = Math.min(...scored.map(([, d]) => d));
    const at = scored.filter(([, d]) => d === best);
    return best <= 1 && at.length === 1 ? at[0]![0] : null;
  };
  if (sameFold.length) return pick(sameFold.map((c) => [c, markDistance(c, word)]));
  const n = [...word].length;
  return pick(candidates.filter((c) => [...c].length === n).map((c) => [c, distance(c, word)]));
}

function withCaseOf(seen: string, right: string): string {
  if (isUpper(seen) && [...seen].length > 1) return right.toUpperCase();
  const first = seen[0] ?? '';
  return (first === first.toUpperCase() ? right[0]!.toUpperCase() : right[0]!) + right.slice(1);
}

/** A word worth checking: letters only, with a Vietnamese letter, lower, Title or CAPS. */
function checkable(core: string): boolean {
  if (!/^\p{L}{2,7}$/u.test(core) || !NON_ASCII_LETTER.test(core)) return false;
  // Mixed case ("ViÖt") is not a word OCR of print writes; acronyms ("BGDĐT", "HĐND") are not syllables.
  if (/\p{Ll}\p{Lu}/u.test(core)) return false;
  if (isUpper(core) && !/[^\x00-\x7FĐđ]/u.test(core)) return false;
  return true;
}

/** Repair the non-syllables of one OCR line. */
export function repairSyllables(line: string, lexicon: SyllableLexicon | null = hunspellLexicon()): string {
  if (!lexicon) return line;
  return line.replace(/\p{L}+/gu, (core, offset: number, whole: string) => {
    // A letter run inside a token with digits or slashes ("12/QĐ-UBND", "V/v") is a code, not a word.
    const before = whole[offset - 1] ?? ' ';
    const after = whole[offset + core.length] ?? ' ';
    if (/[\p{N}/&_@.]/u.test(before) || /[\p{N}/&_@]/u.test(after)) return core;
    if (!checkable(core)) return core;
    const lower = core.toLowerCase();
    if (lexicon.has(lower)) return core;
    const right = nearestSyllable(lower, lexicon);
    return right ? withCaseOf(core, right) : core;
  });
}
