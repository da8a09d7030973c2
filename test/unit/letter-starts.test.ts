import { describe, expect, it } from 'vitest';
import { letterRanges, startsLetter } from '../../pipeline/split/letter-starts.ts';
import type { Page } from '../../pipeline/types.ts';

const page = (number: number, lines: string[]): Page => ({
  number,
  source: 'ocr',
  confidence: 90,
  lines: lines.map((text) => ({ text, column: 'full', block: null })),
});

const header = ['SỞ Y TẾ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/SYT-NVY', 'Nam Định, ngày 2 tháng 3 năm 2024'];

describe('startsLetter', () => {
  it('a page opening with the header (motto and number) starts a letter', () => {
    expect(startsLetter(page(1, header))).toBe(true);
    expect(startsLetter(page(1, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 5 tháng 6 năm 2024']))).toBe(true);
  });
  it('a continuation page or an annex does not, even when the annex repeats the motto', () => {
    expect(startsLetter(page(2, ['2. Các đơn vị báo cáo trước ngày 30 tháng 4 năm 2024.', 'Nơi nhận:']))).toBe(false);
    expect(startsLetter(page(3, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'PHỤ LỤC', '(Kèm theo Quyết định số 458/QĐ-SYT ngày 12 tháng 3 năm 2024)']))).toBe(false);
    expect(startsLetter(page(3, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'MẪU ĐƠN']))).toBe(false);
    const regulation = ['ỦY BAN NHÂN DÂN', 'TỈNH NAM ĐỊNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'QUY CHẾ', 'Làm việc của Ủy ban nhân dân tỉnh', '(Ban hành kèm theo Quyết định số 25/2022/QĐ-UBND ngày 3 tháng 5 năm 2022)'];
    expect(startsLetter(page(3, regulation))).toBe(false);
  });
});

describe('letterRanges', () => {
  it('cuts at each start; the first page always opens a letter', () => {
    const pages = [page(1, ['(trang bìa)']), page(2, header), page(3, ['tiếp theo']), page(4, header)];
    expect(letterRanges(pages)).toEqual([
      [1, 1],
      [2, 3],
      [4, 4],
    ]);
    expect(letterRanges([page(1, header), page(2, ['tiếp theo'])])).toEqual([[1, 2]]);
  });
});
