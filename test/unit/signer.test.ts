import { describe, expect, it } from 'vitest';
import { extractSigner, isAuthorityLine, looksLikeName } from '../../pipeline/fields/signer.ts';
import { evidenceText, header, makeDoc } from './doc.ts';

const H = header(['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ'], 'Số: 1021/SYT-NVY', 'Nghệ An, ngày 12 tháng 3 năm 2024', ['V/v báo cáo công tác y tế']);
const CC = ['Nơi nhận:', '- Như trên;', '- Lưu: VT, NVY.'];
const docWith = (right: string[], left = CC) => makeDoc([H, 'Kính gửi: Bộ Y tế', 'Sở Y tế báo cáo như sau.', { left, right }]);
const signerOf = (right: string[], left = CC) => extractSigner(docWith(right, left))?.value ?? null;

describe('isAuthorityLine / looksLikeName', () => {
  it('recognises KT./TM./TL./TUQ. lines', () => {
    for (const t of ['KT. GIÁM ĐỐC', 'TM. ỦY BAN NHÂN DÂN', 'TL. BỘ TRƯỞNG', 'TUQ. CHỦ TỊCH', 'Q. GIÁM ĐỐC']) expect(isAuthorityLine(t)).toBe(true);
    expect(isAuthorityLine('PHÓ GIÁM ĐỐC')).toBe(false);
  });
  it('tells a name from a title or a note', () => {
    expect(looksLikeName('Nguyễn Thị Hương Lan')).toBe(true);
    expect(looksLikeName('PHÓ GIÁM ĐỐC')).toBe(false);
    expect(looksLikeName('Đã ký')).toBe(false);
    expect(looksLikeName('Lan')).toBe(false);
  });
});

describe('extractSigner', () => {
  it('reads KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / name', () => {
    const doc = docWith(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Thị Hương Lan']);
    const found = extractSigner(doc);
    expect(found?.value).toEqual({ name: 'Nguyễn Thị Hương Lan', title: 'PHÓ GIÁM ĐỐC', authority: 'KT. GIÁM ĐỐC' });
    expect(evidenceText(doc, found?.evidence)).toBe('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Thị Hương Lan');
  });
  it('joins two authority lines with a space', () => {
    expect(signerOf(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Bùi Đình Long'])).toEqual({
      name: 'Bùi Đình Long',
      title: 'PHÓ CHỦ TỊCH',
      authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH',
    });
  });
  it('gives a null authority to a signer in their own name', () => {
    expect(signerOf(['GIÁM ĐỐC', 'Trần Văn Minh'])).toEqual({ name: 'Trần Văn Minh', title: 'GIÁM ĐỐC', authority: null });
  });
  it('reads TL. and TUQ. signers', () => {
    expect(signerOf(['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG', 'Hồ Sỹ Tuấn'])).toEqual({
      name: 'Hồ Sỹ Tuấn',
      title: 'CHÁNH VĂN PHÒNG',
      authority: 'TL. GIÁM ĐỐC',
    });
    expect(signerOf(['TUQ. CHỦ TỊCH', 'GIÁM ĐỐC SỞ Y TẾ', 'Dương Đình Chỉnh'])?.authority).toBe('TUQ. CHỦ TỊCH');
  });
  it('skips OCR noise from the stamp between title and name', () => {
    expect(signerOf(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '~ / - 4', 'ĐÌ \\ SỞ', 'Y TẾ ,', 'Phạm Thị Thu Hà'])).toEqual({
      name: 'Phạm Thị Thu Hà',
      title: 'PHÓ GIÁM ĐỐC',
      authority: 'KT. GIÁM ĐỐC',
    });
  });
  it('skips a "Đã ký" note', () => {
    expect(signerOf(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Đã ký', 'Lê Quang Huy'])?.name).toBe('Lê Quang Huy');
  });
  it('reads a five-word name', () => {
    expect(signerOf(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trương Hồng Ngọc Ánh'])?.name).toBe('Trương Hồng Ngọc Ánh');
  });
  it('reads a signature part that is not a two-column table', () => {
    const doc = makeDoc([H, 'Kính gửi: Bộ Y tế', 'Sở Y tế báo cáo như sau.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'GIÁM ĐỐC', 'Trần Văn Minh']);
    expect(extractSigner(doc)?.value).toEqual({ name: 'Trần Văn Minh', title: 'GIÁM ĐỐC', authority: null });
  });
  it('is null without a signature part', () => {
    expect(extractSigner(makeDoc([H, 'Kính gửi: Bộ Y tế', 'Sở Y tế báo cáo như sau.']))).toBeNull();
  });

  // Suspected bug: a name with an academic/medical prefix ("BS.", "ThS. BS.", "TS.") — common in
  // the health sector — is not name-like, so the name comes out null.
  it.each(['BS. Nguyễn Văn Hải', 'ThS. BS. Nguyễn Văn Hải', 'TS. Nguyễn Văn Hải'])('reads the name behind the prefix in "%s"', (line) => {
    expect(signerOf(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', line])?.name).toMatch(/Nguyễn Văn Hải$/);
  });
});

describe('extractSigner: lines a text layer ran together, name shape', () => {
  it('splits "KT. BỘ TRƯỞNGTHỨ TRƯỞNG" into authority and title', () => {
    expect(signerOf(['KT. BỘ TRƯỞNGTHỨ TRƯỞNG', 'Trần Văn Thuấn'])).toEqual({ name: 'Trần Văn Thuấn', title: 'THỨ TRƯỞNG', authority: 'KT. BỘ TRƯỞNG' });
    expect(signerOf(['KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC', 'Lê Văn An'])).toMatchObject({ title: 'PHÓ GIÁM ĐỐC', authority: 'KT. GIÁM ĐỐC' });
  });
  it('keeps one post whole', () => {
    expect(signerOf(['KT. TỔNG CỤC TRƯỞNG', 'PHÓ TỔNG CỤC TRƯỞNG', 'Lê Văn An'])).toMatchObject({ title: 'PHÓ TỔNG CỤC TRƯỞNG', authority: 'KT. TỔNG CỤC TRƯỞNG' });
  });
  it('splits a title glued to the name', () => {
    expect(signerOf(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐCNguyễn Văn An'])).toEqual({ name: 'Nguyễn Văn An', title: 'PHÓ GIÁM ĐỐC', authority: 'KT. GIÁM ĐỐC' });
  });
  it('accepts a rank or degree before the name, refuses what is not a name', () => {
    expect(signerOf(['GIÁM ĐỐC', 'Đại tá Nguyễn Văn An'])?.name).toBe('Đại tá Nguyễn Văn An');
    expect(signerOf(['GIÁM ĐỐC', 'PGS.TS. Trần Văn Thuấn'])?.name).toBe('PGS. TS. Trần Văn Thuấn');
    expect(looksLikeName('Nguyễn Văn An Bình Minh Tâm')).toBe(false);
    expect(looksLikeName('Xyzq Brt')).toBe(false);
  });
});
