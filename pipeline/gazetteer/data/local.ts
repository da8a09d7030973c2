// Bodies every province or centrally-run city has under the same name, so that the gazetteer
// knows "<unit> tỉnh <X>" for each X of ./provinces.ts. Sources: Nghị định 24/2014/NĐ-CP and
// 107/2020/NĐ-CP (the Sở of a province, before 2025) and Nghị định 45/2025/NĐ-CP (the Sở after
// the March 2025 mergers: Tài chính absorbing Kế hoạch và Đầu tư, Nội vụ absorbing Lao động –
// Thương binh và Xã hội, Xây dựng absorbing Giao thông vận tải, Nông nghiệp và Môi trường, Khoa
// học và Công nghệ absorbing Thông tin và Truyền thông, Dân tộc và Tôn giáo); the provincial
// branches of central bodies (Công an, Quân sự, Thuế, Hải quan, Kho bạc, BHXH, Thống kê, courts);
// the provincial Party committee and its bodies; the Mặt trận and the đoàn thể. See ../SOURCES.md.
import type { ProvincialUnitData } from './types.ts';

export type UnitForm =
  /** "<unit> tỉnh X" / "<unit> thành phố X" / "<unit> X": Sở Y tế tỉnh Ninh Bình. */
  | 'designated'
  /** "<unit> X" only: Tỉnh ủy Hà Tĩnh, Tỉnh đoàn Nghệ An. */
  | 'bare';

export interface LocalUnitData extends ProvincialUnitData {
  form?: UnitForm;
  /** Only in centrally-run cities (Thành ủy, Thành đoàn) or only in provinces. */
  only?: 'tinh' | 'thanh-pho';
}

const s = (key: string, name: string, extra: Partial<LocalUnitData> = {}): LocalUnitData => ({ key: `so-${key}`, name, kind: 'so', ...extra });

export const DEPARTMENTS: LocalUnitData[] = [
  s('noi-vu', 'Sở Nội vụ', { aliases: ['SNV'] }),
  s('tu-phap', 'Sở Tư pháp', { aliases: ['STP'] }),
  s('tai-chinh', 'Sở Tài chính', { aliases: ['STC'] }),
  s('cong-thuong', 'Sở Công Thương', { aliases: ['SCT'] }),
  s('xay-dung', 'Sở Xây dựng', { aliases: ['SXD'] }),
  s('nong-nghiep-va-moi-truong', 'Sở Nông nghiệp và Môi trường', { since: 2025, aliases: ['Sở NN&MT', 'Sở NNMT'] }),
  s('khoa-hoc-va-cong-nghe', 'Sở Khoa học và Công nghệ', { aliases: ['Sở KH&CN', 'Sở KHCN'] }),
  s('giao-duc-va-dao-tao', 'Sở Giáo dục và Đào tạo', { aliases: ['Sở GD&ĐT', 'Sở GDĐT', 'SGDĐT'] }),
  s('y-te', 'Sở Y tế', { aliases: ['SYT'] }),
  s('van-hoa-the-thao-va-du-lich', 'Sở Văn hóa, Thể thao và Du lịch', { aliases: ['Sở VHTTDL', 'Sở VH,TT&DL', 'Sở Văn hóa - Thể thao và Du lịch'] }),
  s('van-hoa-va-the-thao', 'Sở Văn hóa và Thể thao'),
  s('du-lich', 'Sở Du lịch'),
  s('dan-toc-va-ton-giao', 'Sở Dân tộc và Tôn giáo', { since: 2025 }),
  s('ngoai-vu', 'Sở Ngoại vụ'),
  s('quy-hoach-kien-truc', 'Sở Quy hoạch - Kiến trúc', { aliases: ['Sở Quy hoạch và Kiến trúc'] }),
  s('an-toan-thuc-pham', 'Sở An toàn thực phẩm'),
  s('ke-hoach-va-dau-tu', 'Sở Kế hoạch và Đầu tư', { until: 2025, successor: 'so-tai-chinh', aliases: ['Sở KH&ĐT', 'Sở KHĐT', 'SKHĐT'] }),
  s('lao-dong-thuong-binh-va-xa-hoi', 'Sở Lao động - Thương binh và Xã hội', { until: 2025, successor: 'so-noi-vu', aliases: ['Sở LĐTBXH', 'Sở LĐ-TB&XH', 'SLĐTBXH'] }),
  s('giao-thong-van-tai', 'Sở Giao thông vận tải', { until: 2025, successor: 'so-xay-dung', aliases: ['Sở GTVT', 'SGTVT'] }),
  s('giao-thong-cong-chinh', 'Sở Giao thông công chính', { until: 2008 }),
  s('tai-nguyen-va-moi-truong', 'Sở Tài nguyên và Môi trường', { until: 2025, successor: 'so-nong-nghiep-va-moi-truong', aliases: ['Sở TN&MT', 'Sở TNMT', 'STNMT'] }),
  s('nong-nghiep-va-phat-trien-nong-thon', 'Sở Nông nghiệp và Phát triển nông thôn', { until: 2025, successor: 'so-nong-nghiep-va-moi-truong', aliases: ['Sở NN&PTNT', 'Sở NNPTNT', 'SNNPTNT'] }),
  s('thong-tin-va-truyen-thong', 'Sở Thông tin và Truyền thông', { until: 2025, successor: 'so-khoa-hoc-va-cong-nghe', aliases: ['Sở TT&TT', 'Sở TTTT', 'STTTT'] }),
  s('thuong-mai', 'Sở Thương mại', { until: 2008, successor: 'so-cong-thuong' }),
  s('cong-nghiep', 'Sở Công nghiệp', { until: 2008, successor: 'so-cong-thuong' }),
  s('van-hoa-thong-tin', 'Sở Văn hóa - Thông tin', { until: 2008 }),
];

const u = (key: string, name: string, kind: LocalUnitData['kind'], extra: Partial<LocalUnitData> = {}): LocalUnitData => ({ key, name, kind, ...extra });

// Government, council and other bodies of the province itself, and the provincial branches of
// central bodies.
export const PROVINCIAL_BODIES: LocalUnitData[] = [
  u('ubnd:tinh', 'Ủy ban nhân dân', 'ubnd', { aliases: ['UBND'] }),
  u('hdnd:tinh', 'Hội đồng nhân dân', 'hdnd', { aliases: ['HĐND'] }),
  u('thuong-truc-hdnd', 'Thường trực Hội đồng nhân dân', 'hdnd', { aliases: ['Thường trực HĐND', 'TT HĐND'] }),
  u('ubnd:tinh:{p}/van-phong', 'Văn phòng Ủy ban nhân dân', 'van-phong', { aliases: ['Văn phòng UBND', 'VP UBND'] }),
  u('hdnd:tinh:{p}/van-phong', 'Văn phòng Hội đồng nhân dân', 'van-phong', { aliases: ['Văn phòng HĐND'] }),
  u('van-phong-doan-dbqh-va-hdnd', 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân', 'van-phong', { aliases: ['Văn phòng Đoàn ĐBQH và HĐND'] }),
  u('doan-dbqh', 'Đoàn đại biểu Quốc hội', 'doan-dbqh', { aliases: ['Đoàn ĐBQH'] }),
  u('thanh-tra', 'Thanh tra', 'thanh-tra'),
  u('ban-dan-toc', 'Ban Dân tộc', 'ban', { until: 2025 }),
  u('ban-quan-ly-cac-khu-cong-nghiep', 'Ban Quản lý các khu công nghiệp', 'ban', { aliases: ['Ban Quản lý các KCN'] }),
  u('ban-quan-ly-khu-kinh-te', 'Ban Quản lý Khu kinh tế', 'ban', { aliases: ['Ban Quản lý KKT'] }),
  u('cong-an', 'Công an', 'cong-an', { aliases: ['CA'] }),
  u('bo-chi-huy-quan-su', 'Bộ Chỉ huy quân sự', 'quan-su', { aliases: ['Bộ CHQS', 'BCHQS'] }),
  u('bo-chi-huy-bo-doi-bien-phong', 'Bộ Chỉ huy Bộ đội Biên phòng', 'quan-su', { aliases: ['Bộ CH BĐBP'] }),
  u('cuc-thue', 'Cục Thuế', 'thue', { until: 2025, successor: 'thue' }),
  u('thue', 'Thuế', 'thue', { since: 2025 }),
  u('cuc-hai-quan', 'Cục Hải quan', 'hai-quan'),
  u('kho-bac', 'Kho bạc Nhà nước', 'kho-bac', { aliases: ['KBNN', 'Kho bạc nhà nước'] }),
  u('bhxh', 'Bảo hiểm xã hội', 'bao-hiem-xa-hoi', { aliases: ['BHXH'] }),
  u('cuc-thong-ke', 'Cục Thống kê', 'thong-ke', { until: 2025, successor: 'thong-ke' }),
  u('thong-ke', 'Thống kê', 'thong-ke', { since: 2025 }),
  u('cuc-quan-ly-thi-truong', 'Cục Quản lý thị trường', 'cuc'),
  u('cuc-thi-hanh-an-dan-su', 'Cục Thi hành án dân sự', 'thi-hanh-an', { until: 2025, successor: 'thi-hanh-an-dan-su' }),
  u('thi-hanh-an-dan-su', 'Thi hành án dân sự', 'thi-hanh-an', { since: 2025 }),
  u('toa-an', 'Tòa án nhân dân', 'toa-an', { aliases: ['TAND'] }),
  u('vien-kiem-sat', 'Viện kiểm sát nhân dân', 'vien-kiem-sat', { aliases: ['VKSND'] }),
  u('nhnn-chi-nhanh', 'Ngân hàng Nhà nước chi nhánh', 'ngan-hang', { until: 2025, aliases: ['Ngân hàng Nhà nước Việt Nam chi nhánh', 'NHNN chi nhánh'] }),
  u('dai-phat-thanh-truyen-hinh', 'Đài Phát thanh và Truyền hình', 'dai-bao', { aliases: ['Đài PT-TH', 'Đài PTTH'] }),
  u('truong-chinh-tri', 'Trường Chính trị', 'truong'),
  u('lien-minh-htx', 'Liên minh Hợp tác xã', 'doan-the', { aliases: ['Liên minh HTX'] }),
  // Party and đoàn thể of the province.
  u('tinh-uy', 'Tỉnh ủy', 'dang', { form: 'bare', only: 'tinh' }),
  u('tinh-uy', 'Thành ủy', 'dang', { form: 'bare', only: 'thanh-pho' }),
  u('tinh-uy', 'Ban Chấp hành Đảng bộ', 'dang', { aliases: ['BCH Đảng bộ', 'Đảng bộ'] }),
  u('mttq', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'doan-the', { aliases: ['Ủy ban MTTQ Việt Nam', 'Ủy ban MTTQVN', 'Ủy ban MTTQ', 'UBMTTQ', 'UBMTTQVN', 'Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc'] }),
  u('ldld', 'Liên đoàn Lao động', 'doan-the', { aliases: ['LĐLĐ'] }),
  u('tinh-doan', 'Tỉnh đoàn', 'doan-the', { form: 'bare', only: 'tinh' }),
  u('tinh-doan', 'Thành đoàn', 'doan-the', { form: 'bare', only: 'thanh-pho' }),
  u('tinh-doan', 'Ban Chấp hành Đoàn', 'doan-the', { aliases: ['Đoàn TNCS Hồ Chí Minh', 'Ban Chấp hành Đoàn TNCS Hồ Chí Minh'] }),
  u('hoi-lhpn', 'Hội Liên hiệp Phụ nữ', 'doan-the', { aliases: ['Hội LHPN'] }),
  u('hoi-nong-dan', 'Hội Nông dân', 'doan-the'),
  u('hoi-ccb', 'Hội Cựu chiến binh', 'doan-the', { aliases: ['Hội CCB'] }),
  u('hoi-chu-thap-do', 'Hội Chữ thập đỏ', 'doan-the', { aliases: ['Hội CTĐ'] }),
  u('lien-hiep-cac-hoi-khkt', 'Liên hiệp các Hội Khoa học và Kỹ thuật', 'doan-the'),
];

// Advisory bodies of a Party committee (tỉnh ủy, thành ủy, huyện ủy, đảng ủy), printed as the
// second header line under it ("TỈNH ỦY HÀ TĨNH" / "BAN TUYÊN GIÁO").
export const PARTY_COMMITTEE_UNITS: string[] = [
  'Ban Tổ chức', 'Ban Tuyên giáo', 'Ban Dân vận', 'Ban Tuyên giáo và Dân vận', 'Ban Nội chính', 'Ban Kinh tế', 'Ủy ban Kiểm tra',
  'Văn phòng', 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ', 'Ban Chỉ đạo', 'Đảng ủy Khối các cơ quan', 'Đảng ủy Khối Doanh nghiệp',
  'Đảng ủy các cơ quan Đảng', 'Đảng ủy Ủy ban nhân dân', 'Trường Chính trị', 'Báo',
];

// The same advisory bodies printed on one line with their committee: "BAN TUYÊN GIÁO TỈNH ỦY"
// (+ the province); keyed like the two-line form "TỈNH ỦY …" / "BAN TUYÊN GIÁO".
for (const unit of PARTY_COMMITTEE_UNITS.slice(0, 9)) {
  const key = `tinh-uy:{p}/${unit.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  PROVINCIAL_BODIES.push(
    u(key, `${unit} Tỉnh ủy`, 'dang', { form: 'bare', only: 'tinh' }),
    u(key, `${unit} Thành ủy`, 'dang', { form: 'bare', only: 'thanh-pho' }),
  );
}
