import { describe, expect, it } from 'vitest';
import { extractIssuer } from '../../pipeline/fields/issuer.ts';
import { evidenceText, header, makeDoc } from './doc.ts';

const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const issuerOf = (left: string[], right: string[] = [...MOTTO, 'Nghệ An, ngày 12 tháng 3 năm 2024']) =>
  extractIssuer(makeDoc([{ left, right }, 'Kính gửi: Bộ Y tế']))?.value ?? null;

describe('extractIssuer', () => {
  it('lists two agencies parent first', () => {
    expect(issuerOf(['BỘ Y TẾ', 'CỤC QUẢN LÝ KHÁM, CHỮA BỆNH', '-------', 'Số: 412/KCB-NV'])).toEqual([
      'BỘ Y TẾ',
      'CỤC QUẢN LÝ KHÁM, CHỮA BỆNH',
    ]);
  });
  it('joins a name wrapped over two lines', () => {
    expect(issuerOf(['ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN', 'Số: 2150/UBND-VX'])).toEqual(['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN']);
  });
  it('joins a wrapped child agency under its parent', () => {
    expect(issuerOf(['SỞ Y TẾ NGHỆ AN', 'BỆNH VIỆN ĐA KHOA', 'TỈNH NGHỆ AN', 'Số: 318/BVĐK-KHTH'])).toEqual([
      'SỞ Y TẾ NGHỆ AN',
      'BỆNH VIỆN ĐA KHOA TỈNH NGHỆ AN',
    ]);
  });
  it('joins a long name whose second line starts with "VÀ"', () => {
    expect(
      issuerOf(['UBND TỈNH NGHỆ AN', 'BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI', 'VÀ TÌM KIẾM CỨU NẠN', 'Số: 45/BCH-PCTT']),
    ).toEqual(['UBND TỈNH NGHỆ AN', 'BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN']);
  });
  it('ignores motto lines that fell into the left column', () => {
    expect(issuerOf(['SỞ Y TẾ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 88/SYT-VP'], ['Nghệ An, ngày 12 tháng 3 năm 2024'])).toEqual(['SỞ Y TẾ']);
  });
  it('cuts the motto off an agency line read row by row', () => {
    expect(
      issuerOf(['SỞ Y TẾ NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BỆNH VIỆN ĐA KHOA TỈNH NGHỆ AN', 'Số: 318/BVĐK-KHTH'], [
        'Độc lập - Tự do - Hạnh phúc',
        'Vinh, ngày 02 tháng 7 năm 2024',
      ]),
    ).toEqual(['SỞ Y TẾ NGHỆ AN', 'BỆNH VIỆN ĐA KHOA TỈNH NGHỆ AN']);
  });
  it('ignores urgency marks and the number line', () => {
    expect(issuerOf(['SỞ Y TẾ', 'Số: 88/SYT-VP', 'HỎA TỐC'])).toEqual(['SỞ Y TẾ']);
  });
  it('repairs an OCR-misread province name', () => {
    expect(issuerOf(['UBND TĨNH QUANG NGAI', 'SỞ Y TẾ', 'Số: 88/SYT-VP'])).toEqual(['UBND TỈNH QUẢNG NGÃI', 'SỞ Y TẾ']);
  });
  it('points its evidence from the first to the last agency line', () => {
    const doc = makeDoc([header(['BỘ Y TẾ', 'CỤC QUẢN LÝ DƯỢC'], 'Số: 9/QLD-ĐK', 'Hà Nội, ngày 4 tháng 4 năm 2024'), 'Kính gửi: Sở Y tế']);
    expect(evidenceText(doc, extractIssuer(doc)?.evidence)).toBe('BỘ Y TẾ\nCỤC QUẢN LÝ DƯỢC');
  });

  // Suspected bug: "PHÒNG" opens an agency name ("PHÒNG Y TẾ"), so a wrapped name whose second
  // line is "PHÒNG, CHỐNG ..." is split into a separate agency.
  it('joins a wrapped "BAN CHỈ ĐẠO ... / PHÒNG, CHỐNG ..." name', () => {
    expect(issuerOf(['UBND TỈNH HÀ TĨNH', 'BAN CHỈ ĐẠO TỈNH', 'PHÒNG, CHỐNG DỊCH BỆNH', 'Số: 12/BCĐ-YT'])).toEqual([
      'UBND TỈNH HÀ TĨNH',
      'BAN CHỈ ĐẠO TỈNH PHÒNG, CHỐNG DỊCH BỆNH',
    ]);
  });
  // Suspected bug: province correction (places.ts, threshold 0.9) rewrites real city names that
  // are close to a province: Hà Tiên → HÀ TĨNH, Long Khánh → LONG AN, Thuận An → TÂN AN.
  it('keeps a real city name that resembles a province', () => {
    expect(issuerOf(['UBND TỈNH KIÊN GIANG', 'UBND THÀNH PHỐ HÀ TIÊN', 'Số: 77/UBND-VP'])).toEqual([
      'UBND TỈNH KIÊN GIANG',
      'UBND THÀNH PHỐ HÀ TIÊN',
    ]);
  });
  it('keeps "THÀNH PHỐ VĨNH YÊN" (a provincial capital missing from CAPITALS)', () => {
    expect(issuerOf(['UBND TỈNH VĨNH PHÚC', 'UBND THÀNH PHỐ VĨNH YÊN', 'Số: 7/UBND-VP'])).toEqual([
      'UBND TỈNH VĨNH PHÚC',
      'UBND THÀNH PHỐ VĨNH YÊN',
    ]);
  });
  // Regression: structure.ts once recursed forever (headerLines → bodyStart → titleLine →
  // headerLines) on a letter without a two-column header block.
  it('reads the agency of a letter whose header is not a two-column table', () => {
    const doc = makeDoc(['SỞ Y TẾ TỈNH NGHỆ AN', 'Số: 12/SYT-NVY', 'Kính gửi: Bộ Y tế', 'Sở Y tế báo cáo như sau.']);
    expect(extractIssuer(doc)?.value).toEqual(['SỞ Y TẾ TỈNH NGHỆ AN']);
  });
  // Suspected bug: read row by row (no table found), only a "CỘNG HÒA ..." tail is cut off an
  // agency line; a second row "BỆNH VIỆN ĐA KHOA TỈNH Độc lập - Tự do - Hạnh phúc" is mostly lower
  // case, so the agency on it is lost.
  it('cuts "Độc lập - Tự do - Hạnh phúc" off the second row of a header read row by row', () => {
    const doc = makeDoc([
      'SỞ Y TẾ NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BỆNH VIỆN ĐA KHOA TỈNH Độc lập - Tự do - Hạnh phúc',
      'Số: 318/BVĐK-KHTH Vinh, ngày 02 tháng 7 năm 2024',
      'Kính gửi: Sở Y tế',
    ]);
    expect(extractIssuer(doc)?.value).toEqual(['SỞ Y TẾ NGHỆ AN', 'BỆNH VIỆN ĐA KHOA TỈNH']);
  });
});
