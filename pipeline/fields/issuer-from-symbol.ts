// When the agency lines are missing (lost in copying, or unreadable), the symbol's issuer code
// still names the agency: "3323/BYT-CNTT" → BỘ Y TẾ. Only unambiguous central codes are listed.
export const ISSUER_CODES: Record<string, string> = {
  BYT: 'BỘ Y TẾ', BTC: 'BỘ TÀI CHÍNH', BNV: 'BỘ NỘI VỤ', BCA: 'BỘ CÔNG AN', BQP: 'BỘ QUỐC PHÒNG',
  BGDĐT: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO', BTNMT: 'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', BTTTT: 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG',
  BKHĐT: 'BỘ KẾ HOẠCH VÀ ĐẦU TƯ', BLĐTBXH: 'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
  BNNPTNT: 'BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', BCT: 'BỘ CÔNG THƯƠNG', BXD: 'BỘ XÂY DỰNG',
  BGTVT: 'BỘ GIAO THÔNG VẬN TẢI', BTP: 'BỘ TƯ PHÁP', BVHTTDL: 'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  BKHCN: 'BỘ KHOA HỌC VÀ CÔNG NGHỆ', BNG: 'BỘ NGOẠI GIAO', VPCP: 'VĂN PHÒNG CHÍNH PHỦ', BHXH: 'BẢO HIỂM XÃ HỘI VIỆT NAM',
  TCT: 'TỔNG CỤC THUẾ',
};

/** The agency a number's issuer code names, or null: "3323/BYT-CNTT" → "BỘ Y TẾ". */
export function issuerFromNumber(number: string | null): string | null {
  const symbol = number?.split('/').at(-1);
  if (!symbol) return null;
  for (const code of symbol.split('-')) if (ISSUER_CODES[code]) return ISSUER_CODES[code]!;
  return null;
}
