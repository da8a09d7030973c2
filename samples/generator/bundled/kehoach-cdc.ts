// Kế hoạch of a provincial Trung tâm Kiểm soát bệnh tật: sections, tasks with dated and recurring
// deadlines. Invented content.
import { DEFAULT_STYLE, type Letter, heading, item, p } from '../model.ts';

export const kehoachCdc: Letter = {
  name: 'kehoach-cdc-thaibinh-86',
  source: 'vanthu samples (invented): Trung tâm Kiểm soát bệnh tật tỉnh Thái Bình kế hoạch 86/KH-KSBT',
  docType: 'Kế hoạch',
  issuer: ['SỞ Y TẾ TỈNH THÁI BÌNH', 'TRUNG TÂM KIỂM SOÁT\nBỆNH TẬT'],
  number: '86/KH-KSBT',
  place: 'Thái Bình',
  date: '2024-02-26',
  subjectPrefix: '',
  subject: 'Triển khai chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ em từ 1 đến 5 tuổi năm 2024',
  recipients: [],
  body: [
    p(
      'Căn cứ Quyết định số 3312/QĐ-BYT ngày 14/11/2023 của Bộ trưởng Bộ Y tế về việc phê duyệt Kế hoạch tiêm chủng mở rộng giai đoạn 2024 - 2025; Công văn số 356/SYT-NVY ngày 19/02/2024 của Sở Y tế tỉnh Thái Bình về việc tăng cường công tác tiêm chủng, Trung tâm Kiểm soát bệnh tật tỉnh xây dựng Kế hoạch triển khai chiến dịch như sau:',
    ),
    heading('I. MỤC ĐÍCH, YÊU CẦU'),
    item(
      '1.',
      'Mục đích: Tăng tỷ lệ miễn dịch phòng bệnh sởi, rubella cho trẻ em từ 1 đến 5 tuổi, phấn đấu đạt tỷ lệ tiêm trên 95% số đối tượng tại tất cả các xã, phường, thị trấn.',
    ),
    item(
      '2.',
      'Yêu cầu: Bảo đảm an toàn tiêm chủng theo Nghị định số 104/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định về hoạt động tiêm chủng; không để sót đối tượng.',
    ),
    heading('II. THỜI GIAN, PHẠM VI'),
    p('Chiến dịch được tổ chức trong tháng 3 năm 2024 tại 260 xã, phường, thị trấn của 08 huyện, thành phố.'),
    heading('III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN'),
    item(
      '1.',
      'Khoa Phòng, chống bệnh truyền nhiễm: chủ trì rà soát, lập danh sách đối tượng, dự trù vắc xin và vật tư tiêm chủng, hoàn thành trước ngày 08/3/2024.',
      { deadlines: [{ date: '2024-03-08' }] },
    ),
    item(
      '2.',
      'Trung tâm Y tế các huyện, thành phố: xây dựng kế hoạch chi tiết, bố trí điểm tiêm và nhân lực; gửi kế hoạch về Trung tâm Kiểm soát bệnh tật trước ngày 11 tháng 3 năm 2024.',
      { deadlines: [{ date: '2024-03-11' }] },
    ),
    item(
      '3.',
      'Khoa Truyền thông, giáo dục sức khỏe: phối hợp với Đài Phát thanh và Truyền hình tỉnh đưa tin về chiến dịch; cung cấp tài liệu truyền thông cho tuyến huyện, xã.',
    ),
    item('4.', 'Phòng Tài chính - Kế toán: bảo đảm kinh phí vận chuyển vắc xin, giám sát và hỗ trợ tuyến dưới.'),
    heading('IV. CHẾ ĐỘ BÁO CÁO'),
    p(
      'Trung tâm Y tế các huyện, thành phố gửi báo cáo kết quả chiến dịch về Trung tâm Kiểm soát bệnh tật (qua Khoa Phòng, chống bệnh truyền nhiễm) chậm nhất ngày 05/4/2024.',
      { deadlines: [{ date: '2024-04-05' }] },
    ),
    p(
      'Sau chiến dịch, các đơn vị báo cáo tình hình tiêm chủng thường xuyên định kỳ hàng tháng trước ngày 05 của tháng tiếp theo.',
      { deadlines: [{ date: null }] },
    ),
    p(
      'Trên đây là Kế hoạch triển khai chiến dịch tiêm bổ sung vắc xin sởi - rubella năm 2024, đề nghị các khoa, phòng và các đơn vị nghiêm túc thực hiện./.',
    ),
  ],
  cc: [
    'Sở Y tế (để b/c)',
    'Giám đốc Trung tâm (để b/c)',
    'TTYT các huyện, thành phố',
    'Các khoa, phòng liên quan',
    'Lưu: VT, KSBTN',
  ],
  signer: { authority: ['KT. GIÁM ĐỐC'], title: 'PHÓ GIÁM ĐỐC', name: 'Đoàn Thị Minh Thu' },
  style: { ...DEFAULT_STYLE, bodySize: 13 },
};
