// Thông báo kết luận of a Sở Y tế, signed TL. GIÁM ĐỐC by the Chánh Văn phòng. Invented content.
import { DEFAULT_STYLE, type Letter, heading, item, p } from '../model.ts';

export const thongbaoSyt: Letter = {
  name: 'thongbao-syt-nghean-215',
  source: 'vanthu samples (invented): Sở Y tế tỉnh Nghệ An thông báo 215/TB-SYT',
  docType: 'Thông báo',
  issuer: ['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ'],
  number: '215/TB-SYT',
  place: 'Nghệ An',
  date: '2024-06-14',
  subjectPrefix: '',
  subject: 'Kết luận của Giám đốc Sở Y tế tại cuộc họp giao ban công tác khám bệnh, chữa bệnh tháng 6 năm 2024',
  recipients: [],
  body: [
    p(
      'Ngày 12/6/2024, Sở Y tế tổ chức họp giao ban công tác khám bệnh, chữa bệnh với các bệnh viện tuyến tỉnh và Trung tâm Y tế các huyện, thành phố, thị xã. Sau khi nghe báo cáo của phòng Nghiệp vụ Y và ý kiến của các đơn vị, Giám đốc Sở Y tế kết luận như sau:',
    ),
    heading('1. Đánh giá chung'),
    p(
      'Trong 5 tháng đầu năm 2024, các đơn vị đã duy trì tốt hoạt động chuyên môn; tổng số lượt khám bệnh tăng 8,5% so với cùng kỳ. Tuy nhiên, việc triển khai bệnh án điện tử còn chậm, tình trạng thiếu thuốc, vật tư tại một số đơn vị chưa được khắc phục triệt để.',
    ),
    heading('2. Nhiệm vụ trọng tâm thời gian tới'),
    item(
      'a)',
      'Các bệnh viện tuyến tỉnh hoàn thành việc triển khai bệnh án điện tử theo Thông tư số 46/2018/TT-BYT ngày 28/12/2018 của Bộ trưởng Bộ Y tế trước ngày 30/9/2024.',
      { deadlines: [{ date: '2024-09-30' }] },
    ),
    item(
      'b)',
      'Phòng Nghiệp vụ Dược chủ trì, phối hợp với Bệnh viện Hữu nghị Đa khoa tỉnh tổng hợp danh mục thuốc, vật tư còn thiếu, tham mưu Giám đốc Sở phương án mua sắm tập trung, gửi Văn phòng Sở trước ngày 28 tháng 6 năm 2024.',
      { deadlines: [{ date: '2024-06-28' }] },
    ),
    item(
      'c)',
      'Trung tâm Y tế các huyện, thành phố, thị xã báo cáo số liệu khám bệnh, chữa bệnh định kỳ hàng tháng trước ngày 25 của tháng báo cáo, qua Hệ thống thông tin quản lý y tế của tỉnh.',
      { deadlines: [{ date: null }] },
    ),
    item(
      'd)',
      'Văn phòng Sở theo dõi, đôn đốc việc thực hiện các nội dung kết luận này theo Quy chế làm việc ban hành kèm theo Quyết định số 77/QĐ-SYT ngày 15/01/2024 của Giám đốc Sở Y tế.',
    ),
    p('Văn phòng Sở Y tế thông báo để các đơn vị biết, thực hiện./.'),
  ],
  cc: [
    'Giám đốc Sở (để b/c)',
    'Các Phó Giám đốc Sở',
    'Các bệnh viện tuyến tỉnh',
    'TTYT các huyện, thành phố, thị xã',
    'Các phòng chức năng Sở',
    'Lưu: VT, VP',
  ],
  signer: { authority: ['TL. GIÁM ĐỐC'], title: 'CHÁNH VĂN PHÒNG', name: 'Hồ Sỹ Tuấn' },
  style: { ...DEFAULT_STYLE, bodySize: 13 },
};
