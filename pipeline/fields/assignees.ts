// Who an obligation falls on: the units named at the head of a clause ("Yêu cầu các Vụ, Cục,
// Tổng cục, Văn phòng Bộ, Thanh tra Bộ Y tế ... nghiên cứu, áp dụng ...", "Giao Sở Giao thông
// vận tải chủ trì ..."), with "các đơn vị" resolved to the Kính gửi list the letter addresses.
// Unit names are capitalised ("Trung tâm Kiểm soát bệnh tật"), the verb that follows them is not:
// the unit phrase ends at the first lower-case action verb.
import { fold } from '../text/fold.ts';

/** Words that start a unit or a person responsible for one (folded). */
const ORG = '(?:so|bo|cuc|vu|tong cuc|van phong|thanh tra|trung tam|benh vien|vien|uy ban|ubnd|phong|ban(?! hanh)|truong|chi cuc|tram|don vi|co quan|thu truong|giam doc|chanh|pho(?! bien)|chu tich|hoi dong|khoa|cong an|bao hiem|doanh nghiep|co so|hoi|doan|dai|nganh|y te|(?:cac|moi) (?:to chuc|ca nhan))';
/** Places that also head a unit ("UBND các huyện, thị xã, thành phố" continues after a comma). */
const PLACE = '(?:huyen|thi xa|thanh pho|xa|phuong|tinh|quan|dia phuong)';
// "mọi" and "môi" fold alike: "Môi trường" is no plural.
const HEAD = new RegExp(`^(?!moi truong)(?:cac |quy |moi )?(?:dong chi |lanh dao )?(?:${ORG}|${PLACE})\\b`);
/** A part of a list that starts a new unit rather than continuing the previous one. */
const NEW_UNIT = new RegExp(`^(?!moi truong)(?:cac |moi )?(?:dong chi |lanh dao )?${ORG}\\b`);

/** Action verbs that end a unit phrase when written in lower case (folded). */
const VERB =
  /^(?:nghien cuu|ap dung|to chuc|xay dung|thuc hien|trien khai|bao cao|gui|chi dao|phoi hop|ra soat|huong dan|chu tri|tham muu|co trach nhiem|chiu trach nhiem|khan truong|tap trung|uu tien|quan triet|kiem tra|danh gia|cung cap|tong hop|theo doi|don doc|cu|lap|hoan thanh|bao dam|dam bao|tiep tuc|nghiem tuc|chuan bi|ban hanh|trinh|de xuat|pho bien|tuyen truyen|giam sat|thong bao|cap nhat|xu ly|tang cuong|quan tam|phai|can|nghiem tuc|dong gop|tham gia|tham du|cu dai dien|xac nhan|dang ky|chuyen|su dung|thi hanh|chap hanh|tiep nhan|bo tri|sap xep|rut kinh nghiem|khac phuc|giao|tham dinh|phe duyet|xem xet|tich cuc|chu dong|tien hanh|la)\b/;
/** Verbs so strong they end the units even when OCR or the typist capitalised them. */
const STRONG_VERB = /^(?:chu tri|phoi hop|co trach nhiem|chiu trach nhiem)\b/;

/** Words before the units that only say "we ask": dropped. */
const DIRECTIVE = /^(?:\s*(?:kinh |tran trong )?(?:de nghi|yeu cau|giao cho|giao|chi dao|dieu dong)\s+)/;

/** Catch-alls that name nobody in particular ("các tổ chức, cá nhân có liên quan"). */
const VAGUE = /^(?:cac |moi )?(?:to chuc|ca nhan|co quan|don vi|dia phuong)(?:,? (?:cac )?(?:to chuc|ca nhan|co quan|don vi))*(?: (?:co )?lien quan)?$/;

/** Generic references to the addressees ("các đơn vị", "Thủ trưởng các cơ quan, đơn vị"). */
const GENERIC = /^(?:cac (?:dong chi )?)?(?:thu truong |lanh dao )?(?:cac |quy )?(?:co quan|don vi)\b/;

export interface UnitPhrase {
  /** The phrase as written, e.g. "các Vụ, Cục, Tổng cục". */
  text: string;
  /** Where it ends in the clause: the action starts here. */
  end: number;
}

/** The unit phrase at `from` in `text` (after an optional "Đề nghị"/"Yêu cầu"/"Giao"), or null. */
export function unitPhraseAt(text: string, from = 0): UnitPhrase | null {
  const folded = fold(text);
  let at = from;
  const directive = DIRECTIVE.exec(folded.slice(at));
  if (directive) at += directive[0].length;
  at += /^\s*/.exec(folded.slice(at))![0].length;
  if (!HEAD.test(folded.slice(at))) return null;
  // Walk word by word to the first lower-case action verb after the first word.
  const wordStart = /\S+/g;
  wordStart.lastIndex = at;
  let end = -1;
  let first = true;
  for (let m = wordStart.exec(text); m; m = wordStart.exec(text)) {
    const lower = /^\p{Ll}/u.test(m[0]);
    if (!first && ((lower && VERB.test(folded.slice(m.index))) || STRONG_VERB.test(folded.slice(m.index))) && !/(?:cac|va|,)\s*$/.test(folded.slice(Math.max(0, m.index - 5), m.index))) {
      end = m.index;
      break;
    }
    if (/[.;:]$/.test(m[0])) return null; // the sentence ended without an action
    first = false;
  }
  if (end < 0) return null;
  const phrase = text.slice(at, end).replace(/[\s,]+$/u, '');
  return phrase ? { text: phrase, end } : null;
}

/** Does the text ask for any action at all ("Công tác ứng phó sự cố" is a heading, not a task)? */
export function mentionsAction(text: string): boolean {
  const folded = fold(text);
  for (const m of text.matchAll(/\S+/g)) if (VERB.test(folded.slice(m.index)) || STRONG_VERB.test(folded.slice(m.index))) return true;
  return false;
}

/** Is the whole text a unit name ("Sở Y tế", "Khoa Phòng, chống bệnh truyền nhiễm"), nothing more? */
export function isUnitName(text: string): boolean {
  const name = text.trim();
  // Followed by a verb, a unit name is read whole; anything else stops the phrase short.
  return unitPhraseAt(`${name} thực hiện`)?.text.length === name.length;
}

/** "các Vụ, Cục, Tổng cục, Văn phòng Bộ, Thanh tra Bộ Y tế và các tổ chức, cá nhân có liên quan" → units. */
export function splitUnits(phrase: string): string[] {
  // Keep the separators: "Sở Giáo dục và Đào tạo" and "Sở Y tế các tỉnh, thành phố" stay whole.
  const pieces = phrase.split(/(\s*[,;]\s*|\s+(?:và|cùng|với)\s+)/u);
  const units: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i]!.trim();
    if (!part) continue;
    if (units.length && !NEW_UNIT.test(fold(part))) units[units.length - 1] += `${pieces[i - 1]}${part}`;
    else units.push(part);
  }
  const named = units.filter((u) => !VAGUE.test(fold(u)));
  return (named.length ? named : units).map(tidyUnit);
}

function tidyUnit(unit: string): string {
  const t = unit.replace(/^(?:các|mọi)\s+(?=\p{Lu})/u, '').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export interface AddresseeContext {
  /** The Kính gửi list. */
  recipients: string[];
  /** What the letter calls them: "(sau đây gọi chung là các đơn vị)" → "cac don vi" (folded). */
  aliases: string[];
}

/** "(sau đây xin gọi chung là các đơn vị)" → ["cac don vi"]. */
export function addresseeAliases(text: string): string[] {
  return [...fold(text).matchAll(/goi (?:chung|tat) la ([^)\n;]+)\)/g)].map((m) => m[1]!.trim().replace(/[.,]$/, ''));
}

/** Units of a phrase, generic references to the addressees replaced by the Kính gửi list. */
export function resolveAssignees(phrase: string, context: AddresseeContext): string[] {
  const folded = fold(phrase).trim();
  const generic = GENERIC.test(folded) || context.aliases.some((a) => folded === a || folded.startsWith(`${a} `));
  if (generic && context.recipients.length) return [...context.recipients];
  return splitUnits(phrase);
}
