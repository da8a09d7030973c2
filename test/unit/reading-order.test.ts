import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../pipeline/layout/reading-order.ts';
import type { TextItem } from '../../pipeline/types.ts';

// Synthetic PDF text items on an A4 page (595 pt wide): 6 pt per character, 12 pt line height.
const PAGE = 595;
const CW = 6;
const centred = (text: string, cx: number, y: number): TextItem => {
  const w = text.length * CW;
  return { text, x0: cx - w / 2, x1: cx + w / 2, y0: y, y1: y + 12 };
};
const at = (text: string, x0: number, y: number): TextItem => ({ text, x0, x1: x0 + text.length * CW, y0: y, y1: y + 12 });
/** The same items split into OCR words. */
const words = (items: TextItem[]): TextItem[] =>
  items.flatMap((it) => {
    let x = it.x0;
    return it.text.split(' ').map((w) => {
      const word = { text: w, x0: x, x1: x + w.length * CW, y0: it.y0, y1: it.y1 };
      x += (w.length + 1) * CW;
      return word;
    });
  });

const LETTER: TextItem[] = [
  centred('UBND TỈNH NGHỆ AN', 150, 50),
  centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 400, 50),
  centred('SỞ Y TẾ', 150, 65),
  centred('Độc lập - Tự do - Hạnh phúc', 400, 65),
  centred('Số: 1021/SYT-NVY', 150, 90),
  centred('Nghệ An, ngày 12 tháng 3 năm 2024', 400, 90),
  centred('V/v báo cáo tình hình', 150, 105),
  centred('THÔNG BÁO', PAGE / 2, 140),
  at('Sở Y tế tỉnh Nghệ An thông báo kết quả kiểm tra công tác khám bệnh, chữa bệnh năm 2024 như sau:', 60, 165),
];
const EXPECTED = [
  ['left', 0, 'UBND TỈNH NGHỆ AN'],
  ['left', 0, 'SỞ Y TẾ'],
  ['left', 0, 'Số: 1021/SYT-NVY'],
  ['left', 0, 'V/v báo cáo tình hình'],
  ['right', 0, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['right', 0, 'Độc lập - Tự do - Hạnh phúc'],
  ['right', 0, 'Nghệ An, ngày 12 tháng 3 năm 2024'],
  ['full', null, 'THÔNG BÁO'],
  ['full', null, 'Sở Y tế tỉnh Nghệ An thông báo kết quả kiểm tra công tác khám bệnh, chữa bệnh năm 2024 như sau:'],
];
const summary = (items: TextItem[], itemsAreWords = false) =>
  readingOrder(items, { pageWidth: PAGE, itemsAreWords }).map((l) => [l.column, l.block, l.text]);

describe('readingOrder', () => {
  it('emits the header table left column first, then right, then title and body as full', () => {
    expect(summary(LETTER)).toEqual(EXPECTED);
  });
  it('gives the same order from OCR words', () => {
    expect(summary(words(LETTER), true)).toEqual(EXPECTED);
  });
  it('does not depend on the order the items arrive in', () => {
    expect(summary([...LETTER].reverse())).toEqual(EXPECTED);
  });
  it('keeps each line\'s box', () => {
    const [first] = readingOrder(LETTER, { pageWidth: PAGE, itemsAreWords: false });
    expect(first?.box).toEqual({ x0: 150 - 51, y0: 50, x1: 150 + 51, y1: 62 });
  });
  it('reads a signature table as a second block, after the body', () => {
    const items = [
      at('Đề nghị các đơn vị triển khai thực hiện nghiêm túc các nội dung trên./.', 60, 300),
      at('Nơi nhận:', 60, 330),
      centred('KT. GIÁM ĐỐC', 420, 330),
      at('- Như trên;', 60, 345),
      centred('PHÓ GIÁM ĐỐC', 420, 345),
      at('- Lưu: VT, NVY.', 60, 360),
      centred('Nguyễn Thị Hương Lan', 420, 420),
    ];
    expect(summary([...LETTER, ...items]).slice(EXPECTED.length)).toEqual([
      ['full', null, 'Đề nghị các đơn vị triển khai thực hiện nghiêm túc các nội dung trên./.'],
      ['left', 1, 'Nơi nhận:'],
      ['left', 1, '- Như trên;'],
      ['left', 1, '- Lưu: VT, NVY.'],
      ['right', 1, 'KT. GIÁM ĐỐC'],
      ['right', 1, 'PHÓ GIÁM ĐỐC'],
      ['right', 1, 'Nguyễn Thị Hương Lan'],
    ]);
  });
  it('joins PDF items with no gap without a space, and with a gap with one', () => {
    expect(summary([at('Nghệ', 100, 10), at('An', 100 + 4 * CW + 0.5, 10)]).map((l) => l[2])).toEqual(['NghệAn']);
    expect(summary([at('Kính', 100, 10), at('gửi', 100 + 4 * CW + 4, 10)]).map((l) => l[2])).toEqual(['Kính gửi']);
  });
  it('drops empty and zero-width items', () => {
    expect(readingOrder([at('  ', 60, 10), { text: 'x', x0: 5, x1: 5, y0: 10, y1: 22 }], { pageWidth: PAGE, itemsAreWords: false })).toEqual([]);
  });
});
