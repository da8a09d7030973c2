import { describe, expect, it } from 'vitest';
import {
  convertLegacy,
  detectLegacyEncoding,
  fixLegacyEncoding,
  isVietnameseSyllable,
} from '../../pipeline/normalize/legacy-encoding.ts';

// Independent inverse tables (Unicode -> legacy), written letter by letter, so that the module's
// generated tables are checked against a second transcription of the code charts.
// TCVN3 (ABC, TCVN 5712:1993 VN3): pairs "letter code".
const TCVN3_PAIRS =
  'à µ á ¸ ả ¶ ã · ạ ¹ ă ¨ ằ » ắ ¾ ẳ ¼ ẵ ½ ặ Æ â © ầ Ç ấ Ê ẩ È ẫ É ậ Ë đ ® ' +
  'è Ì é Ð ẻ Î ẽ Ï ẹ Ñ ê ª ề Ò ế Õ ể Ó ễ Ô ệ Ö ì × í Ý ỉ Ø ĩ Ü ị Þ ' +
  'ò ß ó ã ỏ á õ â ọ ä ô « ồ å ố è ổ æ ỗ ç ộ é ơ ¬ ờ ê ớ í ở ë ỡ ì ợ î ' +
  'ù ï ú ó ủ ñ ũ ò ụ ô ư \u00AD ừ õ ứ ø ử ö ữ ÷ ự ù ỳ ú ý ý ỷ û ỹ ü ỵ þ ' +
  'Ă ¡ Â ¢ Ê £ Ô ¤ Ơ ¥ Ư ¦ Đ §';
// VNI-Windows: "letter sequence" (uppercase = both characters uppercased).
const VNI_PAIRS =
  'à aø á aù ả aû ã aõ ạ aï â aâ ầ aà ấ aá ẩ aå ẫ aã ậ aä ă aê ằ aè ắ aé ẳ aú ẵ aü ặ aë ' +
  'è eø é eù ẻ eû ẽ eõ ẹ eï ê eâ ề eà ế eá ể eå ễ eã ệ eä ì ì í í ỉ æ ĩ ó ị ò ' +
  'ò oø ó où ỏ oû õ oõ ọ oï ô oâ ồ oà ố oá ổ oå ỗ oã ộ oä ơ ô ờ ôø ớ ôù ở ôû ỡ ôõ ợ ôï ' +
  'ù uø ú uù ủ uû ũ uõ ụ uï ư ö ừ öø ứ öù ử öû ữ öõ ự öï ỳ yø ý yù ỷ yû ỹ yõ ỵ î đ ñ';

function pairs(s: string): Map<string, string> {
  const t = s.split(' ');
  const m = new Map<string, string>();
  for (let i = 0; i < t.length; i += 2) m.set(t[i]!, t[i + 1]!);
  return m;
}
const TCVN3_ENC = pairs(TCVN3_PAIRS);
const VNI_ENC = pairs(VNI_PAIRS);

/** Unicode -> TCVN3; uppercase toned vowels use the lowercase code points (as UniKey does). */
function toTcvn3(s: string): string {
  return [...s.normalize('NFC')].map((c) => TCVN3_ENC.get(c) ?? TCVN3_ENC.get(c.toLowerCase()) ?? c).join('');
}
function toVni(s: string): string {
  return [...s.normalize('NFC')]
    .map((c) => {
      const lo = VNI_ENC.get(c);
      if (lo !== undefined) return lo;
      const up = VNI_ENC.get(c.toLowerCase());
      return up !== undefined ? up.toUpperCase() : c;
    })
    .join('');
}

// 12 vowels x 6 tones (incl. none) = 72, minus the 5 plain vowels a e i o u y... -> 67 lowercase letters.
const LOWER = [...'aăâeêioôơuưy'].flatMap((v) =>
  ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'].map((t) => (v + t).normalize('NFC')),
);
const LETTERS = [...LOWER.filter((c) => !'aeiouy'.includes(c)), 'đ'];

// Invented official letter (not taken from any real document).
const LETTER_LINES = [
  'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
  'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  'Số: 12/UBND-VX',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Hà Nội, ngày 15 tháng 3 năm 2009',
  'V/v tổ chức hội nghị tổng kết công tác năm 2008',
  'Kính gửi: Các phòng, ban chuyên môn thuộc huyện',
  'Đề nghị các đơn vị khẩn trương thực hiện, báo cáo kết quả trước ngày 30/4/2009.',
  'Quyết định này có hiệu lực kể từ ngày ký; mọi người phải nghiêm túc chấp hành.',
  'Nơi nhận: Như trên; Lưu: VT, VX.',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Thị Hương Trà',
];
const LETTER = LETTER_LINES.join('\n');

describe('tables', () => {
  it('has 67 lowercase letters (134 with uppercase)', () => {
    expect(LETTERS).toHaveLength(67);
    expect(new Set([...LETTERS, ...LETTERS.map((c) => c.toUpperCase())]).size).toBe(134);
    for (const c of LETTERS) expect(TCVN3_ENC.has(c) && VNI_ENC.has(c), c).toBe(true);
  });

  it('TCVN3: every lowercase letter and the 7 uppercase base letters', () => {
    const text = LETTERS.join(' ');
    expect(convertLegacy(toTcvn3(text), 'tcvn3')).toBe(text);
    expect(convertLegacy('¡ ¢ £ ¤ ¥ ¦ §', 'tcvn3')).toBe('Ă Â Ê Ô Ơ Ư Đ');
  });

  it('TCVN3: uppercase toned vowels come from lowercase codes, uppercased inside capital words', () => {
    for (const c of LETTERS) {
      const word = `N${c.toUpperCase()}N`;
      expect(convertLegacy(toTcvn3(word), 'tcvn3'), word).toBe(word);
    }
    // Mixed-case text keeps them lowercase: .VnTime has no glyph for "Ủ" (documented limitation).
    expect(convertLegacy(toTcvn3('Ủy ban'), 'tcvn3')).toBe('ủy ban');
  });

  it('VNI: all 134 letters, lower and upper case', () => {
    const text = [...LETTERS, ...LETTERS.map((c) => c.toUpperCase())].join(' ');
    expect(convertLegacy(toVni(text), 'vni')).toBe(text);
  });

  it('VNI: two mark bytes in either order, upper and lower case, NFC output', () => {
    expect(convertLegacy('aâù aùâ AÂÙ AÙÂ aêï aïê oâï oïâ', 'vni')).toBe('ấ ấ Ấ Ấ ặ ặ ộ ộ');
    expect(convertLegacy('öôùc', 'vni')).toBe('ước');
    const out = convertLegacy('Vieät', 'vni');
    expect(out).toBe(out.normalize('NFC'));
  });

  it('decodes the classic mojibake samples', () => {
    expect(convertLegacy('Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(convertLegacy('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
  });
});

describe('round trip of an invented official letter', () => {
  it('TCVN3', () => {
    const legacy = toTcvn3(LETTER);
    expect(legacy).toContain('CéNG HOµ X· HéI');
    expect(detectLegacyEncoding(legacy)).toBe('tcvn3');
    expect(convertLegacy(legacy, 'tcvn3')).toBe(LETTER);
    expect(fixLegacyEncoding(legacy)).toEqual({ text: LETTER, encoding: 'tcvn3' });
  });

  it('VNI', () => {
    const text = `${LETTER}\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;`;
    const legacy = toVni(text);
    expect(legacy).toContain('COÄNG HOAØ XAÕ');
    expect(detectLegacyEncoding(legacy)).toBe('vni');
    expect(convertLegacy(legacy, 'vni')).toBe(text);
    expect(fixLegacyEncoding(legacy)).toEqual({ text, encoding: 'vni' });
  });

  it('each line on its own', () => {
    for (const line of LETTER_LINES) {
      expect(convertLegacy(toTcvn3(line), 'tcvn3'), line).toBe(line);
      expect(convertLegacy(toVni(line), 'vni'), line).toBe(line);
    }
  });
});

describe('detectLegacyEncoding', () => {
  it('recognises short legacy lines and tells the two encodings apart', () => {
    expect(detectLegacyEncoding(toTcvn3('Hà Nội, ngày 15 tháng 3 năm 2009'))).toBe('tcvn3');
    expect(detectLegacyEncoding(toVni('Hà Nội, ngày 15 tháng 3 năm 2009'))).toBe('vni');
    expect(detectLegacyEncoding(toTcvn3('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ'))).toBe('tcvn3');
    expect(detectLegacyEncoding(toVni('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ'))).toBe('vni');
  });

  it.each([
    ['Unicode Vietnamese', LETTER],
    ['Unicode, decomposed (NFD)', LETTER.normalize('NFD')],
    ['Unicode with Latin-1-only words', 'Thái Bình có cá và cà, ý là như thế'],
    ['Unicode with a stray µ and Ö', `${LETTER}\nĐộ dày 5 µm, cầu thủ Özil.`],
    ['English', 'The committee approved the report on 15 March 2009. See section 4(b).'],
    ['English with symbols', 'Particles of 5 µm ± 0.2 µm; 3 × 4 = 12; 20 °C; © 2009 ACME®'],
    ['numbers', '12/UBND-VX 2009 30/4 1.234.567,89'],
    ['European languages', 'Grüße aus München, schön. Où est déjà la señora? El año, niño. Ça va, Noël.'],
    ['Vietnamese without diacritics', 'Cong hoa xa hoi chu nghia Viet Nam'],
    ['empty', ''],
  ])('null for %s', (_name, text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(fixLegacyEncoding(text)).toEqual({ text, encoding: null });
  });

  it('syllable check', () => {
    for (const w of ['nghiêng', 'quyết', 'Việt', 'giữa', 'ĐƯỜNG', 'khuỷu', 'xoong', 'hoà']) {
      expect(isVietnameseSyllable(w), w).toBe(true);
    }
    for (const w of ['viet', 'việtt', 'ViÖt', 'chÝnh', 'xã̀', 'Özil', 'élève', 'vièt']) {
      expect(isVietnameseSyllable(w), w).toBe(false);
    }
  });
});

describe('fixLegacyEncoding on mixed text', () => {
  it('converts only the legacy lines of a mixed document', () => {
    const unicode = ['Cộng hoà xã hội chủ nghĩa Việt Nam', 'Hôm nay trời đẹp, ai cũng vui.', 'Tên: Thái Bình'];
    const legacyLines = ['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', 'Số: 12/UBND-VX', 'Hà Nội, ngày 15 tháng 3 năm 2009'];
    const input = [...legacyLines.map(toTcvn3), ...unicode].join('\n');
    expect(fixLegacyEncoding(input)).toEqual({ text: [...legacyLines, ...unicode].join('\n'), encoding: 'tcvn3' });
  });

  it('handles VNI lines between Unicode lines, keeping CRLF', () => {
    const input = ['Trích yếu nội dung', toVni('Đề nghị các đơn vị báo cáo kết quả'), 'Hết.'].join('\r\n');
    expect(fixLegacyEncoding(input)).toEqual({
      text: 'Trích yếu nội dung\r\nĐề nghị các đơn vị báo cáo kết quả\r\nHết.',
      encoding: 'vni',
    });
  });

  it('converts a legacy run inside a Unicode line word by word', () => {
    const input = `Kính gửi: ${toTcvn3('Sở Tài chính tỉnh Quảng Trị')}`;
    expect(fixLegacyEncoding(input)).toEqual({ text: 'Kính gửi: Sở Tài chính tỉnh Quảng Trị', encoding: 'tcvn3' });
  });

  it('leaves a Unicode document with Latin-1 letters untouched', () => {
    const text = 'Tên: Thái Bình\nNgày ký: 15/3/2009\nCộng hoà xã hội chủ nghĩa Việt Nam';
    expect(fixLegacyEncoding(text)).toEqual({ text, encoding: null });
  });
});
