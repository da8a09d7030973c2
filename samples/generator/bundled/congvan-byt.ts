// Công văn of Bộ Y tế to many addressees, with dated and recurring deadlines. Invented content.
import { DEFAULT_STYLE, type Letter, item, p } from '../model.ts';

export const congvanByt: Letter = {
  name: 'congvan-byt-2150-khtc',
  source: 'vanthu samples (invented): Bộ Y tế công văn 2150/BYT-KHTC',
  docType: 'Công văn',
  issuer: ['BỘ Y TẾ'],
  number: '2150/BYT-KHTC',
  place: 'Hà Nội',
  date: '2024-04-08',
  urgency: 'KHẨN',
  subjectPrefix: 'V/v',
  subject:
    'báo cáo tình hình thực hiện cơ chế tự chủ tài chính và kế hoạch đầu tư trang thiết bị y tế năm 2024',
  recipients: [
    'Sở Y tế các tỉnh, thành phố trực thuộc Trung ương',
    'Các bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế',
    'Y tế các Bộ, ngành',
  ],
  recipientsNote: '(sau đây gọi chung là các đơn vị)',
  body: [
    p(
      'Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập và Quyết định số 1234/QĐ-BYT ngày 12/3/2023 của Bộ trưởng Bộ Y tế về việc ban hành Kế hoạch nâng cao năng lực quản lý tài chính tại các cơ sở khám bệnh, chữa bệnh công lập giai đoạn 2023 - 2025;',
    ),
    p(
      'Để có cơ sở tổng hợp, báo cáo Chính phủ về tình hình thực hiện cơ chế tự chủ của các đơn vị sự nghiệp công lập ngành y tế, Bộ Y tế đề nghị các đơn vị khẩn trương triển khai một số nội dung sau:',
    ),
    item(
      '1.',
      'Rà soát phương án tự chủ tài chính giai đoạn 2024 - 2026 của các đơn vị sự nghiệp công lập trực thuộc, đối chiếu với hướng dẫn tại Thông tư số 56/2022/TT-BTC ngày 16/9/2022 của Bộ Tài chính; gửi báo cáo kết quả rà soát về Bộ Y tế (qua Vụ Kế hoạch - Tài chính) trước ngày 30/4/2024.',
      { deadlines: [{ date: '2024-04-30' }] },
    ),
    item(
      '2.',
      'Tổng hợp nhu cầu đầu tư, mua sắm trang thiết bị y tế năm 2024 theo biểu mẫu gửi kèm Công văn này, phân rõ nguồn ngân sách nhà nước, nguồn thu sự nghiệp và nguồn xã hội hóa, hoàn thành trước ngày 15 tháng 5 năm 2024.',
      { deadlines: [{ date: '2024-05-15' }] },
    ),
    item(
      '3.',
      'Báo cáo khó khăn, vướng mắc trong việc thực hiện giá dịch vụ khám bệnh, chữa bệnh theo Thông tư số 22/2023/TT-BYT ngày 17/11/2023 của Bộ trưởng Bộ Y tế và đề xuất giải pháp tháo gỡ (nếu có).',
    ),
    item(
      '4.',
      'Định kỳ hàng quý, các đơn vị cập nhật tình hình giải ngân vốn đầu tư công và mua sắm trang thiết bị trên Hệ thống báo cáo trực tuyến của Bộ Y tế trước ngày 10 của tháng đầu quý sau.',
      { deadlines: [{ date: null }] },
    ),
    p(
      'Mẫu biểu báo cáo được đăng tải trên Cổng thông tin điện tử Bộ Y tế, mục Văn bản điều hành. Trong quá trình thực hiện, nếu có vướng mắc đề nghị liên hệ Vụ Kế hoạch - Tài chính, Bộ Y tế để được hướng dẫn.',
    ),
    p('Bộ Y tế trân trọng đề nghị các đơn vị quan tâm, phối hợp thực hiện đúng thời hạn./.'),
  ],
  cc: [
    'Như trên',
    'Bộ trưởng (để b/c)',
    'Các Thứ trưởng (để biết)',
    'Bộ Tài chính (Vụ Hành chính sự nghiệp)',
    'Cục Quản lý Khám, chữa bệnh',
    'Lưu: VT, KHTC',
  ],
  signer: {
    authority: ['TL. BỘ TRƯỞNG'],
    title: 'VỤ TRƯỞNG\nVỤ KẾ HOẠCH - TÀI CHÍNH',
    name: 'Phạm Quang Thành',
  },
  style: { ...DEFAULT_STYLE, bodySize: 14 },
};
