import { describe, expect, it } from 'vitest';
import { dateWithoutYear, findDates, isValidDate, repairDigits, toIso } from '../../pipeline/fields/dates.ts';

describe('toIso', () => {
  it('pads day and month', () => {
    expect(toIso({ day: 5, month: 1, year: 2020 })).toBe('2020-01-05');
  });
  it('accepts 29 February in a leap year only', () => {
    expect(toIso({ day: 29, month: 2, year: 2024 })).toBe('2024-02-29');
    expect(toIso({ day: 29, month: 2, year: 2023 })).toBeNull();
  });
  it('rejects 31 April and month 13', () => {
    expect(toIso({ day: 31, month: 4, year: 2024 })).toBeNull();
    expect(toIso({ day: 1, month: 13, year: 2024 })).toBeNull();
  });
});

describe('isValidDate', () => {
  it('bounds years to 1945..2100', () => {
    expect(isValidDate(2, 9, 1945)).toBe(true);
    expect(isValidDate(31, 12, 2100)).toBe(true);
    expect(isValidDate(1, 1, 1944)).toBe(false);
    expect(isValidDate(1, 1, 2101)).toBe(false);
  });
  it('rejects day 0 and non-integers', () => {
    expect(isValidDate(0, 1, 2024)).toBe(false);
    expect(isValidDate(1.5, 1, 2024)).toBe(false);
    expect(isValidDate(Number.NaN, 1, 2024)).toBe(false);
  });
});

describe('repairDigits', () => {
  it('maps OCR look-alikes to digits', () => {
    expect(repairDigits('2O2l')).toBe('2021');
    expect(repairDigits('J2O5')).toBe('3205');
    expect(repairDigits('S8Z')).toBe('582');
    expect(repairDigits('|9')).toBe('19');
  });
  it('leaves clean digits alone', () => {
    expect(repairDigits('1021')).toBe('1021');
  });
});

describe('findDates', () => {
  it('reads a wordy date on a place-date line', () => {
    expect(findDates('Nghệ An, ngày 05 tháng 01 năm 2025')).toEqual([{ iso: '2025-01-05', index: 9, length: 25 }]);
  });
  it('reads "ngày mùng" and capitals', () => {
    expect(findDates('họp ngày mùng 9 tháng 3 năm 2024').map((d) => d.iso)).toEqual(['2024-03-09']);
    expect(findDates('NGÀY 7 THÁNG 8 NĂM 2024').map((d) => d.iso)).toEqual(['2024-08-07']);
  });
  it('tolerates OCR-lost spaces in a wordy date', () => {
    expect(findDates('ngày15tháng3năm2024').map((d) => d.iso)).toEqual(['2024-03-15']);
  });
  it('reads numeric dates with / . - separators', () => {
    const text = 'kiểm tra từ 01/01/2024 đến 31.12.2024, họp lại 12-3-2025';
    expect(findDates(text).map((d) => d.iso)).toEqual(['2024-01-01', '2024-12-31', '2025-03-12']);
  });
  it('returns wordy and numeric dates together in text order', () => {
    const text =
      'Căn cứ Quyết định số 15/QĐ-UBND ngày 05 tháng 01 năm 2024 và Công văn ngày 3/2/2024 của Sở Y tế';
    const found = findDates(text);
    expect(found.map((d) => d.iso)).toEqual(['2024-01-05', '2024-02-03']);
    expect(text.slice(found[1]!.index, found[1]!.index + found[1]!.length)).toBe('ngày 3/2/2024');
  });
  it('does not count "ngày 15/3/2024" twice', () => {
    expect(findDates('trước ngày 15/3/2024').map((d) => d.iso)).toEqual(['2024-03-15']);
  });
  it('skips impossible dates and dates without a year', () => {
    expect(findDates('ngày 31/02/2024, ngày 5 tháng 13 năm 2024, trước ngày 15/12')).toEqual([]);
  });
  it('does not read a document symbol or a fraction as a date', () => {
    expect(findDates('Thông tư số 12/2023/TT-BYT; đạt 12/15 đơn vị')).toEqual([]);
  });
});

describe('dateWithoutYear', () => {
  it('takes the year of the reference date', () => {
    expect(dateWithoutYear(15, 12, '2024-03-10')).toBe('2024-12-15');
  });
  it('rolls forward a day that already passed', () => {
    expect(dateWithoutYear(10, 1, '2024-03-10')).toBe('2025-01-10');
  });
  it('keeps the reference day itself', () => {
    expect(dateWithoutYear(10, 3, '2024-03-10')).toBe('2024-03-10');
  });
  it('is null without a reference or for an impossible day', () => {
    expect(dateWithoutYear(15, 12, null)).toBeNull();
    expect(dateWithoutYear(30, 2, '2024-01-01')).toBeNull();
  });
  // Suspected bug: the year of the reference is tried first and a 29 February that is invalid in
  // it gives up instead of rolling forward to the next (leap) year.
  it('rolls 29/2 forward from a non-leap year to the leap year after it', () => {
    expect(dateWithoutYear(29, 2, '2023-05-01')).toBe('2024-02-29');
  });
});
