import { describe, expect, it } from 'vitest';
import { occurrences, recurrence, relativeDue } from '../../pipeline/fields/time-limits.ts';

describe('relativeDue', () => {
  it('counts days from the issue date, skipping weekends for working days', () => {
    expect(relativeDue('trong vòng 15 ngày kể từ ngày ký', '2023-05-31')?.due).toBe('2023-06-15');
    expect(relativeDue('trong thời hạn 05 ngày làm việc kể từ ngày ban hành', '2024-03-15')?.due).toBe('2024-03-22');
  });
  it('leaves a limit counted from receipt unresolved', () => {
    expect(relativeDue('trong vòng 05 ngày kể từ ngày nhận được văn bản', '2024-03-12')).toBeNull();
  });
  it('takes "hoàn thành trong tháng 6/2023" as the end of that month, not a schedule', () => {
    expect(relativeDue('hoàn thành trong tháng 6/2023', null)?.due).toBe('2023-06-30');
    expect(relativeDue('Chiến dịch được tổ chức trong tháng 3 năm 2024', null)).toBeNull();
  });
});

describe('recurrence', () => {
  it('reads the periods and the day of the month after each', () => {
    expect(recurrence('báo cáo định kỳ hàng quý, 6 tháng, một năm chậm nhất vào ngày mùng 10 tháng tiếp theo sau kỳ báo cáo')).toEqual({
      frequencies: ['quarterly', 'half-yearly', 'yearly'], dayOfMonth: 10, monthsAfterPeriod: 1, dayOfWeek: null,
    });
  });
  it('reads "trước ngày 10 của tháng cuối quý" as due in the period itself', () => {
    expect(recurrence('Báo cáo trước ngày 10 của tháng cuối quý')).toMatchObject({ frequencies: ['quarterly'], dayOfMonth: 10, monthsAfterPeriod: 0 });
  });
  it('reads a weekly report day', () => {
    expect(recurrence('gửi báo cáo trước 16 giờ thứ Năm hằng tuần')).toMatchObject({ frequencies: ['weekly'], dayOfWeek: 4 });
  });
  it('is null for a one-off limit', () => {
    expect(recurrence('hoàn thành trước ngày 01/7/2023')).toBeNull();
  });
});

describe('occurrences', () => {
  it('lists due dates of a quarterly/half-yearly/yearly report, day 10 of the month after', () => {
    const rule = { frequencies: ['quarterly', 'half-yearly', 'yearly'] as const, dayOfMonth: 10, monthsAfterPeriod: 1, dayOfWeek: null };
    expect(occurrences({ ...rule, frequencies: [...rule.frequencies] }, '2023-05-31', 3)).toEqual(['2023-07-10', '2023-10-10', '2024-01-10']);
  });
});
