import { describe, expect, it } from 'vitest';
import { extractRecipients } from '../../pipeline/fields/recipients.ts';
import { evidenceText, header, makeDoc } from './doc.ts';

const H = header(['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ'], 'Số: 1021/SYT-NVY', 'Nghệ An, ngày 12 tháng 3 năm 2024', ['V/v báo cáo công tác y tế']);
const recipientsOf = (...lines: string[]) => extractRecipients(makeDoc([H, ...lines]))?.value ?? null;

describe('extractRecipients', () => {
  it('reads one addressee on the Kính gửi line and stops at the body', () => {
    expect(recipientsOf('Kính gửi: Bệnh viện Đa khoa tỉnh Nghệ An.', 'Sở Y tế nhận được Công văn số 12/BVĐK-KHTH ...')).toEqual([
      'Bệnh viện Đa khoa tỉnh Nghệ An',
    ]);
  });
  it('stops at a body starting with "Thực hiện" even without a final period', () => {
    expect(recipientsOf('Kính gửi: Ủy ban nhân dân tỉnh Nghệ An', 'Thực hiện chỉ đạo của Bộ Y tế ...')).toEqual([
      'Ủy ban nhân dân tỉnh Nghệ An',
    ]);
  });
  it('reads a dash list and skips "(sau đây gọi chung là ...)"', () => {
    expect(
      recipientsOf(
        'Kính gửi:',
        '- Bệnh viện Đa khoa tỉnh Nghệ An;',
        '- Bệnh viện Sản Nhi Nghệ An;',
        '- Trung tâm Y tế các huyện, thành phố, thị xã',
        '(sau đây gọi chung là các đơn vị).',
        'Sở Y tế đề nghị các đơn vị khẩn trương triển khai.',
      ),
    ).toEqual(['Bệnh viện Đa khoa tỉnh Nghệ An', 'Bệnh viện Sản Nhi Nghệ An', 'Trung tâm Y tế các huyện, thành phố, thị xã']);
  });
  it('reads a dash list that starts on the Kính gửi line', () => {
    expect(recipientsOf('Kính gửi: - Sở Tài chính;', '- Sở Kế hoạch và Đầu tư.', 'Căn cứ Luật Ngân sách nhà nước ...')).toEqual([
      'Sở Tài chính',
      'Sở Kế hoạch và Đầu tư',
    ]);
  });
  it('joins an addressee wrapped onto a lower-case line', () => {
    expect(
      recipientsOf(
        'Kính gửi:',
        '- Giám đốc các bệnh viện tuyến tỉnh;',
        '- Giám đốc Trung tâm Y tế các huyện, thành phố,',
        'thị xã.',
        'Thực hiện Công văn số 2345/BYT-DP ...',
      ),
    ).toEqual(['Giám đốc các bệnh viện tuyến tỉnh', 'Giám đốc Trung tâm Y tế các huyện, thành phố, thị xã']);
  });
  it('reads an OCR-misspelt anchor "Kinh gứi:"', () => {
    expect(recipientsOf('Kinh gứi: Sở Nội vụ tỉnh Nghệ An.', 'Sở Y tế đề nghị ...')).toEqual(['Sở Nội vụ tỉnh Nghệ An']);
  });
  it('points its evidence over the list', () => {
    const doc = makeDoc([H, 'Kính gửi:', '- Sở Tài chính;', '- Kho bạc Nhà nước Nghệ An.', 'Sở Y tế đề nghị ...']);
    expect(evidenceText(doc, extractRecipients(doc)?.evidence)).toBe('- Sở Tài chính;\n- Kho bạc Nhà nước Nghệ An.');
  });
  it('is null without Kính gửi', () => {
    expect(recipientsOf('Sở Y tế thông báo như sau.')).toBeNull();
  });
});
