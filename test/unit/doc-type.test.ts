import { describe, expect, it } from 'vitest';
import { extractDocType, typeFromNumber } from '../../pipeline/fields/doc-type.ts';
import { evidenceText, header, makeDoc } from './doc.ts';
import type { Part } from './doc.ts';

const H = (number: string, extraLeft: string[] = []) =>
  header(['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ'], `Số: ${number}`, 'Nghệ An, ngày 12 tháng 3 năm 2024', extraLeft);
const typeOf = (number: string | null, parts: Part[]) => extractDocType(makeDoc(parts), number)?.value ?? null;

describe('typeFromNumber', () => {
  it('reads the type code of the symbol', () => {
    expect(typeFromNumber('12/2023/TT-BYT')).toBe('Thông tư');
    expect(typeFromNumber('24/TTr-UBND')).toBe('Tờ trình');
    expect(typeFromNumber('/KH-SYT')).toBe('Kế hoạch');
  });
  it('is null for a công văn symbol or no number', () => {
    expect(typeFromNumber('3323/BYT-CNTT')).toBeNull();
    expect(typeFromNumber(null)).toBeNull();
  });
  // Suspected bug: the party style puts the type code before the "/": 157-NQ/BCSĐ is a Nghị quyết,
  // 05-CT/TU a Chỉ thị, but only the part after the last "/" is looked up.
  it('reads the type code of a party-style number', () => {
    expect(typeFromNumber('157-NQ/BCSĐ')).toBe('Nghị quyết');
    expect(typeFromNumber('05-CT/TU')).toBe('Chỉ thị');
  });
});

describe('extractDocType', () => {
  it('reads the capital title under the header', () => {
    const doc = makeDoc([H('17/QĐ-SYT'), 'QUYẾT ĐỊNH', 'Về việc ban hành Quy chế làm việc', 'GIÁM ĐỐC SỞ Y TẾ']);
    const found = extractDocType(doc, '17/QĐ-SYT');
    expect(found?.value).toBe('Quyết định');
    expect(evidenceText(doc, found?.evidence)).toBe('QUYẾT ĐỊNH');
  });
  it('prefers the title over a contradicting type code', () => {
    expect(typeOf('15/SYT-VP', [H('15/SYT-VP'), 'GIẤY MỜI', 'Họp giao ban công tác y tế quý I năm 2024'])).toBe('Giấy mời');
  });
  it.each([
    ['KẾ HOẠCH', 'Kế hoạch'],
    ['TỜ TRÌNH', 'Tờ trình'],
    ['CÔNG ĐIỆN', 'Công điện'],
    ['NGHỊ QUYẾT', 'Nghị quyết'],
  ])('names the title %s', (title, value) => {
    expect(typeOf(null, [H('88/SYT'), title, 'Triển khai chiến dịch tiêm chủng năm 2024'])).toBe(value);
  });
  it('falls back to the type code of the number, without evidence', () => {
    const doc = makeDoc([H('12/BC-SYT'), 'Kính gửi: Ủy ban nhân dân tỉnh Nghệ An']);
    expect(extractDocType(doc, '12/BC-SYT')).toMatchObject({ value: 'Báo cáo', evidence: null });
  });
  it('calls a letter with "V/v" a công văn, pointing at the V/v line', () => {
    const doc = makeDoc([H('1021/SYT-NVY', ['V/v tăng cường phòng, chống dịch']), 'Kính gửi: Các đơn vị trực thuộc']);
    const found = extractDocType(doc, '1021/SYT-NVY');
    expect(found?.value).toBe('Công văn');
    expect(evidenceText(doc, found?.evidence)).toBe('V/v tăng cường phòng, chống dịch');
  });
  it('calls a numbered letter without title or type code a công văn', () => {
    expect(typeOf('1021/SYT-NVY', [H('1021/SYT-NVY'), 'Kính gửi: Bộ Y tế'])).toBe('Công văn');
  });
  it('does not take a capital line of the body for a title', () => {
    expect(typeOf(null, [H('88/SYT'), 'Kính gửi: Bộ Y tế', 'BÁO CÁO NHANH'])).toBe(null);
  });
});
