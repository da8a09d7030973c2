// Central state bodies other than the ministries: Quốc hội and its bodies, Chủ tịch nước,
// Chính phủ and Thủ tướng, the courts, procuracy and audit, and the agencies under the Government.
// Source: Hiến pháp 2013; Luật Tổ chức Quốc hội 2014 as amended in 2025 (Nghị quyết
// 203/2025/QH15 and the February 2025 restructuring of the committees); Luật Tổ chức Chính phủ
// 2025; Nghị định 10/2016/NĐ-CP and its 2025 successors on the agencies under the Government.
// Written from those public acts (see ../SOURCES.md), not from any corpus letter.
import type { BodyData } from './types.ts';

export const STATE_BODIES: BodyData[] = [
  { key: 'quoc-hoi', name: 'Quốc hội', kind: 'quoc-hoi', aliases: ['Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam'] },
  { key: 'quoc-hoi:ubtv', name: 'Ủy ban Thường vụ Quốc hội', kind: 'quoc-hoi', aliases: ['UBTVQH', 'UBTV Quốc hội'] },
  { key: 'quoc-hoi:van-phong', name: 'Văn phòng Quốc hội', kind: 'quoc-hoi', aliases: ['VPQH'] },
  { key: 'quoc-hoi:hoi-dong-dan-toc', name: 'Hội đồng Dân tộc', kind: 'quoc-hoi', aliases: ['Hội đồng Dân tộc của Quốc hội'] },
  { key: 'quoc-hoi:uy-ban-phap-luat-va-tu-phap', name: 'Ủy ban Pháp luật và Tư pháp', kind: 'quoc-hoi', since: 2025 },
  { key: 'quoc-hoi:uy-ban-kinh-te-va-tai-chinh', name: 'Ủy ban Kinh tế và Tài chính', kind: 'quoc-hoi', since: 2025 },
  { key: 'quoc-hoi:uy-ban-quoc-phong-an-ninh-va-doi-ngoai', name: 'Ủy ban Quốc phòng, An ninh và Đối ngoại', kind: 'quoc-hoi', since: 2025 },
  { key: 'quoc-hoi:uy-ban-van-hoa-va-xa-hoi', name: 'Ủy ban Văn hóa và Xã hội', kind: 'quoc-hoi', since: 2025 },
  { key: 'quoc-hoi:uy-ban-khoa-hoc-cong-nghe-va-moi-truong', name: 'Ủy ban Khoa học, Công nghệ và Môi trường', kind: 'quoc-hoi' },
  { key: 'quoc-hoi:uy-ban-cong-tac-dai-bieu', name: 'Ủy ban Công tác đại biểu', kind: 'quoc-hoi', since: 2025 },
  { key: 'quoc-hoi:uy-ban-phap-luat', name: 'Ủy ban Pháp luật', kind: 'quoc-hoi', until: 2025, successor: 'quoc-hoi:uy-ban-phap-luat-va-tu-phap' },
  { key: 'quoc-hoi:uy-ban-tu-phap', name: 'Ủy ban Tư pháp', kind: 'quoc-hoi', until: 2025, successor: 'quoc-hoi:uy-ban-phap-luat-va-tu-phap' },
  { key: 'quoc-hoi:uy-ban-kinh-te', name: 'Ủy ban Kinh tế', kind: 'quoc-hoi', until: 2025, successor: 'quoc-hoi:uy-ban-kinh-te-va-tai-chinh' },
  { key: 'quoc-hoi:uy-ban-tai-chinh-ngan-sach', name: 'Ủy ban Tài chính, Ngân sách', kind: 'quoc-hoi', until: 2025, successor: 'quoc-hoi:uy-ban-kinh-te-va-tai-chinh' },
  { key: 'quoc-hoi:uy-ban-quoc-phong-va-an-ninh', name: 'Ủy ban Quốc phòng và An ninh', kind: 'quoc-hoi', until: 2025, successor: 'quoc-hoi:uy-ban-quoc-phong-an-ninh-va-doi-ngoai' },
  { key: 'quoc-hoi:uy-ban-doi-ngoai', name: 'Ủy ban Đối ngoại', kind: 'quoc-hoi', until: 2025, successor: 'quoc-hoi:uy-ban-quoc-phong-an-ninh-va-doi-ngoai' },
  { key: 'quoc-hoi:uy-ban-van-hoa-giao-duc', name: 'Ủy ban Văn hóa, Giáo dục', kind: 'quoc-hoi', until: 2025, successor: 'quoc-hoi:uy-ban-van-hoa-va-xa-hoi' },
  { key: 'quoc-hoi:uy-ban-xa-hoi', name: 'Ủy ban Xã hội', kind: 'quoc-hoi', until: 2025, successor: 'quoc-hoi:uy-ban-van-hoa-va-xa-hoi' },
  { key: 'quoc-hoi:ban-cong-tac-dai-bieu', name: 'Ban Công tác đại biểu', kind: 'quoc-hoi', until: 2025, successor: 'quoc-hoi:uy-ban-cong-tac-dai-bieu' },
  { key: 'quoc-hoi:ban-dan-nguyen', name: 'Ban Dân nguyện', kind: 'quoc-hoi', until: 2025, successor: 'quoc-hoi:ban-dan-nguyen-va-giam-sat' },
  { key: 'quoc-hoi:ban-dan-nguyen-va-giam-sat', name: 'Ban Dân nguyện và Giám sát', kind: 'quoc-hoi', since: 2025 },
  { key: 'quoc-hoi:vien-nghien-cuu-lap-phap', name: 'Viện Nghiên cứu lập pháp', kind: 'vien' },
  { key: 'hoi-dong-bau-cu-quoc-gia', name: 'Hội đồng Bầu cử quốc gia', kind: 'hoi-dong' },
  { key: 'chu-tich-nuoc', name: 'Chủ tịch nước', kind: 'chu-tich-nuoc', aliases: ['Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam'] },
  { key: 'chu-tich-nuoc:van-phong', name: 'Văn phòng Chủ tịch nước', kind: 'chu-tich-nuoc' },
  { key: 'chinh-phu', name: 'Chính phủ', kind: 'chinh-phu', aliases: ['CP'] },
  { key: 'thu-tuong', name: 'Thủ tướng Chính phủ', kind: 'chinh-phu', aliases: ['TTg', 'Thủ tướng'] },
  {
    key: 'vpcp', name: 'Văn phòng Chính phủ', kind: 'co-quan-ngang-bo', aliases: ['VPCP'],
    units: [
      'Vụ Tổng hợp', 'Vụ Pháp luật', 'Vụ Kinh tế tổng hợp', 'Vụ Công nghiệp', 'Vụ Nông nghiệp', 'Vụ Khoa giáo - Văn xã',
      'Vụ Quan hệ quốc tế', 'Vụ Tổ chức công vụ', 'Vụ Đổi mới doanh nghiệp', 'Vụ Nội chính', 'Vụ Thư ký - Biên tập',
      'Vụ Hành chính', 'Vụ Tổ chức cán bộ', 'Cục Kiểm soát thủ tục hành chính', 'Cục Hành chính - Quản trị',
      'Cục Quản trị - Tài vụ', 'Cổng Thông tin điện tử Chính phủ', 'Vụ Theo dõi công tác thi đua, khen thưởng',
    ],
  },
  { key: 'toa-an-nhan-dan-toi-cao', name: 'Tòa án nhân dân tối cao', kind: 'toa-an', aliases: ['TANDTC'] },
  { key: 'vien-kiem-sat-nhan-dan-toi-cao', name: 'Viện kiểm sát nhân dân tối cao', kind: 'vien-kiem-sat', aliases: ['VKSNDTC'] },
  { key: 'kiem-toan-nha-nuoc', name: 'Kiểm toán nhà nước', kind: 'kiem-toan', aliases: ['KTNN'] },
  // Agencies under the Government (cơ quan thuộc Chính phủ).
  { key: 'cqtcp:dai-truyen-hinh-viet-nam', name: 'Đài Truyền hình Việt Nam', kind: 'co-quan-thuoc-chinh-phu', aliases: ['VTV'] },
  { key: 'cqtcp:dai-tieng-noi-viet-nam', name: 'Đài Tiếng nói Việt Nam', kind: 'co-quan-thuoc-chinh-phu', aliases: ['VOV'] },
  { key: 'cqtcp:thong-tan-xa-viet-nam', name: 'Thông tấn xã Việt Nam', kind: 'co-quan-thuoc-chinh-phu', aliases: ['TTXVN'] },
  { key: 'cqtcp:vien-han-lam-khcn', name: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', kind: 'co-quan-thuoc-chinh-phu' },
  { key: 'cqtcp:vien-han-lam-khxh', name: 'Viện Hàn lâm Khoa học xã hội Việt Nam', kind: 'co-quan-thuoc-chinh-phu' },
  { key: 'cqtcp:ban-quan-ly-lang', name: 'Ban Quản lý Lăng Chủ tịch Hồ Chí Minh', kind: 'co-quan-thuoc-chinh-phu' },
  { key: 'dhqg:ha-noi', name: 'Đại học Quốc gia Hà Nội', kind: 'truong', aliases: ['ĐHQGHN'] },
  { key: 'dhqg:ho-chi-minh', name: 'Đại học Quốc gia Thành phố Hồ Chí Minh', kind: 'truong', aliases: ['Đại học Quốc gia TP. Hồ Chí Minh', 'ĐHQG-HCM'] },
  {
    key: 'bhxh-viet-nam', name: 'Bảo hiểm xã hội Việt Nam', kind: 'bao-hiem-xa-hoi', aliases: ['BHXH Việt Nam', 'BHXHVN'],
    units: ['Ban Thu', 'Ban Thực hiện chính sách bảo hiểm xã hội', 'Ban Thực hiện chính sách bảo hiểm y tế', 'Ban Sổ - Thẻ',
      'Trung tâm Giám định bảo hiểm y tế và Thanh toán đa tuyến', 'Trung tâm Công nghệ thông tin', 'Văn phòng', 'Ban Kiểm tra',
      'Ban Tổ chức cán bộ', 'Ban Pháp chế', 'Ban Tuyên truyền'],
  },
  { key: 'cqtcp:uy-ban-quan-ly-von', name: 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', kind: 'co-quan-thuoc-chinh-phu', until: 2025, successor: 'bo:tai-chinh' },
  { key: 'hoc-vien-chinh-tri-quoc-gia', name: 'Học viện Chính trị quốc gia Hồ Chí Minh', kind: 'hoc-vien' },
  { key: 'ban-thi-dua-khen-thuong-trung-uong', name: 'Ban Thi đua - Khen thưởng Trung ương', kind: 'ban' },
  { key: 'ban-ton-giao-chinh-phu', name: 'Ban Tôn giáo Chính phủ', kind: 'ban' },
];
