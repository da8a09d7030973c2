import { describe, expect, it } from 'vitest';
import { assigneeCovers, unitOf } from '../../tracking/fulfilment.ts';

describe('unitOf', () => {
  it('names a Sở with the province of its parent line', () => {
    expect(unitOf(['UBND TỈNH NINH BÌNH', 'SỞ Y TẾ'])).toBe('SỞ Y TẾ TỈNH NINH BÌNH');
    expect(unitOf(['BỘ Y TẾ'])).toBe('BỘ Y TẾ');
    expect(unitOf(['SỞ Y TẾ THANH HÓA', 'BỆNH VIỆN ĐA KHOA TỈNH THANH HÓA'])).toBe('BỆNH VIỆN ĐA KHOA TỈNH THANH HÓA');
  });
});

describe('assigneeCovers', () => {
  it('matches a unit within a class of units', () => {
    expect(assigneeCovers('Sở Y tế các tỉnh, thành phố trực thuộc Trung ương', 'SỞ Y TẾ TỈNH NINH BÌNH')).toBe(true);
    expect(assigneeCovers('Giám đốc Sở Y tế các tỉnh, thành phố', 'SỞ Y TẾ TỈNH NINH BÌNH')).toBe(true);
    expect(assigneeCovers('Các bệnh viện trực thuộc Bộ Y tế', 'BỆNH VIỆN BẠCH MAI')).toBe(true);
  });
  it('matches a named unit, and nothing else', () => {
    expect(assigneeCovers('Trung tâm Thông tin y tế Quốc gia', 'TRUNG TÂM THÔNG TIN Y TẾ QUỐC GIA')).toBe(true);
    expect(assigneeCovers('Sở Giáo dục và Đào tạo', 'SỞ Y TẾ TỈNH NINH BÌNH')).toBe(false);
    expect(assigneeCovers('Các đơn vị thuộc và trực thuộc Bộ Y tế', 'SỞ Y TẾ TỈNH NINH BÌNH')).toBe(false);
  });
});
