import { describe, expect, it } from 'vitest';
import { textLayerIsUsable } from '../../pipeline/extractors/page-text-check.ts';
import type { TextItem } from '../../pipeline/types.ts';

const rows = (texts: string[]): TextItem[] => texts.map((text, i) => ({ text, x0: 50, x1: 500, y0: 50 + i * 20, y1: 64 + i * 20 }));

describe('a PDF text layer worth reading', () => {
  it('takes Vietnamese prose with its diacritics', () => {
    const prose = Array.from({ length: 30 }, () => 'Sở Y tế đề nghị các đơn vị triển khai thực hiện nghiêm túc');
    expect(textLayerIsUsable(rows(prose), 842)).toBe(true);
  });
  it("refuses a scan's own OCR layer that lost nearly every diacritic", () => {
    const poor = Array.from({ length: 30 }, () => 'SO GIAO DVC vA DA TAO de nghi cac don vi trien khai thuc hien');
    expect(textLayerIsUsable(rows(poor), 842)).toBe(false);
  });
});
