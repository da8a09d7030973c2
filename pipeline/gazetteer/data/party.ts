// The Party's central bodies (Điều lệ Đảng; Quy định on the Central Committee's advisory bodies,
// and their 2025 merger: Ban Tuyên giáo và Dân vận Trung ương, Ban Chính sách, chiến lược
// Trung ương; Đảng ủy Chính phủ, Quốc hội, các cơ quan Đảng Trung ương, Mặt trận Tổ quốc và các
// đoàn thể Trung ương replacing the two Đảng ủy Khối), and the central organisations of the
// Mặt trận Tổ quốc and the đoàn thể (their charters, Luật Mặt trận Tổ quốc Việt Nam 2015, Luật
// Công đoàn 2024). Local Party and đoàn thể bodies are built from ./local.ts per province.
import type { BodyData } from './types.ts';

const d = (key: string, name: string, extra: Partial<BodyData> = {}): BodyData => ({ key: `dang:${key}`, name, kind: 'dang', ...extra });
const m = (key: string, name: string, extra: Partial<BodyData> = {}): BodyData => ({ key, name, kind: 'doan-the', ...extra });

export const PARTY_BODIES: BodyData[] = [
  d('ban-chap-hanh-trung-uong', 'Ban Chấp hành Trung ương Đảng', { aliases: ['BCH Trung ương Đảng', 'BCHTW Đảng', 'Ban Chấp hành Trung ương', 'Trung ương Đảng Cộng sản Việt Nam', 'Đảng Cộng sản Việt Nam'] }),
  d('bo-chinh-tri', 'Bộ Chính trị'),
  d('ban-bi-thu', 'Ban Bí thư'),
  d('van-phong-trung-uong', 'Văn phòng Trung ương Đảng'),
  d('ban-to-chuc-trung-uong', 'Ban Tổ chức Trung ương'),
  d('ban-tuyen-giao-va-dan-van-trung-uong', 'Ban Tuyên giáo và Dân vận Trung ương', { since: 2025 }),
  d('ban-tuyen-giao-trung-uong', 'Ban Tuyên giáo Trung ương', { until: 2025, successor: 'dang:ban-tuyen-giao-va-dan-van-trung-uong' }),
  d('ban-dan-van-trung-uong', 'Ban Dân vận Trung ương', { until: 2025, successor: 'dang:ban-tuyen-giao-va-dan-van-trung-uong' }),
  d('ban-noi-chinh-trung-uong', 'Ban Nội chính Trung ương'),
  d('ban-kinh-te-trung-uong', 'Ban Kinh tế Trung ương', { until: 2025, successor: 'dang:ban-chinh-sach-chien-luoc-trung-uong' }),
  d('ban-chinh-sach-chien-luoc-trung-uong', 'Ban Chính sách, chiến lược Trung ương', { since: 2025 }),
  d('ban-doi-ngoai-trung-uong', 'Ban Đối ngoại Trung ương', { until: 2025 }),
  d('uy-ban-kiem-tra-trung-uong', 'Ủy ban Kiểm tra Trung ương', { aliases: ['UBKT Trung ương', 'UBKTTW'] }),
  d('hoi-dong-ly-luan-trung-uong', 'Hội đồng Lý luận Trung ương'),
  d('quan-uy-trung-uong', 'Quân ủy Trung ương'),
  d('dang-uy-cong-an-trung-uong', 'Đảng ủy Công an Trung ương'),
  d('dang-uy-chinh-phu', 'Đảng ủy Chính phủ', { since: 2025 }),
  d('dang-uy-quoc-hoi', 'Đảng ủy Quốc hội', { since: 2025 }),
  d('dang-uy-cac-co-quan-dang-trung-uong', 'Đảng ủy các cơ quan Đảng Trung ương', { since: 2025 }),
  d('dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', { since: 2025 }),
  d('dang-uy-khoi-cac-co-quan-trung-uong', 'Đảng ủy Khối các cơ quan Trung ương', { until: 2025 }),
  d('dang-uy-khoi-doanh-nghiep-trung-uong', 'Đảng ủy Khối Doanh nghiệp Trung ương', { until: 2025 }),
  d('ban-can-su-dang-chinh-phu', 'Ban Cán sự đảng Chính phủ', { until: 2025, successor: 'dang:dang-uy-chinh-phu' }),
  d('dang-doan-quoc-hoi', 'Đảng đoàn Quốc hội', { until: 2025, successor: 'dang:dang-uy-quoc-hoi' }),
  d('tap-chi-cong-san', 'Tạp chí Cộng sản', { kind: 'dai-bao' }),
  d('bao-nhan-dan', 'Báo Nhân Dân', { kind: 'dai-bao' }),
  // Mặt trận Tổ quốc and the đoàn thể, central level.
  m('mttq:trung-uong', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', { aliases: ['Ủy ban Trung ương MTTQ Việt Nam', 'UBTƯ MTTQ Việt Nam', 'Mặt trận Tổ quốc Việt Nam', 'UBTWMTTQVN'] }),
  m('cong-doan:tong-lien-doan', 'Tổng Liên đoàn Lao động Việt Nam', { aliases: ['Tổng LĐLĐ Việt Nam', 'TLĐLĐVN', 'Tổng Liên đoàn Lao động'] }),
  m('doan-thanh-nien:trung-uong', 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', { aliases: ['Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', 'Trung ương Đoàn TNCS Hồ Chí Minh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Trung ương Đoàn'] }),
  m('hoi-lhpn:trung-uong', 'Hội Liên hiệp Phụ nữ Việt Nam', { aliases: ['Trung ương Hội Liên hiệp Phụ nữ Việt Nam', 'Hội LHPN Việt Nam', 'Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam'] }),
  m('hoi-nong-dan:trung-uong', 'Hội Nông dân Việt Nam', { aliases: ['Trung ương Hội Nông dân Việt Nam', 'Ban Chấp hành Trung ương Hội Nông dân Việt Nam'] }),
  m('hoi-ccb:trung-uong', 'Hội Cựu chiến binh Việt Nam', { aliases: ['Trung ương Hội Cựu chiến binh Việt Nam'] }),
  m('hoi-chu-thap-do:trung-uong', 'Hội Chữ thập đỏ Việt Nam', { aliases: ['Trung ương Hội Chữ thập đỏ Việt Nam'] }),
  m('vusta', 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', { aliases: ['Liên hiệp các hội KH&KT Việt Nam'] }),
  m('hoi-nha-bao:trung-uong', 'Hội Nhà báo Việt Nam'),
  m('hoi-luat-gia:trung-uong', 'Hội Luật gia Việt Nam'),
  m('hoi-nguoi-cao-tuoi:trung-uong', 'Hội Người cao tuổi Việt Nam'),
  m('hoi-khuyen-hoc:trung-uong', 'Hội Khuyến học Việt Nam'),
  m('hoi-lien-hiep-thanh-nien:trung-uong', 'Hội Liên hiệp Thanh niên Việt Nam'),
  m('lien-minh-htx:trung-uong', 'Liên minh Hợp tác xã Việt Nam', { aliases: ['Liên minh HTX Việt Nam'] }),
  m('vcci', 'Phòng Thương mại và Công nghiệp Việt Nam', { aliases: ['VCCI', 'Liên đoàn Thương mại và Công nghiệp Việt Nam'] }),
  m('lien-hiep-cac-to-chuc-huu-nghi', 'Liên hiệp các tổ chức hữu nghị Việt Nam'),
  m('lien-doan-luat-su', 'Liên đoàn Luật sư Việt Nam'),
  m('hoi-van-hoc-nghe-thuat', 'Liên hiệp các Hội Văn học nghệ thuật Việt Nam'),
];
