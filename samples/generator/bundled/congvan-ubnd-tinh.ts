// Công văn of an Ủy ban nhân dân tỉnh to its departments, signed KT. CHỦ TỊCH. Invented content.
import { DEFAULT_STYLE, type Letter, item, p } from '../model.ts';

export const congvanUbndTinh: Letter = {
  name: 'congvan-ubnd-quangbinh-1875',
  source: 'vanthu samples (invented): UBND tỉnh Quảng Bình công văn 1875/UBND-KGVX',
  docType: 'Công văn',
  issuer: ['ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH'],
  number: '1875/UBND-KGVX',
  place: 'Quảng Bình',
  date: '2024-10-15',
  subjectPrefix: 'V/v',
  subject: 'tăng cường công tác phòng, chống bệnh bạch hầu trên địa bàn tỉnh',
  recipients: [
    'Sở Y tế',
    'Sở Giáo dục và Đào tạo',
    'Sở Thông tin và Truyền thông',
    'UBND các huyện, thị xã, thành phố',
  ],
  body: [
    p(
      'Thực hiện Công văn số 5678/BYT-DP ngày 02/10/2024 của Bộ Y tế về việc tăng cường phòng, chống bệnh bạch hầu; trước diễn biến các ca bệnh ghi nhận tại một số tỉnh lân cận, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:',
    ),
    item(
      '1.',
      'Sở Y tế chủ trì, phối hợp với các đơn vị liên quan rà soát tỷ lệ tiêm vắc xin có thành phần bạch hầu của trẻ em, tổ chức tiêm bù, tiêm vét cho đối tượng chưa tiêm đủ mũi; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/10/2024.',
      { deadlines: [{ date: '2024-10-30' }] },
    ),
    item(
      '2.',
      'Sở Giáo dục và Đào tạo chỉ đạo các trường học phối hợp với cơ sở y tế theo dõi sức khỏe học sinh, phát hiện sớm trường hợp nghi mắc và thông báo ngay cho cơ quan y tế.',
    ),
    item(
      '3.',
      'Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo chí tuyên truyền về biện pháp phòng bệnh, khuyến cáo tiêm chủng đầy đủ.',
    ),
    item(
      '4.',
      'Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Trung tâm Y tế và Ủy ban nhân dân cấp xã triển khai giám sát chặt chẽ tại cộng đồng; định kỳ hàng tuần báo cáo tình hình dịch bệnh về Sở Y tế vào thứ Sáu để tổng hợp.',
      { deadlines: [{ date: null }] },
    ),
    p('Yêu cầu Thủ trưởng các cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện./.'),
  ],
  cc: [
    'Như trên',
    'Bộ Y tế (để b/c)',
    'TT Tỉnh ủy, TT HĐND tỉnh (để b/c)',
    'Chủ tịch, các PCT UBND tỉnh',
    'VPUBND tỉnh: LĐVP, KGVX',
    'Lưu: VT, KGVX',
  ],
  signer: { authority: ['KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name: 'Hoàng Xuân Tân' },
  style: { ...DEFAULT_STYLE, bodySize: 14 },
};
