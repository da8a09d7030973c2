// Quyết định of a Sở Y tế: "Căn cứ" lines, "QUYẾT ĐỊNH:", Điều 1-4, signed by the Giám đốc in
// person. Invented content.
import { DEFAULT_STYLE, type Letter, item, p } from '../model.ts';

const dieu = (n: number, text: string, deadlines?: Letter['body'][number]['deadlines']) =>
  item(`Điều ${n}.`, text, { labelBold: true, deadlines });

export const quyetdinhSyt: Letter = {
  name: 'quyetdinh-syt-namdinh-458',
  source: 'vanthu samples (invented): Sở Y tế tỉnh Nam Định quyết định 458/QĐ-SYT',
  docType: 'Quyết định',
  issuer: ['UBND TỈNH NAM ĐỊNH', 'SỞ Y TẾ'],
  number: '458/QĐ-SYT',
  place: 'Nam Định',
  date: '2024-05-20',
  subjectPrefix: 'Về việc',
  subject:
    'thành lập Đoàn kiểm tra công tác phòng, chống dịch bệnh mùa hè và bảo đảm an toàn thực phẩm tại các cơ sở y tế năm 2024',
  recipients: [],
  authorityLine: 'GIÁM ĐỐC SỞ Y TẾ TỈNH NAM ĐỊNH',
  body: [
    p('Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;'),
    p(
      'Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 15/7/2022 của Ủy ban nhân dân tỉnh Nam Định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Nam Định;',
    ),
    p('Căn cứ Kế hoạch số 112/KH-SYT ngày 02/4/2024 của Sở Y tế về công tác kiểm tra, giám sát chuyên môn năm 2024;'),
    p('Theo đề nghị của Trưởng phòng Nghiệp vụ Y - Dược.'),
    { runs: [{ text: 'QUYẾT ĐỊNH:', bold: true }], align: 'center', spaceBefore: 10 },
    dieu(
      1,
      'Thành lập Đoàn kiểm tra công tác phòng, chống dịch bệnh mùa hè và bảo đảm an toàn thực phẩm tại các cơ sở y tế năm 2024 (sau đây gọi tắt là Đoàn kiểm tra), gồm các ông (bà) có tên sau:',
    ),
    item('1.', 'Ông Trần Văn Khải, Phó Giám đốc Sở Y tế - Trưởng đoàn;'),
    item('2.', 'Bà Nguyễn Thị Thu Hằng, Trưởng phòng Nghiệp vụ Y - Dược, Sở Y tế - Phó Trưởng đoàn;'),
    item('3.', 'Ông Vũ Đức Minh, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh - Thành viên;'),
    item('4.', 'Bà Phạm Thị Lan Anh, Chuyên viên Chi cục An toàn vệ sinh thực phẩm - Thành viên;'),
    item('5.', 'Ông Đỗ Quang Huy, Chuyên viên phòng Nghiệp vụ Y - Dược, Sở Y tế - Thư ký.'),
    dieu(
      2,
      'Đoàn kiểm tra có nhiệm vụ kiểm tra việc triển khai các biện pháp phòng, chống dịch bệnh mùa hè, công tác bảo đảm an toàn thực phẩm tại bếp ăn của các bệnh viện, trung tâm y tế trên địa bàn tỉnh. Thời gian kiểm tra trong tháng 6 năm 2024 theo lịch do Trưởng đoàn thông báo. Trưởng đoàn tổng hợp, báo cáo kết quả kiểm tra về Sở Y tế trước ngày 10/7/2024.',
      [
        {
          date: '2024-07-10',
          text: 'Trưởng đoàn tổng hợp, báo cáo kết quả kiểm tra về Sở Y tế trước ngày 10/7/2024.',
        },
      ],
    ),
    dieu(3, 'Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ. Quyết định này có hiệu lực kể từ ngày ký.'),
    dieu(
      4,
      'Chánh Văn phòng Sở, Trưởng các phòng chức năng thuộc Sở, Giám đốc các đơn vị y tế trực thuộc Sở và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    ),
  ],
  cc: ['Như Điều 4', 'UBND tỉnh (để b/c)', 'Các Phó Giám đốc Sở', 'Lưu: VT, NVY'],
  signer: { authority: [], title: 'GIÁM ĐỐC', name: 'Lê Hồng Sơn' },
  style: { ...DEFAULT_STYLE, bodySize: 14 },
};
