// Báo cáo of a Sở Y tế answering the Bộ Y tế công văn 2150/BYT-KHTC (congvan-byt.ts).
// Invented content.
import { DEFAULT_STYLE, type Letter, heading, item, p } from '../model.ts';
import { congvanByt } from './congvan-byt.ts';

export const baocaoSyt: Letter = {
  name: 'baocao-syt-ninhbinh-142',
  source: 'vanthu samples (invented): Sở Y tế tỉnh Ninh Bình báo cáo 142/BC-SYT',
  docType: 'Báo cáo',
  issuer: ['UBND TỈNH NINH BÌNH', 'SỞ Y TẾ'],
  number: '142/BC-SYT',
  place: 'Ninh Bình',
  date: '2024-04-26',
  subjectPrefix: '',
  subject: 'Tình hình thực hiện cơ chế tự chủ tài chính và nhu cầu đầu tư trang thiết bị y tế năm 2024',
  recipients: ['Bộ Y tế (Vụ Kế hoạch - Tài chính)'],
  body: [
    p(
      `Thực hiện Công văn số ${congvanByt.number} ngày 08/4/2024 của Bộ Y tế về việc báo cáo tình hình thực hiện cơ chế tự chủ tài chính và kế hoạch đầu tư trang thiết bị y tế năm 2024, Sở Y tế tỉnh Ninh Bình báo cáo như sau:`,
    ),
    heading('I. TÌNH HÌNH THỰC HIỆN CƠ CHẾ TỰ CHỦ TÀI CHÍNH'),
    item(
      '1.',
      'Toàn tỉnh có 19 đơn vị sự nghiệp công lập trực thuộc Sở Y tế, trong đó 02 đơn vị tự bảo đảm chi thường xuyên, 11 đơn vị tự bảo đảm một phần chi thường xuyên và 06 đơn vị do ngân sách nhà nước bảo đảm chi thường xuyên theo Quyết định số 508/QĐ-UBND ngày 20/7/2023 của Ủy ban nhân dân tỉnh.',
    ),
    item(
      '2.',
      'Các đơn vị đã rà soát phương án tự chủ giai đoạn 2024 - 2026; 17/19 đơn vị đã trình phê duyệt, 02 đơn vị đang hoàn thiện hồ sơ.',
    ),
    heading('II. NHU CẦU ĐẦU TƯ TRANG THIẾT BỊ Y TẾ NĂM 2024'),
    p(
      'Tổng nhu cầu đầu tư, mua sắm trang thiết bị y tế năm 2024 là 186,4 tỷ đồng, trong đó ngân sách nhà nước 112,0 tỷ đồng, nguồn thu sự nghiệp 61,2 tỷ đồng và nguồn xã hội hóa 13,2 tỷ đồng (chi tiết tại Phụ lục kèm theo).',
    ),
    heading('III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ'),
    p(
      'Giá dịch vụ khám bệnh, chữa bệnh theo Thông tư số 22/2023/TT-BYT chưa tính đủ chi phí khấu hao tài sản cố định, các đơn vị khó cân đối nguồn để đầu tư. Sở Y tế kính đề nghị Bộ Y tế tiếp tục hướng dẫn lộ trình tính đủ chi phí vào giá dịch vụ.',
    ),
    p('Sở Y tế tỉnh Ninh Bình trân trọng báo cáo./.'),
  ],
  cc: ['Như trên', 'UBND tỉnh (để b/c)', 'Giám đốc Sở (để b/c)', 'Lưu: VT, KHTC'],
  signer: { authority: ['KT. GIÁM ĐỐC'], title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thạch' },
  style: { ...DEFAULT_STYLE, bodySize: 13 },
};
