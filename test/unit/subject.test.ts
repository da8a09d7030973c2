import { describe, expect, it } from 'vitest';
import { extractSubject } from '../../pipeline/fields/subject.ts';
import { evidenceText, header, makeDoc } from './doc.ts';
import type { Part } from './doc.ts';

const PD = 'Nghệ An, ngày 12 tháng 3 năm 2024';
const H = (number: string, extraLeft: string[] = []) => header(['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ'], `Số: ${number}`, PD, extraLeft);
const UBND = (number: string) => header(['ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN'], `Số: ${number}`, PD);
const subjectOf = (parts: Part[]) => extractSubject(makeDoc(parts))?.value ?? null;

describe('extractSubject: công văn', () => {
  it('joins the V/v lines of the left column and drops "V/v"', () => {
    const doc = makeDoc([
      H('1021/SYT-NVY', ['V/v tăng cường công tác phòng, chống', 'dịch sốt xuất huyết năm 2024']),
      'Kính gửi: Các đơn vị trực thuộc',
    ]);
    const found = extractSubject(doc);
    expect(found?.value).toBe('tăng cường công tác phòng, chống dịch sốt xuất huyết năm 2024');
    expect(evidenceText(doc, found?.evidence)).toBe('V/v tăng cường công tác phòng, chống\ndịch sốt xuất huyết năm 2024');
  });
  it('does not run into the right column', () => {
    expect(subjectOf([H('1021/SYT-NVY', ['V/v góp ý dự thảo Nghị quyết']), 'Kính gửi: Sở Tư pháp'])).toBe('góp ý dự thảo Nghị quyết');
  });
  it('drops "V/v:" with a colon and a trailing period', () => {
    expect(subjectOf([H('1021/SYT-NVY', ['V/v: báo cáo tình hình thực hiện', 'Kế hoạch số 56/KH-UBND.']), 'Kính gửi: Sở Tài chính'])).toBe(
      'báo cáo tình hình thực hiện Kế hoạch số 56/KH-UBND',
    );
  });
  it('drops a leading "Về việc"', () => {
    expect(subjectOf([H('1021/SYT-NVY', ['Về việc báo cáo số liệu tiêm chủng.']), 'Kính gửi: Bộ Y tế'])).toBe('báo cáo số liệu tiêm chủng');
  });
  it('stops at a rule line under the trích yếu', () => {
    expect(subjectOf([H('1021/SYT-NVY', ['V/v cử cán bộ tham gia tập huấn', '-------']), 'Kính gửi: Bệnh viện Đa khoa tỉnh'])).toBe(
      'cử cán bộ tham gia tập huấn',
    );
  });
  it('is null for a letter without V/v or title', () => {
    expect(subjectOf([H('1021/SYT-NVY'), 'Kính gửi: Bộ Y tế', 'Sở Y tế báo cáo như sau.'])).toBeNull();
  });
});

describe('extractSubject: titled types', () => {
  it('stops before the enacting authority "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"', () => {
    expect(
      subjectOf([
        UBND('25/2024/QĐ-UBND'),
        'QUYẾT ĐỊNH',
        'Ban hành Quy định về phân cấp quản lý',
        'tài sản công tại các cơ quan, đơn vị thuộc tỉnh',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      ]),
    ).toBe('Ban hành Quy định về phân cấp quản lý tài sản công tại các cơ quan, đơn vị thuộc tỉnh');
  });
  it('stops before "Căn cứ" and drops "Về việc" and the trailing period', () => {
    expect(
      subjectOf([UBND('31/QĐ-UBND'), 'QUYẾT ĐỊNH', 'Về việc phê duyệt danh mục thiết bị y tế.', 'Căn cứ Luật Đấu thầu ngày 23 tháng 6 năm 2023;']),
    ).toBe('phê duyệt danh mục thiết bị y tế');
  });
  it('stops before "GIÁM ĐỐC SỞ Y TẾ" and before "Kính gửi"', () => {
    expect(subjectOf([H('17/QĐ-SYT'), 'QUYẾT ĐỊNH', 'Về việc thành lập Tổ công tác', 'GIÁM ĐỐC SỞ Y TẾ TỈNH NGHỆ AN'])).toBe(
      'thành lập Tổ công tác',
    );
    expect(subjectOf([H('9/TTr-SYT'), 'TỜ TRÌNH', 'Về việc mua sắm trang thiết bị y tế', 'Kính gửi: Ủy ban nhân dân tỉnh'])).toBe(
      'mua sắm trang thiết bị y tế',
    );
  });
  it('keeps a trích yếu wrapped over two lines and stops at the rule', () => {
    expect(
      subjectOf([H('88/KH-SYT'), 'KẾ HOẠCH', 'Triển khai chiến dịch tiêm chủng vắc xin sởi', 'năm 2024', '-----', 'I. MỤC ĐÍCH, YÊU CẦU']),
    ).toBe('Triển khai chiến dịch tiêm chủng vắc xin sởi năm 2024');
  });
  it('stops before the HĐND authority lines of a Nghị quyết', () => {
    expect(
      subjectOf([
        header(['HỘI ĐỒNG NHÂN DÂN', 'TỈNH NGHỆ AN'], 'Số: 20/NQ-HĐND', PD),
        'NGHỊ QUYẾT',
        'Về việc thông qua kế hoạch đầu tư công trung hạn',
        'HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN',
        'KHÓA XVIII, KỲ HỌP THỨ 19',
      ]),
    ).toBe('thông qua kế hoạch đầu tư công trung hạn');
  });

  // Suspected bug: the formula "CHỦ TỊCH UBND TỈNH ... điện:" of a công điện is not all capitals, so
  // it is not seen as the enacting authority and is glued onto the trích yếu.
  it('stops before "CHỦ TỊCH UBND TỈNH NGHỆ AN điện:" in a công điện', () => {
    expect(subjectOf([UBND('15/CĐ-UBND'), 'CÔNG ĐIỆN', 'Về việc tập trung ứng phó với bão số 3', 'CHỦ TỊCH UBND TỈNH NGHỆ AN điện:'])).toBe(
      'tập trung ứng phó với bão số 3',
    );
  });
  // Suspected bug: a body opening with a date ("Ngày 10/3/2024, ...") is not in BODY_START, so a
  // Thông báo without a rule line under its trích yếu takes the first body sentence too.
  it('stops before a body that opens with "Ngày ..."', () => {
    expect(
      subjectOf([
        H('88/TB-SYT'),
        'THÔNG BÁO',
        'Kết luận của Giám đốc Sở Y tế tại buổi làm việc',
        'với Bệnh viện Đa khoa tỉnh',
        'Ngày 10/3/2024, Giám đốc Sở Y tế đã làm việc với Bệnh viện Đa khoa tỉnh.',
      ]),
    ).toBe('Kết luận của Giám đốc Sở Y tế tại buổi làm việc với Bệnh viện Đa khoa tỉnh');
  });

  // A trích yếu may open with words that also open a body ("Đề nghị", "Thực hiện", "Quản lý").
  it.each([
    ['TỜ TRÌNH', 'Đề nghị phê duyệt kế hoạch lựa chọn nhà thầu'],
    ['KẾ HOẠCH', 'Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024'],
    ['KẾ HOẠCH', 'Quản lý chất thải y tế năm 2024'],
    ['QUYẾT ĐỊNH', 'Phân bổ kinh phí mua sắm vắc xin năm 2024'],
  ])('reads the trích yếu of %s "%s"', (title, subject) => {
    expect(subjectOf([H('9/SYT'), title, subject, '-----', 'Căn cứ Luật Ngân sách nhà nước;'])).toBe(subject);
  });
});
