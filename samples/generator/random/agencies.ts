// Issuing agencies for random letters: header lines, symbols, place, who signs and how.
// Province and district names are real places; every person and number is invented.
import type { Rng } from '../rng.ts';
import type { Signer } from '../model.ts';

export interface Province {
  name: string;
  /** Place in the place-date line. */
  place: string;
  districts: string[];
}

export const PROVINCES: Province[] = [
  { name: 'Nam Định', place: 'Nam Định', districts: ['Hải Hậu', 'Giao Thủy', 'Nghĩa Hưng', 'Ý Yên'] },
  { name: 'Thái Bình', place: 'Thái Bình', districts: ['Kiến Xương', 'Tiền Hải', 'Quỳnh Phụ', 'Vũ Thư'] },
  { name: 'Nghệ An', place: 'Nghệ An', districts: ['Diễn Châu', 'Yên Thành', 'Nghi Lộc', 'Đô Lương'] },
  { name: 'Thanh Hóa', place: 'Thanh Hóa', districts: ['Hoằng Hóa', 'Quảng Xương', 'Nga Sơn', 'Thọ Xuân'] },
  { name: 'Quảng Bình', place: 'Quảng Bình', districts: ['Bố Trạch', 'Quảng Ninh', 'Lệ Thủy', 'Tuyên Hóa'] },
  { name: 'Phú Thọ', place: 'Phú Thọ', districts: ['Lâm Thao', 'Thanh Sơn', 'Cẩm Khê', 'Đoan Hùng'] },
  { name: 'Bắc Giang', place: 'Bắc Giang', districts: ['Lục Nam', 'Yên Dũng', 'Lạng Giang', 'Hiệp Hòa'] },
  { name: 'Đồng Tháp', place: 'Đồng Tháp', districts: ['Cao Lãnh', 'Tháp Mười', 'Lai Vung', 'Châu Thành'] },
  { name: 'Kiên Giang', place: 'Kiên Giang', districts: ['Châu Thành', 'Hòn Đất', 'Giồng Riềng', 'An Biên'] },
  { name: 'Gia Lai', place: 'Gia Lai', districts: ['Chư Sê', 'Đức Cơ', 'Ia Grai', 'Mang Yang'] },
];

export type AgencyKind = 'byt' | 'cuc' | 'syt' | 'cdc' | 'bv' | 'ubnd-tinh' | 'ubnd-huyen';

export interface Agency {
  kind: AgencyKind;
  issuer: string[];
  place: string;
  /** Symbol of the agency in numbers: BYT, SYT, KSBT, BVĐK, UBND. */
  symbol: string;
  /** Units that draft a công văn (the part after the dash: KHTC, NVY). */
  units: string[];
  /** How the body names the agency ("Sở Y tế", "Bộ Y tế"). */
  self: string;
  /** Where reports go ("Sở Y tế (qua phòng Nghiệp vụ Y)"). */
  reportTo: string;
  province: Province | null;
  district: string | null;
}

const up = (s: string): string => s.toLocaleUpperCase('vi');

export function makeAgency(rng: Rng, kind: AgencyKind): Agency {
  const prov = rng.pick(PROVINCES);
  const shortUbnd = rng.chance(0.5);
  switch (kind) {
    case 'byt':
      return {
        kind, issuer: ['BỘ Y TẾ'], place: 'Hà Nội', symbol: 'BYT', units: ['KHTC', 'DP', 'KCB', 'TCCB', 'BM-TE', 'QLD'],
        self: 'Bộ Y tế', reportTo: 'Bộ Y tế (qua Cục Y tế dự phòng)', province: null, district: null,
      };
    case 'cuc':
      return {
        kind, issuer: ['BỘ Y TẾ', 'CỤC QUẢN LÝ\nKHÁM, CHỮA BỆNH'], place: 'Hà Nội', symbol: 'KCB', units: ['NV', 'PHCN', 'ĐD'],
        self: 'Cục Quản lý Khám, chữa bệnh', reportTo: 'Cục Quản lý Khám, chữa bệnh', province: null, district: null,
      };
    case 'syt':
      return {
        kind,
        issuer: [shortUbnd ? `UBND TỈNH ${up(prov.name)}` : `ỦY BAN NHÂN DÂN\nTỈNH ${up(prov.name)}`, 'SỞ Y TẾ'],
        place: prov.place, symbol: 'SYT', units: ['NVY', 'KHTC', 'TCCB', 'VP', 'NVD'],
        self: 'Sở Y tế', reportTo: 'Sở Y tế (qua phòng Nghiệp vụ Y)', province: prov, district: null,
      };
    case 'cdc':
      return {
        kind, issuer: [`SỞ Y TẾ TỈNH ${up(prov.name)}`, 'TRUNG TÂM KIỂM SOÁT\nBỆNH TẬT'], place: prov.place,
        symbol: 'KSBT', units: ['KHNV', 'TCHC'], self: 'Trung tâm Kiểm soát bệnh tật',
        reportTo: 'Trung tâm Kiểm soát bệnh tật tỉnh', province: prov, district: null,
      };
    case 'bv':
      return {
        kind, issuer: [`SỞ Y TẾ ${up(prov.name)}`, `BỆNH VIỆN ĐA KHOA\nTỈNH ${up(prov.name)}`], place: prov.place,
        symbol: 'BVĐK', units: ['KHTH', 'TCCB', 'ĐD'], self: 'Bệnh viện', reportTo: 'Bệnh viện (qua phòng Kế hoạch tổng hợp)',
        province: prov, district: null,
      };
    case 'ubnd-tinh':
      return {
        kind, issuer: [`ỦY BAN NHÂN DÂN\nTỈNH ${up(prov.name)}`], place: prov.place, symbol: 'UBND',
        units: ['KGVX', 'VX', 'TH'], self: 'Ủy ban nhân dân tỉnh', reportTo: 'Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh',
        province: prov, district: null,
      };
    case 'ubnd-huyen': {
      const district = rng.pick(prov.districts);
      return {
        kind, issuer: [`ỦY BAN NHÂN DÂN\nHUYỆN ${up(district)}`], place: district, symbol: 'UBND', units: ['YT', 'VP'],
        self: 'Ủy ban nhân dân huyện', reportTo: 'Ủy ban nhân dân huyện (qua Phòng Y tế)', province: prov, district,
      };
    }
  }
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quang', 'Hữu', 'Thị Thu', 'Xuân', 'Ngọc', 'Anh'];
const GIVEN = ['Hùng', 'Lan', 'Sơn', 'Hương', 'Tuấn', 'Hà', 'Dũng', 'Mai', 'Khánh', 'Phương', 'Long', 'Thảo', 'Bình', 'Nga'];

export function personName(rng: Rng): string {
  return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}

/** A plausible signature block for the agency. */
export function makeSigner(rng: Rng, agency: Agency): Signer {
  const name = personName(rng);
  const r = rng.next();
  switch (agency.kind) {
    case 'byt':
      if (r < 0.6) return { authority: ['KT. BỘ TRƯỞNG'], title: 'THỨ TRƯỞNG', name };
      return { authority: ['TL. BỘ TRƯỞNG'], title: rng.pick(['CỤC TRƯỞNG\nCỤC Y TẾ DỰ PHÒNG', 'VỤ TRƯỞNG\nVỤ KẾ HOẠCH - TÀI CHÍNH']), name };
    case 'cuc':
      return r < 0.5 ? { authority: [], title: 'CỤC TRƯỞNG', name } : { authority: ['KT. CỤC TRƯỞNG'], title: 'PHÓ CỤC TRƯỞNG', name };
    case 'syt':
    case 'cdc':
    case 'bv':
      if (r < 0.3) return { authority: [], title: 'GIÁM ĐỐC', name };
      if (r < 0.75) return { authority: ['KT. GIÁM ĐỐC'], title: 'PHÓ GIÁM ĐỐC', name };
      if (r < 0.9) return { authority: ['TL. GIÁM ĐỐC'], title: 'CHÁNH VĂN PHÒNG', name };
      return { authority: ['Q. GIÁM ĐỐC'], title: 'PHÓ GIÁM ĐỐC', name };
    case 'ubnd-tinh':
    case 'ubnd-huyen':
      if (r < 0.2) return { authority: [], title: 'CHỦ TỊCH', name };
      if (r < 0.6) return { authority: ['KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name };
      return { authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name };
  }
}
