import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HUNSPELL_VI, hunspellLexicon, lexiconFrom, nearestSyllable, repairSyllables } from '../../pipeline/normalize/syllable-repair.ts';

const small = lexiconFrom(['được', 'dược', 'việc', 'viết', 'việt', 'nghiệp', 'hoà', 'thuỷ', 'quý', 'hoàng', 'tổ', 'chức', 'sở', 'số', 'y', 'tế']);

describe('syllable repair', () => {
  it('replaces a non-syllable by the one nearest valid syllable', () => {
    expect(nearestSyllable('đựợc', small)).toBe('được');
    expect(repairSyllables('Sở Y tế đựợc giao nghiêp vụ', small)).toBe('Sở Y tế được giao nghiệp vụ');
  });
  it('leaves a word when two syllables are as near (the choice is not clear)', () => {
    expect(nearestSyllable('viêt', small)).toBeNull(); // việt or viết
    expect(repairSyllables('VIÊT NAM', small)).toBe('VIÊT NAM');
  });
  it('keeps the letter case of what was read', () => {
    expect(repairSyllables('ĐỰỢC', small)).toBe('ĐƯỢC');
    expect(repairSyllables('Đựợc', small)).toBe('Được');
  });
  it('accepts both tone placements and keeps "qu" and closed syllables apart', () => {
    expect(small.has('hòa') && small.has('hoà') && small.has('thủy') && small.has('quý') && small.has('hoàng')).toBe(true);
    expect(small.has('qúy')).toBe(false);
  });
  it('never touches codes, acronyms, numbers or words without Vietnamese letters', () => {
    const line = 'Số: 12/QĐ-UBND V/v HĐND BGDĐT email 2025 KT&ĐBCL';
    expect(repairSyllables(line, small)).toBe(line);
  });
  it('is off without a lexicon', () => {
    expect(repairSyllables('đựợc', null)).toBe('đựợc');
  });
});

describe.skipIf(!existsSync(HUNSPELL_VI))("with Debian's hunspell-vi list", () => {
  it('loads the syllables and repairs the usual slips', () => {
    const lexicon = hunspellLexicon()!;
    expect(lexicon.has('nghĩa') && lexicon.has('ủy') && lexicon.has('uỷ')).toBe(true);
    expect(repairSyllables('công viêc, Bệnh vỉện', lexicon)).toBe('công việc, Bệnh viện');
  });
});
