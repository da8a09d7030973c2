// Nơi nhận báo cáo: the unit a result is sent to ("gửi về Trung tâm Thông tin y tế Quốc gia để
// tổng hợp", "gửi báo cáo về Bộ Y tế (qua Vụ Kế hoạch - Tài chính)"). "gửi về Cục" without a name
// means the issuing Cục itself.
import { fold } from '../text/fold.ts';

const SEND = /(?:gui|nop|chuyen)\s+(?:(?:bao cao|ket qua|van ban|y kien|de xuat|danh sach|ho so|file mem)[^,;.]*?\s+)?(?:ve|cho|den|toi)\s+/g;
// Lower-case words that end the unit's name, matched on the original text: folded, "tại" would
// also stop "Sở Tài nguyên"; "và" ends it only before lower case ("Sở Tài nguyên và Môi trường").
const STOP = /\s+(?:để|trước|chậm nhất|trong|theo|qua|trên|đồng thời|tại|bằng|không)(?=\s|$)|\s+(?:và|hoặc)(?=\s+\p{Ll})|\s*[(,;.:]/u;

export function reportTo(text: string, issuer: string[]): string | null {
  const folded = fold(text);
  for (const m of folded.matchAll(SEND)) {
    const from = m.index! + m[0].length;
    if (!/^\p{Lu}/u.test(text.slice(from))) continue;
    const stop = text.slice(from).search(STOP);
    const unit = text.slice(from, stop >= 0 ? from + stop : undefined).trim();
    if (!unit) continue;
    return /^\p{Lu}\p{Ll}*$/u.test(unit) ? (ownAgency(unit, issuer) ?? unit) : unit;
  }
  return null;
}

/** "Cục" → the issuer's "CỤC CÔNG NGHỆ THÔNG TIN" when the letter comes from a Cục. */
function ownAgency(word: string, issuer: string[]): string | null {
  const agency = issuer.at(-1);
  return agency && fold(agency).startsWith(`${fold(word)} `) ? agency : null;
}
