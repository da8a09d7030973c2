import { describe, expect, it } from 'vitest';
import { canonicalNumber, extractNumber, parseNumber } from '../../pipeline/fields/number.ts';
import { header, makeDoc } from './doc.ts';

describe('canonicalNumber', () => {
  it('drops spaces around "/" and "-"', () => {
    expect(canonicalNumber(' 6240 / BGDĐT - KHCNTT ')).toBe('6240/BGDĐT-KHCNTT');
  });
  it('leaves a clean number unchanged', () => {
    expect(canonicalNumber('1021/SYT-NVY')).toBe('1021/SYT-NVY');
  });
});

describe('parseNumber', () => {
  it.each([
    ['3323/BYT-CNTT', '3323/BYT-CNTT'],
    ['12/2023/TT-BYT', '12/2023/TT-BYT'],
    ['6240 /BGDĐT-KHCNTT', '6240/BGDĐT-KHCNTT'],
    ['24/TTr -UBND', '24/TTr-UBND'],
    ['157-NQ/BCSĐ', '157-NQ/BCSĐ'],
    ['05 - CT/TU', '05-CT/TU'],
    ['1281/-UBND', '1281/-UBND'],
    ['318/BVĐK-KHTH', '318/BVĐK-KHTH'],
  ])('reads %s as %s, certain', (raw, value) => {
    expect(parseNumber(raw)).toEqual({ value, uncertain: false });
  });
  it('drops the colon left after "Số"', () => {
    expect(parseNumber(': 45/SYT-NVY')?.value).toBe('45/SYT-NVY');
  });
  it('keeps a draft number with a blank number part', () => {
    expect(parseNumber('      /CNTT-VP')).toEqual({ value: '/CNTT-VP', uncertain: false });
  });
  it('repairs OCR digits and flags the number uncertain', () => {
    expect(parseNumber('J2O5/UBND-VX')).toEqual({ value: '3205/UBND-VX', uncertain: true });
  });
  it('does not swallow a place-date that follows on the same line', () => {
    expect(parseNumber('899 /UBND-TTHC Quảng Ngãi, ngày 15 tháng 3 năm 2024')?.value).toBe('899/UBND-TTHC');
    expect(parseNumber('1021/SYT-NVY Vinh, ngày 02 tháng 7 năm 2024')?.value).toBe('1021/SYT-NVY');
  });
  it('is null for text that is not a number', () => {
    expect(parseNumber('Kính gửi Sở Y tế')).toBeNull();
  });
});

describe('extractNumber', () => {
  const placeDate = 'Nghệ An, ngày 12 tháng 3 năm 2024';
  it('reads the "Số:" line of the header with its evidence', () => {
    const doc = makeDoc([header(['SỞ Y TẾ'], 'Số: 1021/SYT-NVY', placeDate), 'Kính gửi: Bộ Y tế']);
    const found = extractNumber(doc);
    expect(found?.value).toBe('1021/SYT-NVY');
    expect(found?.warnings).toEqual([]);
    expect(doc.text.slice(found!.evidence!.start, found!.evidence!.end)).toBe('Số: 1021/SYT-NVY');
  });
  it('skips an incoming-document stamp above the header', () => {
    const doc = makeDoc(['CÔNG VĂN ĐẾN Số: 2352', header(['SỞ Y TẾ'], 'Số: 77/SYT-KHTC', placeDate), 'Kính gửi: Bộ Y tế']);
    expect(extractNumber(doc)?.value).toBe('77/SYT-KHTC');
  });
  it('reads a number wrapped onto the line after "Số:"', () => {
    const doc = makeDoc([header(['SỞ Y TẾ'], 'Số:', placeDate, ['560/SYT-NVD']), 'Kính gửi: Bộ Y tế']);
    expect(extractNumber(doc)?.value).toBe('560/SYT-NVD');
  });
  it('warns when digits were repaired', () => {
    const doc = makeDoc([header(['SỞ Y TẾ'], 'Số: l2O/SYT-NVY', placeDate), 'Kính gửi: Bộ Y tế']);
    const found = extractNumber(doc);
    expect(found?.value).toBe('120/SYT-NVY');
    expect(found?.warnings?.[0]).toMatch(/check by eye/);
  });
});
