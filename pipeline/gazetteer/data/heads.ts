// The words an agency name opens with (Nghị định 30/2020/NĐ-CP, Phụ lục I: the issuing body's
// name is its full name, or its usual name, beginning with the kind of body). A line that opens
// with one of them starts a new body in a header; any other line continues the one above. A
// name that opens with a head but is not a known body is still returned, as a pattern match.
import type { AgencyKind } from './types.ts';

export interface HeadData {
  /** The head as written: "Bệnh viện", "Chi cục Thuế". */
  name: string;
  kind: AgencyKind;
  /** Key stem of a pattern match; the slug of the head when absent. */
  stem?: string;
}

const h = (name: string, kind: AgencyKind, stem?: string): HeadData => (stem ? { name, kind, stem } : { name, kind });

// Longer heads first is not needed: the matcher takes the longest head that fits.
export const HEADS: HeadData[] = [
  h('Ủy ban nhân dân', 'ubnd', 'ubnd'), h('UBND', 'ubnd', 'ubnd'),
  h('Hội đồng nhân dân', 'hdnd', 'hdnd'), h('HĐND', 'hdnd', 'hdnd'),
  h('Thường trực Hội đồng nhân dân', 'hdnd'), h('Thường trực HĐND', 'hdnd', 'thuong-truc-hoi-dong-nhan-dan'),
  h('Bộ', 'bo'), h('Sở', 'so'), h('Tổng cục', 'tong-cuc'), h('Cục', 'cuc'), h('Vụ', 'vu'),
  h('Chi cục', 'chi-cuc'), h('Chi cục Thuế', 'thue'), h('Cục Thuế', 'thue'), h('Thuế', 'thue'), h('Đội Thuế', 'thue'),
  h('Văn phòng', 'van-phong'), h('Thanh tra', 'thanh-tra'), h('Phòng', 'phong'), h('Ban', 'ban'), h('Ban Quản lý', 'ban'),
  h('Ban Chỉ đạo', 'ban'), h('Ban Chỉ huy', 'ban'), h('Ủy ban', 'uy-ban'), h('Hội đồng', 'hoi-dong'), h('Tổ công tác', 'khac'),
  h('Bệnh viện', 'benh-vien'), h('Trung tâm', 'trung-tam'), h('Trạm', 'khac'), h('Trạm Y tế', 'trung-tam'),
  h('Trường', 'truong'), h('Đại học', 'truong'), h('Trường Đại học', 'truong'), h('Trường Cao đẳng', 'truong'),
  h('Trường Trung cấp', 'truong'), h('Trường Trung học phổ thông', 'truong'), h('Trường Trung học cơ sở', 'truong'),
  h('Trường Tiểu học', 'truong'), h('Trường Mầm non', 'truong'), h('Trường THPT', 'truong'), h('Trường THCS', 'truong'), h('Học viện', 'hoc-vien'), h('Viện', 'vien'),
  h('Công an', 'cong-an'), h('Bộ Chỉ huy', 'quan-su'), h('Bộ Tư lệnh', 'quan-su'), h('Ban Chỉ huy quân sự', 'quan-su'),
  h('Quân khu', 'quan-su'), h('Sư đoàn', 'quan-su'), h('Lữ đoàn', 'quan-su'), h('Trung đoàn', 'quan-su'),
  h('Bảo hiểm xã hội', 'bao-hiem-xa-hoi', 'bhxh'), h('BHXH', 'bao-hiem-xa-hoi', 'bhxh'),
  h('Kho bạc Nhà nước', 'kho-bac', 'kho-bac'), h('KBNN', 'kho-bac', 'kho-bac'), h('Kho bạc', 'kho-bac'),
  h('Hải quan', 'hai-quan'), h('Chi cục Hải quan', 'hai-quan'), h('Cục Hải quan', 'hai-quan'),
  h('Tòa án nhân dân', 'toa-an', 'toa-an'), h('Viện kiểm sát nhân dân', 'vien-kiem-sat', 'vien-kiem-sat'),
  h('Chi cục Thi hành án dân sự', 'thi-hanh-an'), h('Thi hành án dân sự', 'thi-hanh-an'),
  h('Ngân hàng', 'ngan-hang'), h('Chi nhánh', 'khac'), h('Kiểm toán nhà nước', 'kiem-toan'),
  h('Công ty', 'doanh-nghiep'), h('Tổng công ty', 'doanh-nghiep'), h('Tập đoàn', 'doanh-nghiep'), h('Hợp tác xã', 'doanh-nghiep'),
  h('Đài', 'dai-bao'), h('Báo', 'dai-bao'), h('Tạp chí', 'dai-bao'), h('Cổng Thông tin điện tử', 'dai-bao'),
  h('Quỹ', 'khac'), h('Hạt Kiểm lâm', 'khac'), h('Đội', 'khac'), h('Cảng vụ', 'khac'), h('Vườn quốc gia', 'khac'),
  h('Hội', 'hoi'), h('Liên hiệp', 'hoi'), h('Liên đoàn', 'doan-the'), h('Liên minh', 'doan-the'), h('Công đoàn', 'doan-the'),
  h('Mặt trận Tổ quốc', 'doan-the'), h('Ủy ban Mặt trận Tổ quốc', 'doan-the'), h('Ủy ban MTTQ', 'doan-the'),
  h('Đoàn', 'doan-the'), h('Tỉnh đoàn', 'doan-the'), h('Thành đoàn', 'doan-the'), h('Huyện đoàn', 'doan-the'),
  h('Đoàn đại biểu Quốc hội', 'doan-dbqh'), h('Đoàn ĐBQH', 'doan-dbqh'),
  h('Đảng ủy', 'dang'), h('Đảng bộ', 'dang'), h('Chi bộ', 'dang'), h('Tỉnh ủy', 'dang'), h('Thành ủy', 'dang'),
  h('Huyện ủy', 'dang'), h('Quận ủy', 'dang'), h('Thị ủy', 'dang'), h('Ban Chấp hành', 'dang'), h('Ban Thường vụ', 'dang'),
  h('Ban cán sự đảng', 'dang'), h('Đảng đoàn', 'dang'),
  h('Chính phủ', 'chinh-phu'), h('Quốc hội', 'quoc-hoi'), h('Chủ tịch nước', 'chu-tich-nuoc'),
  h('Ngân hàng Nhà nước', 'ngan-hang'), h('Thông tấn xã', 'co-quan-thuoc-chinh-phu'),
];

// Administrative levels below the province (Luật Tổ chức chính quyền địa phương 2015; from
// 1 July 2025 only the commune level remains: xã, phường, đặc khu).
export const LOCAL_LEVELS: { name: string; level: 'huyen' | 'xa' }[] = [
  { name: 'huyện', level: 'huyen' }, { name: 'quận', level: 'huyen' }, { name: 'thị xã', level: 'huyen' },
  { name: 'thành phố', level: 'huyen' }, { name: 'TP', level: 'huyen' }, { name: 'xã', level: 'xa' },
  { name: 'phường', level: 'xa' }, { name: 'thị trấn', level: 'xa' }, { name: 'đặc khu', level: 'xa' },
];
