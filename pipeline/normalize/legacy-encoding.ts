// Repair text written in legacy 8-bit Vietnamese font encodings (TCVN3/ABC, VNI-Windows).
// Input is the Windows-1252/Latin-1 reading of the legacy bytes (what PDF/DOCX extraction yields).
//
// Tables (code point of each legacy byte, read as Latin-1 -> Vietnamese letter) were written from and
// cross-checked against:
//   - TCVN 5712:1993 as implemented by GNU libiconv `lib/tcvn.h` (bytes 0xA1-0xFE, lowercase + Ă Â Ê Ô Ơ Ư Đ);
//   - UniKey's VnConv tables `ukengine/data.cpp` (Pham Kim Long; copy in vn-input/ibus-unikey): "TCVN3"
//     (ABC) and "VNI-WIN" (base letter + mark byte);
//   - xvnkb `vni.h` (Dao Hai Lam) for VNI-Windows.
//
// TCVN3 choice: the ABC/VN3 charset has no code points for uppercase vowels with a tone (and TCVN3 fonts
// never used VN1's 0x80-0x9F / control-code positions, which Windows-1252 turns into quotes, euro, ...).
// Documents printed those letters with the uppercase ".VnTimeH" fonts, which draw the LOWERCASE code
// points as capitals, and UniKey encodes e.g. "Ấ" with the same byte as "ấ". So every toned vowel maps to
// its lowercase letter, then a case heuristic runs: a word whose letters are all capitals (>= 2 of them,
// or 0-1 of them between capital words, e.g. "X·" in "HOµ X· HéI") is uppercased. Text typed in lowercase
// in a .VnTimeH font cannot be told apart from .VnTime text; callers that know the font may uppercase.
// TCVN 5712 VN1-only positions (0xB0-0xB4 combining tones, 0xC0-0xC5 ...) are NOT mapped: 0xB0 is "°".

export type LegacyEncoding = 'tcvn3' | 'vni';

const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323']; // sắc, huyền, hỏi, ngã, nặng
const CIRC = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031B';
// The 12 vowel bases in the order of the TCVN3 table rows below.
const VOWELS = ['a', 'a' + CIRC, 'a' + BREVE, 'e', 'e' + CIRC, 'i', 'o', 'o' + CIRC, 'o' + HORN, 'u', 'u' + HORN, 'y'];
// TCVN3 byte (as Latin-1) for each vowel x tone, tones in TONES order.
const TCVN3_TONED = '¸µ¶·¹ ÊÇÈÉË ¾»¼½Æ ÐÌÎÏÑ ÕÒÓÔÖ Ý×ØÜÞ ãßáâä èåæçé íêëìî óïñòô øõö÷ù ýúûüþ'.split(' ');
// TCVN3 untoned letters: pairs of (legacy char, letter). 0xAD (soft hyphen) is "ư".
const TCVN3_PLAIN = '¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ¨ă©âªê«ô¬ơ\u00ADư®đ';

const TCVN3 = new Map<string, string>();
VOWELS.forEach((v, i) =>
  [...(TCVN3_TONED[i] ?? '')].forEach((c, t) => TCVN3.set(c, (v + TONES[t]).normalize('NFC'))),
);
for (let i = 0; i < TCVN3_PLAIN.length; i += 2) TCVN3.set(TCVN3_PLAIN[i]!, TCVN3_PLAIN[i + 1]!);

// VNI-Windows: a base letter followed by mark bytes (lowercase shown; uppercase = Latin-1 uppercase).
// Index 0 of CIRC/BREVE rows is the bare modifier, 1..5 add a tone in TONES order.
const VNI_TONE = 'ùøûõï';
const VNI_CIRC = 'âáàåãä';
const VNI_BREVE = 'êéèúüë';
// Standalone letters: ô=ơ, ö=ư (both also take tone marks), ñ=đ, and the i/ỵ letters.
const VNI_SINGLE: Record<string, string> = { ñ: 'đ', í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };
const VNI_HORN_BASE: Record<string, string> = { ô: 'o' + HORN, ö: 'u' + HORN };

type Mark = { mod: string; tone: string };
function vniMark(ch: string): Mark | null {
  const c = ch.toLowerCase();
  let k = VNI_TONE.indexOf(c);
  if (k >= 0) return { mod: '', tone: TONES[k]! };
  k = VNI_CIRC.indexOf(c);
  if (k >= 0) return { mod: CIRC, tone: k ? TONES[k - 1]! : '' };
  k = VNI_BREVE.indexOf(c);
  if (k >= 0) return { mod: BREVE, tone: k ? TONES[k - 1]! : '' };
  return null;
}

function decodeVni(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lc = ch.toLowerCase();
    const upper = ch !== lc;
    const single = VNI_SINGLE[lc];
    if (single !== undefined) {
      out += upper ? single.toUpperCase() : single;
      continue;
    }
    const base = 'aeiouy'.includes(lc) ? lc : VNI_HORN_BASE[lc];
    if (base === undefined) {
      out += ch;
      continue;
    }
    // Up to two mark bytes, in either order (e.g. "aâù" and "aùâ" both give "ấ").
    let mod = '';
    let tone = '';
    while (i + 1 < chars.length) {
      const m = vniMark(chars[i + 1]!);
      if (!m || (m.mod && (mod || !(m.mod === CIRC ? 'aeo' : 'a').includes(base))) || (m.tone && tone)) break;
      mod ||= m.mod;
      tone ||= m.tone;
      i++;
    }
    const letter = (base + mod + tone).normalize('NFC');
    out += upper ? letter.toUpperCase() : letter;
  }
  return out;
}

// Word tokens: ASCII letters, every Latin-1 char from 0xA1 (TCVN3 uses ·, ×, ÷, soft hyphen... as
// letters), Latin Extended, combining marks and Latin Extended Additional (Vietnamese Unicode).
const TOKEN_RE = /[A-Za-z\u00A1-\u024F\u0300-\u036F\u1E00-\u1EFF]+/g;
const UNICODE_VI_RE = /[\u0100-\u024F\u0300-\u036F\u1E00-\u1EFF]/; // never produced by 8-bit legacy text
const HSPACE_RE = /^[ \t\u00A0]+$/;

function decodeTcvn3(text: string): string {
  const toks = [...text.matchAll(TOKEN_RE)];
  const cased = toks.map((m) => ({
    upper: (m[0].match(/[A-Z\u00A1-\u00A7]/g) ?? []).length,
    lower: (m[0].match(/[a-z]/g) ?? []).length,
  }));
  const caps = (j: number) => cased[j]!.lower === 0 && cased[j]!.upper >= 2;
  const adjacent = (a: number, b: number) =>
    HSPACE_RE.test(text.slice(toks[a]!.index + toks[a]![0].length, toks[b]!.index));
  let out = '';
  let pos = 0;
  toks.forEach((m, j) => {
    out += text.slice(pos, m.index);
    pos = m.index + m[0].length;
    let word = [...m[0]].map((c) => TCVN3.get(c) ?? c).join('');
    if (cased[j]!.lower === 0 && /[^\x00-\x7F]/.test(m[0])) {
      const near = [j - 1, j + 1].filter((k) => k >= 0 && k < toks.length && adjacent(Math.min(j, k), Math.max(j, k)));
      if (caps(j) || (near.length > 0 && near.every(caps))) word = word.toUpperCase();
    }
    out += word;
  });
  return out + text.slice(pos);
}

/** Convert legacy-encoded text to NFC Unicode. Characters outside the encoding's table are kept. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return (encoding === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text)).normalize('NFC');
}

// ---------------------------------------------------------------------------------------------------
// Detection: decode every non-ASCII word with each encoding and check whether it becomes a valid
// Vietnamese syllable. Legacy text: most such words are invalid as read and valid once decoded.
// Correct Unicode text: words are valid as read (decoding can only break them) and contain letters
// above U+00FF (ạ, ư, đ...) that 8-bit legacy text cannot contain.

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?';
const CLOSED = '(?:uyê|[aăâeêioôơuư]|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|oo)(?:ch|nh|ng|[cmnpt])';
const OPEN =
  '(?:iêu|yêu|uôi|ươi|ươu|oai|oay|oao|oeo|uây|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|ưa|ua|' +
  'oa|oe|uê|uy|uơ|ya|[aeêioôơuưy])';
const SYLLABLE_RE = new RegExp(`^${ONSET}(?:${CLOSED}|${OPEN})$`);
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** True when `word` is a well-formed Vietnamese syllable (one tone; stop codas take sắc/nặng only). */
export function isVietnameseSyllable(word: string): boolean {
  if (/\p{Ll}\p{Lu}/u.test(word)) return false; // "chÝnh", "ViÖt": real words are lower, Title or CAPS
  const d = word.toLowerCase().normalize('NFD');
  const tones = d.match(TONE_RE) ?? [];
  if (tones.length > 1) return false;
  const base = d.replace(TONE_RE, '').normalize('NFC');
  if (!SYLLABLE_RE.test(base)) return false;
  return !/(?:c|ch|p|t)$/.test(base) || tones[0] === '\u0301' || tones[0] === '\u0323';
}

interface Evidence {
  words: number; // all word tokens
  unicode: number; // words with Vietnamese Unicode letters (> U+00FF): evidence of correct text
  improved: number; // invalid as read, valid syllable once decoded
  types: number; // distinct improved words
  worsened: number; // valid as read, invalid once decoded
  junk: number; // changed by decoding but invalid both ways
  neutral: number; // changed, valid both ways
}

function evidence(text: string, enc: LegacyEncoding): Evidence {
  const e: Evidence = { words: 0, unicode: 0, improved: 0, types: 0, worsened: 0, junk: 0, neutral: 0 };
  const seen = new Set<string>();
  for (const [w] of text.matchAll(TOKEN_RE)) {
    e.words++;
    if (UNICODE_VI_RE.test(w)) {
      e.unicode++;
      continue;
    }
    if (!/[^\x00-\x7F]/.test(w)) continue;
    let dec = enc === 'tcvn3' ? [...w].map((c) => TCVN3.get(c) ?? c).join('') : decodeVni(w);
    if (dec === w) continue;
    if (!/[a-z]/.test(w)) dec = dec.toUpperCase(); // TCVN3 toned vowels have no case: "CéNG" = "CỘNG"
    const before = isVietnameseSyllable(w);
    const after = isVietnameseSyllable(dec);
    if (!before && after) {
      e.improved++;
      // single-letter words ("ë" = ở) count, but not as a distinct type: "×", "µ" are also symbols
      if ([...dec].length > 1) seen.add(dec.toLowerCase());
    } else if (before && !after) e.worsened++;
    else if (after) e.neutral++;
    else e.junk++;
  }
  e.types = seen.size;
  return e;
}

const ENCODINGS: LegacyEncoding[] = ['tcvn3', 'vni'];

function strongScore(e: Evidence): number {
  const ok =
    e.types >= 2 &&
    e.improved >= 2 * (e.worsened + e.junk) &&
    e.improved >= 0.2 * e.words &&
    e.improved > e.unicode;
  return ok ? e.improved - e.worsened - e.junk : -Infinity;
}

/**
 * Detect TCVN3 / VNI mojibake. Returns null for correct Unicode, plain ASCII, English, numbers, and for
 * text with only stray legacy-looking characters (µ, Ö, ×...): at least two distinct words must turn
 * into valid Vietnamese syllables, outnumbering words that stay or become invalid 2:1.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  let best: LegacyEncoding | null = null;
  let bestScore = -Infinity;
  for (const enc of ENCODINGS) {
    const s = strongScore(evidence(text, enc));
    if (s > bestScore) [best, bestScore] = [enc, s];
  }
  return bestScore > 0 ? best : null;
}

function convertLine(line: string, enc: LegacyEncoding, ev: Evidence): string {
  if (ev.unicode === 0) return convertLegacy(line, enc);
  // Mixed line (legacy run next to Unicode text): convert only the words that decoding repairs.
  return line.replace(TOKEN_RE, (w) => {
    if (UNICODE_VI_RE.test(w) || isVietnameseSyllable(w)) return w;
    const dec = convertLegacy(w, enc);
    return isVietnameseSyllable(dec) ? dec : w;
  });
}

/**
 * Detect and convert, line by line: lines detected as legacy on their own are converted; short lines
 * with weaker evidence ("Sè: 12/UBND-VX") are converted with the document's dominant legacy encoding;
 * Unicode lines are left alone. `encoding` is the encoding of most converted lines, or null.
 */
export function fixLegacyEncoding(text: string): { text: string; encoding: LegacyEncoding | null } {
  const parts = text.split(/(\r\n|\n|\r)/);
  const strong = parts.map((p, i) => (i % 2 === 0 ? detectLegacyEncoding(p) : null));
  const votes = { tcvn3: 0, vni: 0 };
  for (const s of strong) if (s) votes[s]++;
  // A single line (the common call) was just judged on its own: judging it again as a whole is moot.
  const prior: LegacyEncoding | null =
    votes.tcvn3 || votes.vni ? (votes.tcvn3 >= votes.vni ? 'tcvn3' : 'vni') : parts.length === 1 ? null : detectLegacyEncoding(text);
  if (!prior) return { text, encoding: null };
  const docPure = !UNICODE_VI_RE.test(text);
  const nearLegacy = (i: number, step: number): boolean => {
    for (let j = i + step; j >= 0 && j < parts.length; j += step) if (parts[j]!.trim()) return strong[j] === prior;
    return false;
  };
  const done = { tcvn3: 0, vni: 0 };
  const out = parts.map((p, i) => {
    if (i % 2 === 1) return p;
    let enc = strong[i] ?? null;
    if (!enc) {
      const ev = evidence(p, prior);
      const weak = ev.improved >= 1 && ev.worsened === 0 && ev.junk <= ev.improved;
      // Lines whose words read as valid either way ("Sè" = "sè"/"số") follow the document when it
      // has no Unicode Vietnamese at all, or when the nearest non-blank line is legacy.
      const pureNeutral =
        ev.neutral >= 1 && ev.worsened === 0 && ev.junk === 0 && ev.unicode === 0 &&
        (docPure || nearLegacy(i, -2) || nearLegacy(i, 2));
      if (weak || pureNeutral) enc = prior;
    }
    if (!enc) return p;
    done[enc]++;
    return convertLine(p, enc, evidence(p, enc));
  });
  const encoding = done.tcvn3 || done.vni ? (done.tcvn3 >= done.vni ? 'tcvn3' : 'vni') : null;
  return { text: encoding ? out.join('') : text, encoding };
}
