import { describe, expect, it } from 'vitest';
import { extractSecrecy, extractUrgency } from '../../pipeline/fields/urgency.ts';
import { evidenceText, header, makeDoc } from './doc.ts';
import type { Part } from './doc.ts';

const H = (extraLeft: string[] = [], subject = 'V/v báo cáo công tác y tế') =>
  header(['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ'], 'Số: 1021/SYT-NVY', 'Nghệ An, ngày 12 tháng 3 năm 2024', [subject, ...extraLeft]);
const marks = (parts: Part[]) => {
  const doc = makeDoc(parts);
  return { urgency: extractUrgency(doc)?.value ?? null, secrecy: extractSecrecy(doc)?.value ?? null };
};

describe('extractUrgency / extractSecrecy', () => {
  it.each([
    ['HỎA TỐC', 'Hỏa tốc'],
    ['THƯỢNG KHẨN', 'Thượng khẩn'],
    ['KHẨN', 'Khẩn'],
  ])('reads the urgency stamp %s', (stamp, value) => {
    expect(marks([H([stamp]), 'Kính gửi: Bộ Y tế'])).toEqual({ urgency: value, secrecy: null });
  });
  it.each([
    ['MẬT', 'Mật'],
    ['TỐI MẬT', 'Tối mật'],
    ['TUYỆT MẬT', 'Tuyệt mật'],
  ])('reads the secrecy stamp %s', (stamp, value) => {
    expect(marks([H([stamp]), 'Kính gửi: Bộ Y tế'])).toEqual({ urgency: null, secrecy: value });
  });
  it('reads a stamp above the header and points at it', () => {
    const doc = makeDoc(['HỎA TỐC', H(), 'Kính gửi: Bộ Y tế']);
    const found = extractUrgency(doc);
    expect(found?.value).toBe('Hỏa tốc');
    expect(evidenceText(doc, found?.evidence)).toBe('HỎA TỐC');
  });
  it('reads urgency and secrecy together', () => {
    expect(marks([H(['HỎA TỐC', 'MẬT']), 'Kính gửi: Bộ Y tế'])).toEqual({ urgency: 'Hỏa tốc', secrecy: 'Mật' });
  });
  it('is not fooled by "khẩn trương" or "bí mật" in the text', () => {
    expect(marks([H(), 'Kính gửi: Bộ Y tế', 'Đề nghị các đơn vị khẩn trương triển khai thực hiện.'])).toEqual({ urgency: null, secrecy: null });
    expect(marks([H([], 'V/v tăng cường bảo vệ bí mật nhà nước'), 'Kính gửi: Bộ Y tế'])).toEqual({ urgency: null, secrecy: null });
  });
  it('is not fooled by a capital line starting with "KHẨN TRƯƠNG" or "MẬT KHẨU"', () => {
    expect(marks([H(), 'Kính gửi: Bộ Y tế', 'KHẨN TRƯƠNG TRIỂN KHAI CÁC BIỆN PHÁP PHÒNG CHỐNG DỊCH'])).toEqual({ urgency: null, secrecy: null });
    expect(marks([H(), 'THÔNG BÁO', 'MẬT KHẨU ĐĂNG NHẬP HỆ THỐNG', 'Kính gửi: Bộ Y tế'])).toEqual({ urgency: null, secrecy: null });
  });
  it('is null for a letter without stamps', () => {
    expect(marks([H(), 'Kính gửi: Bộ Y tế'])).toEqual({ urgency: null, secrecy: null });
  });
});
