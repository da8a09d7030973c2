// Provinces and centrally-run cities of Việt Nam, before and after the 2025 reorganisation.
// Source: the 63 units in force from 2008 to 30 June 2025 (Nghị quyết 15/2008/QH12 and later
// resolutions; Hậu Giang 2004, Điện Biên/Lai Châu 2003, Đắk Nông 2003), and the 34 units of
// Nghị quyết 202/2025/QH15 (in force 12 June 2025; authorities from 1 July 2025): 11 kept as
// they were, 23 formed by merging, each keeping one old name. Huế became a centrally-run city
// on 1 January 2025 (Nghị quyết 1314/NQ-UBTVQH15), replacing Thừa Thiên Huế. Written from
// those public acts; see pipeline/gazetteer/SOURCES.md.

export type ProvinceLevel = 'tinh' | 'thanh-pho';

export interface ProvinceData {
  /** Name as written after "tỉnh" / "thành phố": "Hà Tĩnh", "Hồ Chí Minh". */
  name: string;
  level: ProvinceLevel;
  /** In the 63 before 1 July 2025. */
  before: boolean;
  /** In the 34 after. */
  after: boolean;
  /** For an old unit merged away: the name of the unit it is part of now. */
  mergedInto?: string;
  /** Other spellings and short forms seen in letters ("Huế", "HCM", "BR-VT"). */
  aliases?: string[];
  /** The capital (tỉnh lỵ) of the old unit, often the place of its letters. */
  capital?: string;
}

// 23 merged units of Nghị quyết 202/2025/QH15: new name ← the old units merged into it.
export const MERGERS_2025: Record<string, string[]> = {
  'Tuyên Quang': ['Tuyên Quang', 'Hà Giang'],
  'Lào Cai': ['Lào Cai', 'Yên Bái'],
  'Thái Nguyên': ['Thái Nguyên', 'Bắc Kạn'],
  'Phú Thọ': ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'],
  'Bắc Ninh': ['Bắc Ninh', 'Bắc Giang'],
  'Hưng Yên': ['Hưng Yên', 'Thái Bình'],
  'Hải Phòng': ['Hải Phòng', 'Hải Dương'],
  'Ninh Bình': ['Ninh Bình', 'Hà Nam', 'Nam Định'],
  'Quảng Trị': ['Quảng Trị', 'Quảng Bình'],
  'Đà Nẵng': ['Đà Nẵng', 'Quảng Nam'],
  'Quảng Ngãi': ['Quảng Ngãi', 'Kon Tum'],
  'Gia Lai': ['Gia Lai', 'Bình Định'],
  'Khánh Hòa': ['Khánh Hòa', 'Ninh Thuận'],
  'Lâm Đồng': ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'],
  'Đắk Lắk': ['Đắk Lắk', 'Phú Yên'],
  'Hồ Chí Minh': ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'],
  'Đồng Nai': ['Đồng Nai', 'Bình Phước'],
  'Tây Ninh': ['Tây Ninh', 'Long An'],
  'Cần Thơ': ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'],
  'Vĩnh Long': ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'],
  'Đồng Tháp': ['Đồng Tháp', 'Tiền Giang'],
  'Cà Mau': ['Cà Mau', 'Bạc Liêu'],
  'An Giang': ['An Giang', 'Kiên Giang'],
};

// The 11 units Nghị quyết 202/2025/QH15 left as they were.
export const UNCHANGED_2025 = [
  'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An',
  'Hà Tĩnh', 'Cao Bằng',
];

const CITIES_AFTER = new Set(['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']);
const CITIES_BEFORE = new Set(['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']);

// The 63 units before 1 July 2025, with their capitals.
const OLD_CAPITALS: Record<string, string> = {
  'An Giang': 'Long Xuyên', 'Bà Rịa - Vũng Tàu': 'Bà Rịa', 'Bắc Giang': 'Bắc Giang', 'Bắc Kạn': 'Bắc Kạn',
  'Bạc Liêu': 'Bạc Liêu', 'Bắc Ninh': 'Bắc Ninh', 'Bến Tre': 'Bến Tre', 'Bình Định': 'Quy Nhơn',
  'Bình Dương': 'Thủ Dầu Một', 'Bình Phước': 'Đồng Xoài', 'Bình Thuận': 'Phan Thiết', 'Cà Mau': 'Cà Mau',
  'Cần Thơ': 'Ninh Kiều', 'Cao Bằng': 'Cao Bằng', 'Đà Nẵng': 'Hải Châu', 'Đắk Lắk': 'Buôn Ma Thuột',
  'Đắk Nông': 'Gia Nghĩa', 'Điện Biên': 'Điện Biên Phủ', 'Đồng Nai': 'Biên Hòa', 'Đồng Tháp': 'Cao Lãnh',
  'Gia Lai': 'Pleiku', 'Hà Giang': 'Hà Giang', 'Hà Nam': 'Phủ Lý', 'Hà Nội': 'Hoàn Kiếm', 'Hà Tĩnh': 'Hà Tĩnh',
  'Hải Dương': 'Hải Dương', 'Hải Phòng': 'Hồng Bàng', 'Hậu Giang': 'Vị Thanh', 'Hòa Bình': 'Hòa Bình',
  'Hưng Yên': 'Hưng Yên', 'Khánh Hòa': 'Nha Trang', 'Kiên Giang': 'Rạch Giá', 'Kon Tum': 'Kon Tum',
  'Lai Châu': 'Lai Châu', 'Lâm Đồng': 'Đà Lạt', 'Lạng Sơn': 'Lạng Sơn', 'Lào Cai': 'Lào Cai', 'Long An': 'Tân An',
  'Nam Định': 'Nam Định', 'Nghệ An': 'Vinh', 'Ninh Bình': 'Ninh Bình', 'Ninh Thuận': 'Phan Rang - Tháp Chàm',
  'Phú Thọ': 'Việt Trì', 'Phú Yên': 'Tuy Hòa', 'Quảng Bình': 'Đồng Hới', 'Quảng Nam': 'Tam Kỳ',
  'Quảng Ngãi': 'Quảng Ngãi', 'Quảng Ninh': 'Hạ Long', 'Quảng Trị': 'Đông Hà', 'Sóc Trăng': 'Sóc Trăng',
  'Sơn La': 'Sơn La', 'Tây Ninh': 'Tây Ninh', 'Thái Bình': 'Thái Bình', 'Thái Nguyên': 'Thái Nguyên',
  'Thanh Hóa': 'Thanh Hóa', 'Thừa Thiên Huế': 'Huế', 'Tiền Giang': 'Mỹ Tho', 'Hồ Chí Minh': 'Quận 1',
  'Trà Vinh': 'Trà Vinh', 'Tuyên Quang': 'Tuyên Quang', 'Vĩnh Long': 'Vĩnh Long', 'Vĩnh Phúc': 'Vĩnh Yên',
  'Yên Bái': 'Yên Bái',
};

const ALIASES: Record<string, string[]> = {
  'Hồ Chí Minh': ['HCM', 'TPHCM', 'Sài Gòn'],
  'Bà Rịa - Vũng Tàu': ['Bà Rịa Vũng Tàu', 'BR-VT', 'BRVT'],
  'Thừa Thiên Huế': ['Thừa Thiên - Huế', 'TT Huế', 'TT-Huế'],
  'Hà Nội': ['HN'],
  'Đắk Lắk': ['Đăk Lăk', 'Đắc Lắc', 'Daklak'],
  'Đắk Nông': ['Đăk Nông', 'Đắc Nông'],
  'Bắc Kạn': ['Bắc Cạn'],
  'Kon Tum': ['Kontum'],
};

function build(): ProvinceData[] {
  const out: ProvinceData[] = [];
  const afterNames = new Set([...UNCHANGED_2025, ...Object.keys(MERGERS_2025)]);
  const mergedInto = new Map<string, string>();
  for (const [to, from] of Object.entries(MERGERS_2025)) for (const f of from) if (f !== to) mergedInto.set(f, to);
  mergedInto.set('Thừa Thiên Huế', 'Huế');
  for (const [name, capital] of Object.entries(OLD_CAPITALS)) {
    out.push({
      name,
      level: CITIES_BEFORE.has(name) ? 'thanh-pho' : 'tinh',
      before: true,
      after: afterNames.has(name),
      ...(mergedInto.has(name) ? { mergedInto: mergedInto.get(name)! } : {}),
      ...(ALIASES[name] ? { aliases: ALIASES[name] } : {}),
      capital,
    });
  }
  // Huế: a city under Thừa Thiên Huế until 2025, a centrally-run city since.
  out.push({ name: 'Huế', level: 'thanh-pho', before: false, after: true });
  for (const p of out) if (p.after && CITIES_AFTER.has(p.name)) p.level = 'thanh-pho';
  return out;
}

export const PROVINCES: readonly ProvinceData[] = build();
