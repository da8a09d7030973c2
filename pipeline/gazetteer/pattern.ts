// A name the gazetteer does not list but that opens with a head word ("BỆNH VIỆN MẮT",
// "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH"): the printed name is kept, a key is made from it, and only
// what is known inside it is repaired (the head word's and a trailing province's diacritics).
import { headOf, PROVINCE_INDEX, type ProvinceRef, type Variant } from './build.ts';
import { LOCAL_LEVELS } from './data/heads.ts';
import { ABBREVIATIONS, cleanPrinted, type AgencyMatch, type Repair } from './result.ts';
import { expandAbbreviations, foldForm, isCaps, lowerForm, slug, tightForm, upper } from './text.ts';

const LEVELS = LOCAL_LEVELS.map((l) => ({ ...l, words: foldForm(expandAbbreviations(lowerForm(l.name))).split(' ') }))
  .sort((a, b) => b.words.length - a.words.length);
const LOCAL_LEVEL_BEFORE = /\b(huyen|quan|thi xa|xa|phuong|thi tran)$/;

interface Trailing {
  province: ProvinceRef;
  variant: Variant<ProvinceRef>;
  words: number;
}

/** A province named at the end of a unit's name: "… tỉnh Ninh Bình", or exactly "… Đà Nẵng". */
function trailingProvince(lower: string): Trailing | null {
  const words = lower.split(' ');
  for (let k = Math.min(5, words.length - 1); k >= 1; k--) {
    const tail = words.slice(-k);
    const list = PROVINCE_INDEX.get(tightForm(foldForm(tail.join(''))));
    if (!list) continue;
    const before = foldForm(words.slice(0, -k).join(' '));
    const exact = list.find((v) => v.raw === tail.join(' '));
    if (/\b(tinh|thanh pho)$/.test(before)) return { province: list[0]!.item, variant: exact ?? list[0]!, words: k };
    // Without "tỉnh": only a name of two words or more spelt exactly ("Nguyễn Huệ" is no "Huế").
    if (exact && k >= 2 && !LOCAL_LEVEL_BEFORE.test(before)) return { province: exact.item, variant: exact, words: k };
  }
  return null;
}

/** Words [from, to) of the printed name replaced by `text`'s words, in the name's case. */
function respell(words: string[], from: number, to: number, text: string, caps: boolean): void {
  words.splice(from, to - from, ...(caps ? upper(text) : text).split(' '));
}

// Level words, and the kinds of school, after which a proper name follows (a place, a person a
// school is named after); they are written in lower case.
const LEVEL_WORDS = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'trung học phổ thông', 'trung học cơ sở', 'tiểu học',
  'mầm non', 'tỉnh', 'huyện', 'quận', 'xã', 'phường'].map((w) => w.split(' '));

const capital = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);

/**
 * "BỆNH VIỆN ĐA KHOA TỈNH THÁI BÌNH" → "Bệnh viện Đa khoa tỉnh Thái Bình" (the usual official
 * casing: the head, the first word of the proper part, and the names after a level word).
 */
function properName(headName: string, rest: string[]): string {
  const out: string[] = [];
  // After a school's level ("Trường THPT …") the name is a proper name.
  const headEnd = lowerForm(headName).split(' ');
  let names = /^(thpt|thcs)$/.test(headEnd.at(-1)!) || LEVEL_WORDS.some((lw) => lw.length <= headEnd.length && lw.every((w, j) => headEnd[headEnd.length - lw.length + j] === w));
  for (let i = 0; i < rest.length; ) {
    const lowered = rest.slice(i, i + 4).map((w) => w.toLocaleLowerCase('vi'));
    const level = LEVEL_WORDS.find((lw) => lw.every((w, j) => lowered[j] === w));
    if (level) {
      out.push(...level);
      i += level.length;
      names = true;
      continue;
    }
    const w = rest[i]!;
    const l = lowered[0]!;
    if (ABBREVIATIONS.has(l) || !/[aăâeêioôơuưy]/.test(foldForm(l))) {
      out.push(w);
      if (l === 'thpt' || l === 'thcs' || l === 'tp' || l === 'tx') names = true;
    } else out.push(names || i === 0 ? capital(l) : l);
    i++;
  }
  return [headName, ...out].join(' ');
}

/** How many printed words the head takes ("UBND" is one word for four). */
function printedSpan(words: string[], expanded: number): number {
  for (let i = 1; i <= words.length; i++) {
    if (foldForm(expandAbbreviations(lowerForm(words.slice(0, i).join(' ')))).split(' ').length >= expanded) return i;
  }
  return words.length;
}

// Readings that open with a head word but name no body: a title ("Bộ trưởng", "Cục trưởng"), the
// verb "ban hành", pieces of the motto or of a wrapped "Ủy ban nhân dân".
const NOT_A_NAME = /^(ban hanh|hoi chu nghia|ban nhan dan|ban nhan\b|bo chinh tri ban)/;
const TITLE_AFTER_HEAD = /^(truong|pho|tham muu)\b/;
// Running text, not a header: a name in lower case followed by what it does.
const SENTENCE = /\b(thong bao|de nghi|nhan duoc|chu tri|huong dan|tran trong|trien khai|phoi hop|thuc hien|ban hanh|cam on|kinh gui|xin|ngay \d)/;

// A list of bodies, not one: "UBND các huyện: …", "Sở, ban, ngành tỉnh".
const LIST = /^\S+(\s+\S+)?\s*,\s*(ban|ngành|sở|phòng)\b|^(UBND|Ủy ban nhân dân|Sở|Bộ)\s+các\b/iu;

function isName(reading: string, folded: string, headWords: number, caps: boolean, oneWordHead: boolean): boolean {
  const words = folded.split(' ');
  const rest = words.slice(headWords).join(' ');
  if (NOT_A_NAME.test(folded) || TITLE_AFTER_HEAD.test(rest) || LIST.test(reading)) return false;
  if (oneWordHead && rest === '') return false;
  return caps || (words.length <= 14 && !SENTENCE.test(rest));
}

export function patternMatch(reading: string, parent: AgencyMatch | null): AgencyMatch | null {
  const head = headOf(reading);
  if (!head) return null;
  const folded = foldForm(expandAbbreviations(lowerForm(reading)));
  if (!isName(cleanPrinted(reading), folded, head.words, isCaps(reading), head.head.name.split(' ').length === 1)) return null;
  const printedWords = cleanPrinted(reading).split(' ');
  const caps = isCaps(reading);
  const raw = lowerForm(reading);
  const lower = expandAbbreviations(raw);
  const stem = head.head.stem ?? slug(head.head.name);
  let province = parent?.province ?? null;
  let repair: Repair = 'none';
  let properTail: Trailing | null = null;
  // Words of the printed name and of its lower form line up when no punctuation splits a word.
  const aligned = raw.split(' ').length === printedWords.length;
  const headWords = head.head.name.split(' ');
  // Only a head of two words or more is respelt: one-word heads collide with other words.
  if (aligned && raw === lower && head.words === headWords.length && headWords.length >= 2) {
    const read = raw.split(' ').slice(0, head.words).join(' ');
    const canonical = lowerForm(head.head.name);
    if (read !== canonical && foldForm(read) === foldForm(canonical)) {
      respell(printedWords, 0, head.words, head.head.name, caps);
      repair = 'diacritics';
    }
  }
  let key: string;
  const rest = foldForm(lower).split(' ').slice(head.words);
  const level = head.head.kind === 'ubnd' || head.head.kind === 'hdnd'
    ? LEVELS.find((l) => l.words.every((w, i) => rest[i] === w))
    : undefined;
  let levelName: string | null = null;
  if (level && rest.length > level.words.length) {
    // "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH": UBND of a district or commune.
    const name = rest.slice(level.words.length).join('-');
    key = `${stem}:${level.level}:${name}${province ? `:${province.key}` : ''}`;
    const place = lower.split(' ').slice(head.words + level.words.length).map(capital).join(' ');
    levelName = `${head.head.kind === 'ubnd' ? 'Ủy ban nhân dân' : 'Hội đồng nhân dân'} ${level.name === 'TP' ? 'thành phố' : level.name} ${place}`;
  } else {
    const trailing = trailingProvince(raw);
    if (trailing) {
      properTail = trailing;
      province ??= trailing.province;
      if (aligned && trailing.variant.raw !== raw.split(' ').slice(-trailing.words).join(' ')) {
        respell(printedWords, printedWords.length - trailing.words, printedWords.length, trailing.variant.text, caps);
        repair = 'diacritics';
      }
    }
    key = `${parent ? `${parent.key}/` : ''}${slug(printedWords.join(' '))}`;
  }
  const printed = printedWords.join(' ');
  let name = printed;
  if (levelName) name = levelName;
  else if (caps) {
    const words = properName(head.head.name, printedWords.slice(printedSpan(printedWords, head.words))).split(' ');
    if (properTail && properTail.words < words.length) words.splice(-properTail.words, properTail.words, ...properTail.variant.text.split(' '));
    name = words.join(' ');
  }
  const score = repair === 'none' ? 0.6 : 0.55;
  return { printed, name, key, kind: head.head.kind, province, known: false, repair, repaired: repair !== 'none', score, parent };
}
