import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../pipeline/fields/references.ts';
import { header, makeDoc } from './doc.ts';

const OWN = '1021/SYT-NVY';
const H = header(['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ'], `Số: ${OWN}`, 'Nghệ An, ngày 12 tháng 3 năm 2024', ['V/v triển khai công tác y tế dự phòng']);
const refsOf = (body: string[], own: string | null = OWN) =>
  extractReferences(makeDoc([H, 'Kính gửi: Các đơn vị trực thuộc', ...body]), own)?.value ?? null;

describe('extractReferences', () => {
  it('reads types and dates of cited documents, in order of first appearance', () => {
    expect(
      refsOf([
        'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;',
        'Căn cứ Quyết định số 1234/QĐ-UBND ngày 12 tháng 4 năm 2023 của UBND tỉnh;',
        'Thực hiện Nghị quyết số 157-NQ/BCSĐ ngày 03/02/2023 của Ban cán sự đảng Bộ Y tế;',
        'Theo đề nghị tại Tờ trình số 88/TTr-NVY của Phòng Nghiệp vụ Y.',
      ]),
    ).toEqual([
      { number: '30/2020/NĐ-CP', type: 'Nghị định', date: '2020-03-05' },
      { number: '1234/QĐ-UBND', type: 'Quyết định', date: '2023-04-12' },
      { number: '157-NQ/BCSĐ', type: 'Nghị quyết', date: '2023-02-03' },
      { number: '88/TTr-NVY', type: 'Tờ trình', date: null },
    ]);
  });
  it('does not repeat a number cited twice, even spaced differently', () => {
    expect(
      refsOf(['Căn cứ Công văn số 2345 /BYT - DP ngày 01/3/2024 của Bộ Y tế;', 'Sở Y tế nhắc lại yêu cầu tại Công văn 2345/BYT-DP.']),
    ).toEqual([{ number: '2345/BYT-DP', type: 'Công văn', date: '2024-03-01' }]);
  });
  it('excludes the letter\'s own number', () => {
    expect(
      refsOf(['Sở Y tế đã ban hành Công văn số 1021/SYT-NVY ngày 12/3/2024; đề nghị thực hiện theo Kế hoạch số 56/KH-UBND.']),
    ).toEqual([{ number: '56/KH-UBND', type: 'Kế hoạch', date: null }]);
  });
  it('joins a number broken at its hyphen across two lines', () => {
    expect(refsOf(['Thực hiện Công văn số 2345/BYT-', 'DP ngày 01/3/2024 của Bộ Y tế về phòng, chống dịch.'])).toEqual([
      { number: '2345/BYT-DP', type: 'Công văn', date: '2024-03-01' },
    ]);
  });
  it('takes the type from the symbol when the text does not name it', () => {
    expect(refsOf(['Căn cứ 12/2023/TT-BYT và hướng dẫn chuyên môn.'])).toEqual([{ number: '12/2023/TT-BYT', type: 'Thông tư', date: null }]);
  });
  it('does not read a fraction or a bare "12/CT" as a citation', () => {
    expect(refsOf(['Tỷ lệ đạt 12/15 đơn vị; 3/4 số xã đạt tiêu chí.'])).toBeNull();
  });
  it('reads a date only when it follows the number', () => {
    expect(refsOf(['Ngày 20/02/2024, UBND tỉnh ban hành Kế hoạch số 56/KH-UBND về tiêm chủng.'])).toEqual([
      { number: '56/KH-UBND', type: 'Kế hoạch', date: null },
    ]);
  });
  it('is null without citations', () => {
    expect(refsOf(['Sở Y tế thông báo để các đơn vị biết.'])).toBeNull();
  });

  // Suspected bug: TYPE_BEFORE wants the type word right before "số", so a law cited with its
  // name ("Luật Khám bệnh, chữa bệnh số 15/2023/QH15") gets type null.
  it('reads the type "Luật" of a law cited with its name', () => {
    expect(refsOf(['Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;'])).toEqual([
      { number: '15/2023/QH15', type: 'Luật', date: '2023-01-09' },
    ]);
  });
});
