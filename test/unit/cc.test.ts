import { describe, expect, it } from 'vitest';
import { extractCc } from '../../pipeline/fields/cc.ts';
import { header, makeDoc } from './doc.ts';

const H = header(['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ'], 'Số: 1021/SYT-NVY', 'Nghệ An, ngày 12 tháng 3 năm 2024', ['V/v báo cáo công tác y tế']);
const SIGNER = ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Thị Hương Lan'];
const ccOf = (left: string[], right = SIGNER) =>
  extractCc(makeDoc([H, 'Kính gửi: Bộ Y tế', 'Sở Y tế báo cáo như sau.', { left, right }]))?.value ?? null;

describe('extractCc', () => {
  it('drops purpose notes and keeps "Lưu: VT, NVY" without its period', () => {
    expect(ccOf(['Nơi nhận:', '- Như trên;', '- Bộ Y tế (để b/c);', '- UBND tỉnh (b/c);', '- Lưu: VT, NVY.'])).toEqual([
      'Như trên',
      'Bộ Y tế',
      'UBND tỉnh',
      'Lưu: VT, NVY',
    ]);
  });
  it('drops longer purpose notes', () => {
    expect(
      ccOf(['Nơi nhận:', '- Chủ tịch, các PCT UBND tỉnh (để báo cáo);', '- Các sở, ban, ngành (để phối hợp);', '- Lưu: VT, KGVX.']),
    ).toEqual(['Chủ tịch, các PCT UBND tỉnh', 'Các sở, ban, ngành', 'Lưu: VT, KGVX']);
  });
  it('joins an item wrapped over two lines', () => {
    expect(ccOf(['Nơi nhận:', '- Như trên;', '- Trung tâm Kiểm soát bệnh tật', 'tỉnh Nghệ An (để t/h);', '- Lưu: VT, NVY.'])).toEqual([
      'Như trên',
      'Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An',
      'Lưu: VT, NVY',
    ]);
  });
  it('joins a wrapped item whose second line is capitalised when the first has no ";"', () => {
    expect(ccOf(['Nơi nhận:', '- Giám đốc, các Phó Giám đốc Sở;', '- Cổng thông tin điện tử', 'Sở Y tế;', '- Lưu: VT.'])).toEqual([
      'Giám đốc, các Phó Giám đốc Sở',
      'Cổng thông tin điện tử Sở Y tế',
      'Lưu: VT',
    ]);
  });
  it('does not read the signer column', () => {
    const cc = ccOf(['Nơi nhận:', '- Như trên;', '- Lưu: VT.']);
    expect(cc).toEqual(['Như trên', 'Lưu: VT']);
  });
  it('reads a list whose first item is on the "Nơi nhận:" line', () => {
    expect(ccOf(['Nơi nhận: - Như trên;', '- Lưu: VT, TCCB.'])).toEqual(['Như trên', 'Lưu: VT, TCCB']);
  });
  it('skips the typist\'s file path', () => {
    expect(ccOf(['Nơi nhận:', '- Như trên;', '- Lưu: VT, NVY.', 'D:\\VanBan\\2024\\CV1021.docx'])).toEqual(['Như trên', 'Lưu: VT, NVY']);
  });
  it('is null without "Nơi nhận"', () => {
    expect(extractCc(makeDoc([H, 'Kính gửi: Bộ Y tế', 'Sở Y tế báo cáo như sau.']))).toBeNull();
  });
  it('splits items a text layer glued together at ";-"', () => {
    expect(ccOf(['Nơi nhận:', '- Như Điều 5;- Bộ trưởng (để báo cáo);- Lưu: VT, KCB.'])).toEqual(['Như Điều 5', 'Bộ trưởng', 'Lưu: VT, KCB']);
  });
});
