import { describe, expect, it } from 'vitest';
import { addresseeAliases, resolveAssignees, splitUnits, unitPhraseAt } from '../../pipeline/fields/assignees.ts';
import { reportTo } from '../../pipeline/fields/report-to.ts';

describe('unitPhraseAt', () => {
  it('ends the units at the first lower-case action verb', () => {
    expect(unitPhraseAt('Yêu cầu các Vụ, Cục, Tổng cục, Văn phòng Bộ, Thanh tra Bộ Y tế và các tổ chức, cá nhân có liên quan nghiên cứu, áp dụng')?.text)
      .toBe('các Vụ, Cục, Tổng cục, Văn phòng Bộ, Thanh tra Bộ Y tế và các tổ chức, cá nhân có liên quan');
    expect(unitPhraseAt('Sở Tài nguyên và Môi trường là cơ quan đầu mối, chủ trì')?.text).toBe('Sở Tài nguyên và Môi trường');
    expect(unitPhraseAt('Trung tâm Kiểm soát bệnh tật Chủ trì, phối hợp')?.text).toBe('Trung tâm Kiểm soát bệnh tật');
  });
  it('is null when the clause starts with the action', () => {
    expect(unitPhraseAt('Tổ chức sinh hoạt chuyên đề quán triệt')).toBeNull();
    expect(unitPhraseAt('Phổ biến các nội dung của Kế hoạch')).toBeNull();
  });
});

describe('splitUnits', () => {
  it('keeps names with "và" and place lists whole, drops catch-alls', () => {
    expect(splitUnits('các Vụ, Cục, Tổng cục, Văn phòng Bộ, Thanh tra Bộ Y tế và các tổ chức, cá nhân có liên quan')).toEqual(['Vụ', 'Cục', 'Tổng cục', 'Văn phòng Bộ', 'Thanh tra Bộ Y tế']);
    expect(splitUnits('Sở Giáo dục và Đào tạo, Sở Tài nguyên và Môi trường')).toEqual(['Sở Giáo dục và Đào tạo', 'Sở Tài nguyên và Môi trường']);
    expect(splitUnits('UBND các huyện, thị xã, thành phố')).toEqual(['UBND các huyện, thị xã, thành phố']);
  });
});

describe('resolveAssignees', () => {
  const context = { recipients: ['Sở Y tế các tỉnh', 'Các bệnh viện trực thuộc Bộ'], aliases: addresseeAliases('Kính gửi: ... (sau đây gọi chung là các đơn vị)') };
  it('resolves "các đơn vị" and "Thủ trưởng các cơ quan, đơn vị" to the Kính gửi list', () => {
    expect(context.aliases).toEqual(['cac don vi']);
    expect(resolveAssignees('các đơn vị', context)).toEqual(context.recipients);
    expect(resolveAssignees('các đồng chí Thủ trưởng các cơ quan, đơn vị thuộc, trực thuộc Bộ Y tế', context)).toEqual(context.recipients);
    expect(resolveAssignees('Sở Xây dựng', context)).toEqual(['Sở Xây dựng']);
  });
});

describe('reportTo', () => {
  it('reads the unit results are sent to', () => {
    expect(reportTo('đồng thời gửi về Trung tâm Thông tin y tế Quốc gia để tổng hợp', ['BỘ Y TẾ'])).toBe('Trung tâm Thông tin y tế Quốc gia');
    expect(reportTo('gửi báo cáo về Sở Tài nguyên và Môi trường trước ngày 15/12', [])).toBe('Sở Tài nguyên và Môi trường');
    expect(reportTo('gửi về Cục trước ngày 28 tháng 12 năm 2022', ['BỘ Y TẾ', 'CỤC CÔNG NGHỆ THÔNG TIN'])).toBe('CỤC CÔNG NGHỆ THÔNG TIN');
  });
});
