import { describe, expect, it } from 'vitest';
import { findProvince, matchPlace } from '../../pipeline/gazetteer/index.ts';

describe('gazetteer: places of the place-date line', () => {
  it.each([
    ['Hà Nội', 'tinh:ha-noi', 'Hà Nội'],
    ['TP. Hồ Chí Minh', 'tinh:ho-chi-minh', 'Hồ Chí Minh'],
    ['Tp.Hồ Chí Minh', 'tinh:ho-chi-minh', 'Hồ Chí Minh'],
    ['Thành phố Hồ Chí Minh', 'tinh:ho-chi-minh', 'Hồ Chí Minh'],
    ['Quảng Trị', 'tinh:quang-tri', 'Quảng Trị'],
    ['Thừa Thiên Huế', 'tinh:thua-thien-hue', 'Thừa Thiên Huế'],
    ['Huế', 'tinh:hue', 'Huế'],
    ['Long Xuyên', 'huyen:long-xuyen:an-giang', 'Long Xuyên'],
    ['Vị Thanh', 'huyen:vi-thanh:hau-giang', 'Vị Thanh'],
    ['Hà Tiên', 'huyen:ha-tien:kien-giang', 'Hà Tiên'],
    ['Hà Tĩnh', 'tinh:ha-tinh', 'Hà Tĩnh'],
  ])('%s → %s', (text, key, name) => {
    expect(matchPlace(text)).toMatchObject({ key, name, repair: 'none', printed: text });
  });

  it('repairs lost diacritics and an unambiguous OCR slip, and says so', () => {
    expect(matchPlace('Quang Ngai')).toMatchObject({ key: 'tinh:quang-ngai', printed: 'Quảng Ngãi', repair: 'diacritics', repaired: true });
    expect(matchPlace('Hà Nộl')).toMatchObject({ key: 'tinh:ha-noi', printed: 'Hà Nội', repair: 'edit' });
    expect(matchPlace('Hà Nội,')?.printed).toBe('Hà Nội');
    expect(matchPlace('Hà Nội, ngày 05 tháng 3 năm 2024')).toMatchObject({ key: 'tinh:ha-noi', printed: 'Hà Nội' });
  });

  it('never moves a real place to a near one, and leaves fragments alone', () => {
    expect(matchPlace('Hà Tiên')?.key).not.toBe('tinh:ha-tinh');
    expect(matchPlace('Trị')).toBeNull();
    expect(matchPlace('ngày 5 tháng 3')).toBeNull();
  });

  it('says where a province went in 2025', () => {
    expect(matchPlace('Bình Dương')?.province).toMatchObject({ key: 'binh-duong', before: true, after: false, current: 'ho-chi-minh' });
    expect(matchPlace('Vĩnh Yên')?.province).toMatchObject({ key: 'vinh-phuc', current: 'phu-tho' });
    expect(matchPlace('Châu Thành')).toMatchObject({ key: 'huyen:chau-thanh', province: null });
  });

  it('finds a province by any of its names', () => {
    expect(findProvince('TP HCM')?.key).toBe('ho-chi-minh');
    expect(findProvince('tỉnh Bà Rịa - Vũng Tàu')?.key).toBe('ba-ria-vung-tau');
    expect(findProvince('ha tinh')?.key).toBe('ha-tinh');
  });
});
