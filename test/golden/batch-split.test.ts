// Batch scans: sample scans joined into one PDF are cut at each letter's header into documents of
// their own, linked to the original; a letter whose later pages are an annex stays one document.
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { shutdownOcr } from '../../pipeline/ocr/engine.ts';
import { processLetters } from '../../pipeline/split/process-letters.ts';
import { splitProvenance } from '../../pipeline/split/split-pdf.ts';
import { joinPdfs, letterWithPages } from '../helpers/batch-pdfs.ts';

const cfg = config();
const ctx = { ocr: cfg.ocr, maxFileBytes: cfg.maxFileBytes };
afterAll(shutdownOcr);

describe('batch scans', () => {
  it('a PDF of three joined scans (1 + 2 + 1 pages) becomes three documents with the right numbers', async () => {
    const batch = await joinPdfs(['baocao-syt-ninhbinh-142.scan.pdf', 'congvan-byt-2150-khtc.scan.pdf', 'thongbao-syt-nghean-215.scan.pdf']);
    const { letters, parts } = await processLetters({ name: 'batch.pdf', bytes: batch }, ctx);
    expect(parts?.map((p) => p.pages)).toEqual([
      [1, 1],
      [2, 3],
      [4, 4],
    ]);
    expect(letters.map((l) => l.record.number)).toEqual(['142/BC-SYT', '2150/BYT-KHTC', '215/TB-SYT']);
    const originalId = createHash('sha256').update(batch).digest('hex');
    for (const [i, { file, record }] of letters.entries()) {
      expect(record.splitFrom).toEqual({ originalId, pages: parts![i]!.pages });
      expect(splitProvenance(file.bytes)).toEqual(record.splitFrom);
      expect(record.file.pages).toBe(parts![i]!.pages[1] - parts![i]!.pages[0] + 1);
      expect(record.id).toBe(createHash('sha256').update(file.bytes).digest('hex'));
    }
  }, 600_000);

  it('a 5-page letter whose last pages are an annex (one repeating the header) stays one document', async () => {
    const letter = await letterWithPages('quyetdinh-syt-namdinh-458.scan.pdf', [
      [
        '^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        '^Độc lập - Tự do - Hạnh phúc',
        '',
        '^PHỤ LỤC',
        '^DANH SÁCH THÀNH VIÊN ĐOÀN KIỂM TRA',
        '^(Kèm theo Quyết định số 458/QĐ-SYT ngày 12 tháng 3 năm 2024 của Giám đốc Sở Y tế)',
        '1. Trưởng đoàn: Phó Giám đốc Sở Y tế.',
        '2. Phó trưởng đoàn: Trưởng phòng Nghiệp vụ Y.',
      ],
      ['3. Thành viên: đại diện Phòng Kế hoạch - Tài chính.', '4. Thành viên: đại diện Thanh tra Sở.', '5. Thư ký: chuyên viên Phòng Nghiệp vụ Y.'],
      ['Lịch kiểm tra: từ ngày 15 tháng 3 năm 2024 đến ngày 30 tháng 3 năm 2024.', 'Đoàn báo cáo kết quả về Sở Y tế trước ngày 05/4/2024.'],
    ]);
    const { letters, parts } = await processLetters({ name: 'qd-458-phu-luc.pdf', bytes: letter }, ctx);
    expect(parts).toBeNull();
    expect(letters).toHaveLength(1);
    expect(letters[0]!.record.file.pages).toBe(5);
    expect(letters[0]!.record.number).toBe('458/QĐ-SYT');
    expect(letters[0]!.record.splitFrom).toBeNull();
  }, 600_000);
});
