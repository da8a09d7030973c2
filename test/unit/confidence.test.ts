import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../pipeline/document.ts';
import { extractFields } from '../../pipeline/fields/extract-fields.ts';
import { REVIEW_BELOW, ocrFactor } from '../../pipeline/fields/confidence.ts';
import type { Line } from '../../pipeline/types.ts';
import { header, makeDoc } from './doc.ts';

const LETTER = [
  header(['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ'], 'Số: 1021/SYT-NVY', 'Nghệ An, ngày 12 tháng 3 năm 2024', ['V/v báo cáo công tác y tế']),
  'Kính gửi: Bộ Y tế',
  'Sở Y tế báo cáo như sau.',
  { left: ['Nơi nhận:', '- Như trên;', '- Lưu: VT, NVY.'], right: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Thị Hương Lan'] },
];

describe('field confidence', () => {
  it('gives every field of a clean text letter a high confidence and asks no review', () => {
    const fields = extractFields(makeDoc(LETTER));
    for (const f of ['number', 'issuedDate', 'place', 'docType', 'issuer', 'subject', 'recipients', 'cc', 'signer.name', 'signer.title', 'signer.authority']) {
      expect(fields.confidence[f], f).toBeGreaterThanOrEqual(0.9);
    }
    expect(fields.needsReview).toEqual([]);
    expect(fields.agencyKey).toBe('so-y-te:nghe-an');
  });
  it('is low for a field missing where the layout puts it, and the field is listed for review', () => {
    const fields = extractFields(makeDoc([header(['SỞ Y TẾ'], 'Số: 1021/SYT-NVY', 'Nghệ An'), 'Kính gửi: Bộ Y tế', 'Nội dung.']));
    expect(fields.confidence.issuedDate).toBeLessThan(REVIEW_BELOW);
    expect(fields.needsReview).toContain('issuedDate');
  });
  it('falls with the OCR confidence of the lines a value was read from', () => {
    const ocrLine = (text: string, confidence: number): Line => ({ text, column: 'full', block: null, confidence });
    const doc = buildDoc({ pages: [{ number: 1, source: 'ocr', confidence: 80, lines: [ocrLine('Số: 12/SYT-NVY', 95), ocrLine('Nội dung', 60)] }], signatureStamps: [], warnings: [] });
    expect(ocrFactor(doc, { page: 1, start: 0, end: 5 })).toBe(1);
    expect(ocrFactor(doc, { page: 1, start: doc.lines[1]!.start, end: doc.lines[1]!.end })).toBeLessThan(0.5);
  });
});
