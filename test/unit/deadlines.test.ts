import { describe, expect, it } from 'vitest';
import { extractObligations } from '../../pipeline/fields/obligations.ts';
import { header, makeDoc } from './doc.ts';

const H = header(['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ'], 'Số: 1021/SYT-NVY', 'Nghệ An, ngày 12 tháng 3 năm 2024', ['V/v triển khai công tác y tế dự phòng']);
const SIG = { left: ['Nơi nhận:', '- Như trên;', '- Lưu: VT, NVY.'], right: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Thị Hương Lan'] };
const deadlinesOf = (body: string[], issued: string | null = '2024-03-12') => {
  const doc = makeDoc([H, 'Kính gửi: Các đơn vị trực thuộc', ...body, SIG]);
  const found = extractObligations(doc, { issuedDate: issued, recipients: ['Các đơn vị trực thuộc'], issuer: ['SỞ Y TẾ'] });
  return found?.value.deadlines.length ? found.value.deadlines : null;
};

// The record's deadlines are the time limits of its obligations (obligations.ts).
describe('deadlines', () => {
  it('reads "hoàn thành trước ngày 15/4/2024" with its clause', () => {
    expect(deadlinesOf(['Các đơn vị tổ chức triển khai, hoàn thành trước ngày 15/4/2024.'])).toEqual([
      { date: '2024-04-15', text: 'Các đơn vị tổ chức triển khai, hoàn thành trước ngày 15/4/2024.' },
    ]);
  });
  it('reads a wordy "chậm nhất ngày 20 tháng 6 năm 2024"', () => {
    expect(deadlinesOf(['Báo cáo kết quả về Sở Y tế chậm nhất ngày 20 tháng 6 năm 2024.'])?.map((d) => d.date)).toEqual(['2024-06-20']);
  });
  it('reads "không muộn hơn ngày ..."', () => {
    expect(deadlinesOf(['Đề nghị các đơn vị gửi báo cáo về Sở Y tế không muộn hơn ngày 5/4/2024.'])?.map((d) => d.date)).toEqual([
      '2024-04-05',
    ]);
  });
  it('gives a recurring deadline a null date', () => {
    expect(deadlinesOf(['Định kỳ hàng quý, các đơn vị báo cáo kết quả về Sở Y tế trước ngày 10 của tháng đầu quý sau.'])).toEqual([
      { date: null, text: 'Định kỳ hàng quý, các đơn vị báo cáo kết quả về Sở Y tế trước ngày 10 của tháng đầu quý sau.' },
    ]);
  });
  it('gives a relative deadline ("trong vòng 05 ngày") a null date', () => {
    expect(deadlinesOf(['Các đơn vị gửi báo cáo trong vòng 05 ngày kể từ ngày nhận được văn bản này.'])?.map((d) => d.date)).toEqual([null]);
  });
  it('takes the year of the issue date for "trước ngày 15/12"', () => {
    expect(deadlinesOf(['Gửi danh sách cán bộ đầu mối về Sở Y tế trước ngày 15/12.'])).toEqual([
      { date: '2024-12-15', text: 'Gửi danh sách cán bộ đầu mối về Sở Y tế trước ngày 15/12.' },
    ]);
  });
  it('rolls a day-month before the issue date into the next year', () => {
    expect(deadlinesOf(['Gửi danh sách về Sở Y tế trước ngày 15/01.'])?.[0]?.date).toBe('2025-01-15');
  });
  it('does not take a meeting time for a deadline', () => {
    expect(deadlinesOf(['Kính mời đại biểu dự họp vào lúc 8 giờ 00 ngày 15/3/2024 tại Hội trường tầng 3, Sở Y tế.'])).toBeNull();
  });
  it('does not take a cited document\'s date for a deadline', () => {
    expect(
      deadlinesOf(['Thực hiện Công văn số 2345/BYT-DP ngày 01/3/2024 của Bộ Y tế, Sở Y tế đề nghị các đơn vị triển khai thực hiện.']),
    ).toBeNull();
  });
  it('cuts the clause at ";" and reads several items', () => {
    expect(
      deadlinesOf([
        '1. Các bệnh viện rà soát nhu cầu thuốc; gửi về Sở Y tế trước ngày 30/4/2024; đồng thời cập nhật lên phần mềm.',
        '2. Trung tâm Kiểm soát bệnh tật tổng hợp, báo cáo Sở Y tế chậm nhất ngày 10 tháng 5 năm 2024.',
      ]),
    ).toEqual([
      { date: '2024-04-30', text: 'gửi về Sở Y tế trước ngày 30/4/2024' },
      { date: '2024-05-10', text: 'Trung tâm Kiểm soát bệnh tật tổng hợp, báo cáo Sở Y tế chậm nhất ngày 10 tháng 5 năm 2024.' },
    ]);
  });
  it('reads a deadline whose sentence wraps over two lines', () => {
    expect(deadlinesOf(['Đề nghị các đơn vị hoàn thành việc rà soát', 'trước ngày 30/6/2024.'])).toEqual([
      { date: '2024-06-30', text: 'Đề nghị các đơn vị hoàn thành việc rà soát trước ngày 30/6/2024.' },
    ]);
  });
  it('ignores dates in the header and the signature part', () => {
    expect(deadlinesOf(['Sở Y tế thông báo để các đơn vị biết.'])).toBeNull();
  });

  // Suspected bug: a time of day between the cue and the date ("trước 17 giờ 00 ngày ...") —
  // the usual wording for submission deadlines — is not recognised.
  it('reads "trước 17 giờ 00 ngày 25/4/2024"', () => {
    expect(deadlinesOf(['Hồ sơ đăng ký gửi về Sở Y tế trước 17 giờ 00 ngày 25/4/2024.'])?.map((d) => d.date)).toEqual(['2024-04-25']);
  });
  // Suspected bug: only "dd/mm" is handled without a year; the wordy form "ngày 15 tháng 12"
  // (named in dates.ts) is not.
  it('reads a wordy day-month without a year: "trước ngày 15 tháng 12"', () => {
    expect(deadlinesOf(['Gửi báo cáo tổng kết về Sở Y tế trước ngày 15 tháng 12.'])?.map((d) => d.date)).toEqual(['2024-12-15']);
  });
});
