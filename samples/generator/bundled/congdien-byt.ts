// Công điện HỎA TỐC of the Bộ trưởng Bộ Y tế: "BỘ TRƯỞNG BỘ Y TẾ điện:" instead of "Kính gửi",
// a dated report deadline and a weekly one in the same item. Invented content.
import { DEFAULT_STYLE, type Letter, item, p } from '../model.ts';

export const congdienByt: Letter = {
  name: 'congdien-byt-05-cd',
  source: 'vanthu samples (invented): Bộ Y tế công điện 05/CĐ-BYT',
  docType: 'Công điện',
  issuer: ['BỘ Y TẾ'],
  number: '05/CĐ-BYT',
  place: 'Hà Nội',
  date: '2024-08-19',
  urgency: 'HỎA TỐC',
  subjectPrefix: 'Về việc',
  subject: 'tăng cường các biện pháp phòng, chống dịch sốt xuất huyết Dengue trong cao điểm mùa mưa',
  recipientsLabel: 'BỘ TRƯỞNG BỘ Y TẾ điện:',
  recipients: [
    'Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương',
    'Viện trưởng các Viện Vệ sinh dịch tễ, Viện Pasteur',
    'Giám đốc các bệnh viện trực thuộc Bộ Y tế',
  ],
  body: [
    p(
      'Từ đầu năm 2024 đến nay, cả nước ghi nhận số ca mắc sốt xuất huyết Dengue tăng cao tại nhiều địa phương, đặc biệt tại khu vực phía Nam và Tây Nguyên. Thực hiện Chỉ thị số 09/CT-TTg ngày 12/3/2024 của Thủ tướng Chính phủ về tăng cường công tác phòng, chống dịch bệnh, để chủ động kiểm soát dịch, Bộ trưởng Bộ Y tế yêu cầu:',
    ),
    item(
      '1.',
      'Sở Y tế các tỉnh, thành phố tham mưu Ủy ban nhân dân cấp tỉnh tổ chức ngay chiến dịch diệt lăng quăng, bọ gậy tại các ổ dịch và vùng nguy cơ cao, hoàn thành đợt 1 trước ngày 31/8/2024.',
      { deadlines: [{ date: '2024-08-31' }] },
    ),
    item(
      '2.',
      'Các Viện Vệ sinh dịch tễ, Viện Pasteur tăng cường giám sát véc tơ, hỗ trợ chuyên môn cho các địa phương trong khu vực phụ trách; bảo đảm đủ hóa chất, máy phun theo hướng dẫn tại Quyết định số 3711/QĐ-BYT ngày 19/9/2014 của Bộ trưởng Bộ Y tế.',
    ),
    item(
      '3.',
      'Các bệnh viện tổ chức phân luồng, thu dung, điều trị người bệnh, hạn chế thấp nhất ca tử vong; thực hiện đúng hướng dẫn chẩn đoán, điều trị sốt xuất huyết Dengue của Bộ Y tế.',
    ),
    item(
      '4.',
      'Các đơn vị báo cáo tình hình triển khai Công điện này về Bộ Y tế (qua Cục Y tế dự phòng) trước 16 giờ 00 ngày 23/8/2024; sau đó báo cáo định kỳ hằng tuần vào thứ Năm cho đến khi có thông báo mới.',
      {
        deadlines: [
          {
            date: '2024-08-23',
            text: 'Các đơn vị báo cáo tình hình triển khai Công điện này về Bộ Y tế (qua Cục Y tế dự phòng) trước 16 giờ 00 ngày 23/8/2024',
          },
          { date: null, text: 'sau đó báo cáo định kỳ hằng tuần vào thứ Năm cho đến khi có thông báo mới' },
        ],
      },
    ),
    p('Yêu cầu Thủ trưởng các đơn vị khẩn trương triển khai thực hiện./.'),
  ],
  cc: [
    'Như trên',
    'Văn phòng Chính phủ (để b/c)',
    'Bộ trưởng (để b/c)',
    'Các Thứ trưởng',
    'Cổng TTĐT Bộ Y tế',
    'Lưu: VT, DP',
  ],
  signer: { authority: ['KT. BỘ TRƯỞNG'], title: 'THỨ TRƯỞNG', name: 'Nguyễn Hữu Phước' },
  style: { ...DEFAULT_STYLE, bodySize: 14 },
};
