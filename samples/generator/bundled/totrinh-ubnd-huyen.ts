// Tờ trình of an Ủy ban nhân dân huyện to the province, signed TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH.
// Invented content.
import { DEFAULT_STYLE, type Letter, heading, item, p } from '../model.ts';

export const totrinhUbndHuyen: Letter = {
  name: 'totrinh-ubnd-haihau-127',
  source: 'vanthu samples (invented): UBND huyện Hải Hậu tờ trình 127/TTr-UBND',
  docType: 'Tờ trình',
  issuer: ['ỦY BAN NHÂN DÂN\nHUYỆN HẢI HẬU'],
  number: '127/TTr-UBND',
  place: 'Hải Hậu',
  date: '2024-07-22',
  subjectPrefix: 'Về việc',
  subject: 'đề nghị hỗ trợ kinh phí cải tạo, nâng cấp Trạm Y tế xã Hải Phong và Trạm Y tế xã Hải Lộc',
  recipients: ['Ủy ban nhân dân tỉnh Nam Định'],
  body: [
    p(
      'Căn cứ Quyết định số 1362/QĐ-UBND ngày 05/7/2023 của Ủy ban nhân dân tỉnh Nam Định phê duyệt Đề án nâng cao năng lực y tế cơ sở giai đoạn 2023 - 2025; Nghị quyết số 18/NQ-HĐND ngày 12/7/2024 của Hội đồng nhân dân huyện Hải Hậu về kế hoạch đầu tư công năm 2025;',
    ),
    p('Ủy ban nhân dân huyện Hải Hậu kính trình Ủy ban nhân dân tỉnh xem xét hỗ trợ kinh phí như sau:'),
    heading('I. SỰ CẦN THIẾT'),
    p(
      'Trạm Y tế xã Hải Phong và Trạm Y tế xã Hải Lộc được xây dựng từ năm 2003, đến nay nhiều hạng mục xuống cấp nghiêm trọng, mái thấm dột, không bảo đảm diện tích phòng chức năng theo Thông tư số 32/2021/TT-BYT ngày 31/12/2021 của Bộ trưởng Bộ Y tế, ảnh hưởng đến việc khám bệnh, chữa bệnh cho gần 18.000 người dân.',
    ),
    heading('II. NỘI DUNG ĐỀ NGHỊ'),
    item('1.', 'Cải tạo, nâng cấp Trạm Y tế xã Hải Phong: tổng mức đầu tư 2.450 triệu đồng.'),
    item('2.', 'Cải tạo, nâng cấp Trạm Y tế xã Hải Lộc: tổng mức đầu tư 2.400 triệu đồng.'),
    item(
      '3.',
      'Nguồn vốn: đề nghị ngân sách tỉnh hỗ trợ 70% (3.395 triệu đồng); ngân sách huyện và xã bố trí 30% (1.455 triệu đồng).',
    ),
    heading('III. KIẾN NGHỊ'),
    p(
      'Ủy ban nhân dân huyện Hải Hậu kính đề nghị Ủy ban nhân dân tỉnh giao Sở Tài chính, Sở Kế hoạch và Đầu tư, Sở Y tế thẩm định, tham mưu bố trí kinh phí hỗ trợ trong kế hoạch đầu tư công năm 2025.',
    ),
    p('Ủy ban nhân dân huyện Hải Hậu kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.'),
  ],
  cc: ['Như trên', 'Sở Y tế', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'TT Huyện ủy, TT HĐND huyện', 'Lưu: VT, YT'],
  signer: {
    authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
    title: 'PHÓ CHỦ TỊCH',
    name: 'Vũ Thị Hồng Nhung',
  },
  style: { ...DEFAULT_STYLE, bodySize: 14 },
};
