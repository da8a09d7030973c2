// Header layouts of NĐ 30/2020 Phụ lục I as text layers deliver them: two rows of the header
// table as two blocks, `|`-flattened rows, stacked (one column) headers, wrapped cells.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../pipeline/document.ts';
import { extractDocType } from '../../pipeline/fields/doc-type.ts';
import { extractIssuer } from '../../pipeline/fields/issuer.ts';
import { extractNumber } from '../../pipeline/fields/number.ts';
import { findPlaceDate } from '../../pipeline/fields/place-date.ts';
import { extractRecipients } from '../../pipeline/fields/recipients.ts';
import { extractSubject } from '../../pipeline/fields/subject.ts';
import { splitPipeRows } from '../../pipeline/layout/pipe-rows.ts';
import type { Line } from '../../pipeline/types.ts';
import { makeDoc } from './doc.ts';

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const full = (text: string): Line => ({ text, column: 'full', block: null });

describe('header in two rows (two blocks)', () => {
  const doc = makeDoc([
    { left: ['THỦ TƯỚNG CHÍNH PHỦ'], right: [MOTTO] },
    'Độc lập - Tự do - Hạnh phúc',
    { left: ['Số: 27/CT-TTg'], right: ['Hà Nội, ngày 17 tháng 9 năm 2018'] },
    'CHỈ THỊ',
    'VỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ',
    'Trong những năm qua, ...',
  ]);
  it('reads the agency of the first row and the place-date of the second', () => {
    expect(extractIssuer(doc)?.value).toEqual(['THỦ TƯỚNG CHÍNH PHỦ']);
    expect(findPlaceDate(doc)).toMatchObject({ place: 'Hà Nội', date: '2018-09-17' });
  });
  it('keeps a place-date printed under the table before the title', () => {
    const under = makeDoc([{ left: ['BỘ Y TẾ', 'Số: 12/QĐ-BYT'], right: [MOTTO] }, 'Hà Nội, ngày 15 tháng 3 năm 2022', 'QUYẾT ĐỊNH', 'Về việc X']);
    expect(findPlaceDate(under)?.date).toBe('2022-03-15');
  });
});

describe('issuer lines cut inside a head word', () => {
  it('joins "TỔNG" / "CỤC THUẾ" and "THỦ TƯỚNG" / "CHÍNH PHỦ", keeps a unit under its parent apart', () => {
    const of = (agency: string[]) => extractIssuer(makeDoc([{ left: [...agency, 'Số: 1/X-Y'], right: [MOTTO] }]))?.value;
    expect(of(['TỔNG', 'CỤC THUẾ', 'CỤC THUẾ TP HÀ NỘI'])).toEqual(['TỔNG CỤC THUẾ', 'CỤC THUẾ TP HÀ NỘI']);
    expect(of(['THỦ TƯỚNG', 'CHÍNH PHỦ'])).toEqual(['THỦ TƯỚNG CHÍNH PHỦ']);
    expect(of(['ỦY', 'BAN NHÂN DÂN TỈNH TUYÊN QUANG'])).toEqual(['ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG']);
    expect(of(['BỘ Y TẾ', 'CỤC QUẢN LÝ DƯỢC'])).toEqual(['BỘ Y TẾ', 'CỤC QUẢN LÝ DƯỢC']);
  });
});

describe('`|`-flattened header rows', () => {
  it('splits the cells into a two-column block, a wrapped cell continued', () => {
    const lines = splitPipeRows([full('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT'), full('NAM |'), full('Số: 54/KH-UBND | Lạng Sơn, ngày 27 tháng 3 năm 2020 |'), full('Thực hiện ...')], 0);
    expect(lines.map((l) => [l.column, l.text])).toEqual([
      ['left', 'ỦY BAN NHÂN DÂN'],
      ['left', 'Số: 54/KH-UBND'],
      ['right', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['right', 'Lạng Sơn, ngày 27 tháng 3 năm 2020'],
      ['full', 'Thực hiện ...'],
    ]);
  });
  it('reads the fields of such a header, escaped line breaks dropped', () => {
    const doc = buildDoc({ pages: [{ number: 1, source: 'text-layer', confidence: null, lines: [full('\\r\\n ỦY BAN NHÂN DÂN | \\r\\n CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |'), full('Số: 54/KH-UBND | Lạng Sơn, ngày 27 tháng 3 năm 2020 |')] }], signatureStamps: [], warnings: [] });
    expect(extractNumber(doc)?.value).toBe('54/KH-UBND');
    expect(extractIssuer(doc)?.value).toEqual(['ỦY BAN NHÂN DÂN']);
    expect(findPlaceDate(doc)?.place).toBe('Lạng Sơn');
  });
});

describe('stacked party header', () => {
  const doc = makeDoc([
    'TỈNH UỶ HÀ TĨNH',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'BAN TUYÊN GIÁO',
    'Hà Tĩnh, ngày 15 tháng 6 năm 2021',
    'Số 369 - CV/BTGTU',
    'Gửi Đề cương tuyên truyền kỷ niệm',
    '190 năm thành lập tỉnh',
    'Kính gửi:',
    '- Các ban, sở, ngành cấp tỉnh,',
    '- Báo Hà Tĩnh, Đài Phát thanh - Truyền hình tỉnh, các tạp chí, đặc san, bản tin',
    'trong tỉnh,',
    '- Các báo Trung ương, tỉnh bạn hoạt động trên địa bàn tỉnh Hà Tĩnh và các tỉnh lân',
    'Cận.',
    'Hướng tới kỷ niệm 190 năm thành lập ...',
  ]);
  it('reads a number without colon, the party name as the motto, the trích yếu without "V/v"', () => {
    expect(extractNumber(doc)?.value).toBe('369-CV/BTGTU');
    expect(extractIssuer(doc)?.value).toEqual(['TỈNH UỶ HÀ TĨNH', 'BAN TUYÊN GIÁO']);
    expect(extractSubject(doc)?.value).toBe('Gửi Đề cương tuyên truyền kỷ niệm 190 năm thành lập tỉnh');
  });
  it('continues a dash item wrapped onto a capitalised line', () => {
    expect(extractRecipients(doc)?.value).toEqual(['Các ban, sở, ngành cấp tỉnh', 'Báo Hà Tĩnh, Đài Phát thanh - Truyền hình tỉnh, các tạp chí, đặc san, bản tin trong tỉnh', 'Các báo Trung ương, tỉnh bạn hoạt động trên địa bàn tỉnh Hà Tĩnh và các tỉnh lân Cận']);
  });
});

describe('công văn details', () => {
  it('reads "V/v" run on after the number, and "Về:" as a lead', () => {
    const a = makeDoc([{ left: ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 531/VPCP-NN V/v', 'nghiên cứu, xử lý thông tin'], right: [MOTTO, 'Hà Nội, ngày 22 tháng 01 năm 2021'] }, 'Kính gửi: Bộ X']);
    expect(extractSubject(a)?.value).toBe('nghiên cứu, xử lý thông tin');
    const b = makeDoc(['SỞ GIÁO DỤC VÀ ĐÀO TẠO', MOTTO, 'Số: 2865/GDĐT-KT&KĐCL', 'Về: tham gia ý kiến về dự thảo.', 'Tp.Hồ Chí Minh, ngày 07 tháng 12 năm 2007', 'Kính gửi: X']);
    expect(extractSubject(b)?.value).toBe('tham gia ý kiến về dự thảo');
    expect(extractNumber(b)?.value).toBe('2865/GDĐT-KT&KĐCL');
  });
  it('takes "V/v" for a công văn over a symbol that looks like a type code', () => {
    const doc = makeDoc([{ left: ['CỤC THUẾ TP HÀ NỘI', 'Số: 26998/CT-TTHT', 'V/v ưu đãi thuế'], right: [MOTTO, 'Hà Nội, ngày 26 tháng 04 năm 2019'] }]);
    expect(extractDocType(doc, '26998/CT-TTHT')?.value).toBe('Công văn');
  });
  it('joins a place whose first word the cell wrapped onto the line above, and keeps it out of the trích yếu', () => {
    const doc = makeDoc([{ left: ['CỤC THUẾ TP HÀ NỘI', 'Số: 26998/CT-TTHT', 'V/v ưu đãi thuế', 'Hà'], right: [MOTTO, 'Nội, ngày 26 tháng 04 năm 2019'] }, 'Kính gửi: X']);
    expect(findPlaceDate(doc)?.place).toBe('Hà Nội');
    expect(extractSubject(doc)?.value).toBe('ưu đãi thuế');
  });
});
