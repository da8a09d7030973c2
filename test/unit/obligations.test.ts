// Issue #4: obligations of the seed letter 3323/BYT-CNTT (read from ../shared at run time) and of
// small invented letters.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { extractObligations } from '../../pipeline/fields/obligations.ts';
import { processDocument } from '../../pipeline/run.ts';
import { header, makeDoc } from './doc.ts';

const cfg = config();
const seed = path.join(cfg.corpusDir, 'real', 'rendered', 'seed-3323-BYT-CNTT.pdf');
const KINH_GUI = ['Các đơn vị thuộc và trực thuộc Bộ Y tế', 'Sở Y tế các tỉnh, thành phố trực thuộc Trung ương'];

describe.skipIf(!existsSync(seed))('seed letter 3323/BYT-CNTT', () => {
  it('gives its five numbered tasks as obligations', async () => {
    const record = await processDocument({ name: 'seed-3323.pdf', bytes: readFileSync(seed) }, { ocr: cfg.ocr, maxFileBytes: cfg.maxFileBytes });
    const o = record.obligations;
    expect(o).toHaveLength(5);
    expect(o.map((x) => x.due)).toEqual(['2023-07-01', '2023-07-01', null, null, null]);
    for (const i of [0, 1, 2, 4]) expect(o[i]!.assignees, `point ${i + 1}`).toEqual(KINH_GUI);
    expect(o[3]!.assignees).toEqual(['Vụ', 'Cục', 'Tổng cục', 'Văn phòng Bộ', 'Thanh tra Bộ Y tế']);
    expect(o.slice(0, 4).map((x) => x.recurrence)).toEqual([null, null, null, null]);
    expect(o[4]!.recurrence).toEqual({ frequencies: ['quarterly', 'half-yearly', 'yearly'], dayOfMonth: 10, monthsAfterPeriod: 1, dayOfWeek: null });
    expect(o[4]!.reportTo).toBe('Trung tâm Thông tin y tế Quốc gia');
    expect(o[0]!.action).toMatch(/^Tổ chức sinh hoạt chuyên đề/);
    // The record's deadlines are the time limits of these obligations.
    expect(record.deadlines.map((d) => d.date)).toEqual(['2023-07-01', '2023-07-01', null]);
    for (const x of o) expect(record.text.slice(x.evidence!.start, x.evidence!.end)).toContain(x.action.slice(1, 20));
  });
});

const H = header(['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ'], 'Số: 1021/SYT-NVY', 'Nghệ An, ngày 12 tháng 3 năm 2024', ['V/v triển khai công tác y tế dự phòng']);
const SIG = { left: ['Nơi nhận:', '- Như trên;', '- Lưu: VT, NVY.'], right: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Thị Hương Lan'] };
const obligationsOf = (body: string[], recipients = ['Trung tâm Y tế các huyện, thành phố, thị xã', 'Bệnh viện Đa khoa tỉnh']) =>
  extractObligations(makeDoc([H, `Kính gửi: ${recipients.join('; ')}`, ...body, SIG]), { issuedDate: '2024-03-12', recipients, issuer: ['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ'] })?.value.obligations ?? [];

describe('obligations', () => {
  it('takes the units a sentence names after "Giao" and where the result goes', () => {
    const [o] = obligationsOf(['Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế rà soát hồ sơ tiêm chủng, gửi báo cáo về Sở Y tế trước ngày 30/4/2024.']);
    expect(o).toMatchObject({ assignees: ['Sở Giáo dục và Đào tạo'], due: '2024-04-30', reportTo: 'Sở Y tế' });
    expect(o!.action).toMatch(/^Chủ trì, phối hợp với Sở Y tế rà soát hồ sơ tiêm chủng/);
  });
  it('gives items under "đề nghị các đơn vị ... sau:" to the Kính gửi list', () => {
    const o = obligationsOf(['Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:', '1. Rà soát danh sách trẻ chưa tiêm, hoàn thành trước ngày 20/3/2024.', '2. Bệnh viện Đa khoa tỉnh cử cán bộ hỗ trợ tuyến huyện.']);
    expect(o.map((x) => x.assignees)).toEqual([['Trung tâm Y tế các huyện, thành phố, thị xã', 'Bệnh viện Đa khoa tỉnh'], ['Bệnh viện Đa khoa tỉnh']]);
  });
  it('reads "Unit: action" items and the heading item above its own tasks', () => {
    const o = obligationsOf(['Sở Y tế giao nhiệm vụ như sau:', '1. Trung tâm Kiểm soát bệnh tật:', 'a) Giám sát ca bệnh tại cộng đồng;', 'b) Báo cáo hằng tuần vào thứ Sáu.', '2. Phòng Tài chính - Kế toán: bảo đảm kinh phí giám sát.']);
    expect(o.map((x) => x.assignees)).toEqual([['Trung tâm Kiểm soát bệnh tật'], ['Trung tâm Kiểm soát bệnh tật'], ['Phòng Tài chính - Kế toán']]);
    expect(o[1]!.recurrence).toMatchObject({ frequencies: ['weekly'], dayOfWeek: 5 });
  });
  it('resolves "trong vòng 15 ngày kể từ ngày ký" against the issue date', () => {
    expect(obligationsOf(['Các đơn vị gửi báo cáo về Sở Y tế trong vòng 15 ngày kể từ ngày ký.'])[0]?.due).toBe('2024-03-27');
  });
  it('skips courtesy sentences and capital headings', () => {
    expect(obligationsOf(['II. TỔ CHỨC THỰC HIỆN', 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc đề nghị các đơn vị liên hệ Phòng Nghiệp vụ Y để được hướng dẫn.'])).toEqual([]);
  });
});
