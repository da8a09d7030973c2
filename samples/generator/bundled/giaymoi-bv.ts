// Giấy mời of a provincial hospital: a meeting time and place, which are not deadlines.
// Invented content.
import { weekdayName } from '../dates.ts';
import { DEFAULT_STYLE, type Letter, item, p } from '../model.ts';

const MEETING = '2024-09-20';

export const giaymoiBv: Letter = {
  name: 'giaymoi-bvdk-thanhhoa-312',
  source: 'vanthu samples (invented): Bệnh viện Đa khoa tỉnh Thanh Hóa giấy mời 312/GM-BVĐK',
  docType: 'Giấy mời',
  issuer: ['SỞ Y TẾ THANH HÓA', 'BỆNH VIỆN ĐA KHOA\nTỈNH THANH HÓA'],
  number: '312/GM-BVĐK',
  place: 'Thanh Hóa',
  date: '2024-09-09',
  subjectPrefix: '',
  subject: 'Dự Hội nghị khoa học chuyên đề chẩn đoán và điều trị đột quỵ não năm 2024',
  recipients: ['Giám đốc Trung tâm Y tế các huyện, thị xã, thành phố', 'Giám đốc các bệnh viện đa khoa khu vực'],
  body: [
    p(
      'Thực hiện Kế hoạch số 45/KH-BVĐK ngày 15/01/2024 của Bệnh viện Đa khoa tỉnh về công tác chỉ đạo tuyến và đào tạo liên tục năm 2024, Bệnh viện Đa khoa tỉnh Thanh Hóa tổ chức Hội nghị khoa học chuyên đề chẩn đoán và điều trị đột quỵ não.',
    ),
    p('Trân trọng kính mời đại diện lãnh đạo đơn vị và 01 bác sĩ phụ trách khoa Hồi sức cấp cứu tham dự.'),
    item('-', `Thời gian: 07 giờ 30 phút, ${weekdayName(MEETING)}, ngày 20 tháng 9 năm 2024 (cả ngày).`),
    item('-', 'Địa điểm: Hội trường tầng 5, Nhà điều hành, Bệnh viện Đa khoa tỉnh Thanh Hóa.'),
    item(
      '-',
      'Nội dung: Cập nhật hướng dẫn cấp cứu đột quỵ não; báo cáo ca lâm sàng can thiệp lấy huyết khối; trao đổi về quy trình chuyển tuyến.',
    ),
    p(
      'Đại biểu tham dự được cấp giấy chứng nhận đào tạo liên tục. Kinh phí đi lại, lưu trú của đại biểu do đơn vị cử đi học chi trả theo quy định.',
    ),
    p('Rất mong sự quan tâm, tham dự của Quý đơn vị./.'),
  ],
  cc: ['Như trên', 'Sở Y tế (để b/c)', 'Ban Giám đốc', 'Lưu: VT, CĐT'],
  signer: { authority: ['Q. GIÁM ĐỐC'], title: 'PHÓ GIÁM ĐỐC', name: 'Lê Văn Thịnh' },
  style: { ...DEFAULT_STYLE, bodySize: 13 },
};
