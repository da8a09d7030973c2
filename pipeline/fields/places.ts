// Place names of the place-date line ("Hà Nội, ngày ..."), for OCR-tolerant correction: the 63
// provinces and centrally-run cities (before the 2025 mergers, which most archives predate) plus
// their capitals that appear as places in letters.
import { fold } from '../text/fold.ts';

export const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định',
  'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cần Thơ', 'Cao Bằng', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La',
  'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'TP. Hồ Chí Minh',
  'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái', 'Huế', 'Hồ Chí Minh',
] as const;

export const CAPITALS = [
  'Long Xuyên', 'Vũng Tàu', 'Bà Rịa', 'Bắc Kạn', 'Buôn Ma Thuột', 'Gia Nghĩa', 'Biên Hòa', 'Cao Lãnh', 'Pleiku',
  'Phủ Lý', 'Vị Thanh', 'Rạch Giá', 'Đà Lạt', 'Tân An', 'Vinh', 'Phan Rang - Tháp Chàm', 'Việt Trì', 'Tuy Hòa',
  'Đồng Hới', 'Tam Kỳ', 'Hạ Long', 'Đông Hà', 'Mỹ Tho', 'Quy Nhơn', 'Thủ Dầu Một', 'Đồng Xoài', 'Phan Thiết',
  'Điện Biên Phủ', 'Thủ Đức', 'Vĩnh Yên', 'Hà Tiên', 'Long Khánh', 'Thuận An', 'Sơn Tây', 'Ninh Hòa', 'Hà Đông',
  'Bình Minh', 'Sa Đéc', 'Châu Đốc', 'Móng Cái', 'Cẩm Phả', 'Uông Bí', 'Tây Ninh', 'Bảo Lộc', 'Cam Ranh', 'Nha Trang',
] as const;

const KNOWN: readonly string[] = [...PROVINCES, ...CAPITALS];
const BY_FOLDED = new Map<string, string>();
for (const name of KNOWN) if (!BY_FOLDED.has(fold(name))) BY_FOLDED.set(fold(name), name);

/**
 * The known place an OCR reading means when only its diacritics differ ("Quang Ngai" →
 * "Quảng Ngãi"); any other reading is kept: near names are often different real places
 * (Hà Tiên is not Hà Tĩnh).
 */
export function correctPlace(reading: string): string {
  return BY_FOLDED.get(fold(reading).replace(/\s+/g, ' ').trim()) ?? reading;
}

/** "TĨNH QUANG NGAI" → "TỈNH QUẢNG NGÃI": fix a province name inside an uppercase agency line. */
export function correctProvinceInAgency(line: string): string {
  const m = /^(.*?\b)(T[ỈĨIÍÌ]NH|THÀNH PHỐ|TP\.?)\s+(.+)$/u.exec(line);
  if (!m) return line;
  const name = BY_FOLDED.get(fold(m[3]!).replace(/\s+/g, ' ').trim());
  if (!name) return line;
  const word = /^T[ỈĨIÍÌ]NH$/u.test(m[2]!) ? 'TỈNH' : m[2]!;
  return `${m[1]}${word} ${name.toUpperCase()}`;
}

/**
 * The known place whose name is `head` + `tail` ("Hà" + "Nội"), when a wrapped header cell put
 * the place's first word on a line of its own; null when there is none.
 */
export function placeOfTwoLines(head: string, tail: string): string | null {
  const joined = `${head} ${tail}`;
  return BY_FOLDED.get(fold(joined).replace(/\s+/g, ' ').trim()) ?? null;
}
