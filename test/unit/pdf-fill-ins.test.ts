// Numbers and days the signing software draws into the blanks as widget appearances (the text
// layer holds only "Số:      /QĐ-UBND"): they are read and put on the line of the blank.
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfExtractor } from '../../pipeline/extractors/pdf.ts';
import { hasBlankToFill } from '../../pipeline/extractors/pdf-fill-ins.ts';
import { applyOverlay } from '../../pipeline/ocr/page.ts';
import { patchFontkitSubset } from '../../samples/generator/fontkit-fix.ts';
import { readFont } from '../../samples/generator/fonts.ts';

const ctx = { ocr: { langPath: '', gzip: true, workers: 1, dpi: 300 } };

/** A letter whose number and day are blanks, each filled by a widget drawn over it. */
async function signedLetter(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(patchFontkitSubset());
  const font = await doc.embedFont(readFont('regular'), { subset: true });
  const page = doc.addPage([595, 842]);
  const line = (text: string, x: number, y: number) => page.drawText(text, { x, y, size: 13, font, color: rgb(0, 0, 0) });
  line('UỶ BAN NHÂN DÂN TỈNH NGHỆ AN', 60, 780);
  line('Số:          /QĐ-UBND', 80, 750);
  line('Nghệ An, ngày       tháng 3 năm 2025', 330, 750);
  line('QUYẾT ĐỊNH', 250, 700);
  for (let i = 0; i < 12; i++) line('Về việc ban hành quy chế làm việc của Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026.', 60, 660 - i * 40);
  const form = doc.getForm();
  for (const [name, value, x] of [['number', '125', 104], ['day', '14', 420]] as const) {
    const field = form.createTextField(name);
    field.setText(value);
    field.addToPage(page, { x, y: 745, width: 30, height: 20, borderWidth: 0 });
  }
  form.updateFieldAppearances();
  return doc.save();
}

describe('fill-ins drawn by the signing software', () => {
  it('knows a blank number or date part when it sees one', () => {
    expect(hasBlankToFill('Số:      /QĐ-UBND')).toBe(true);
    expect(hasBlankToFill('Hà Nội, ngày    tháng 3 năm 2025')).toBe(true);
    expect(hasBlankToFill('Số: 12/QĐ-UBND Hà Nội, ngày 4 tháng 3 năm 2025')).toBe(false);
  });
  it('reads the widgets and puts their digits on the line of the blank', async () => {
    const bytes = await signedLetter();
    const lines = (await pdfExtractor.extract({ name: 'x.pdf', bytes }, ctx)).pages[0]!.lines.map((l) => l.text.replace(/\s+/g, ' '));
    expect(lines.some((l) => /Số: 125 ?\/QĐ-UBND/u.test(l))).toBe(true);
    expect(lines.some((l) => /ngày 14 tháng 3 năm 2025/u.test(l))).toBe(true);
  });
});

describe('an overlay on an OCR page', () => {
  it('replaces the words read under it and joins their line', () => {
    const words = [
      { text: 'Sô', x0: 100, y0: 100, x1: 140, y1: 130, line: 1 },
      { text: 'I849BGDĐT', x0: 145, y0: 100, x1: 300, y1: 130, line: 1 },
      { text: 'V/v', x0: 100, y0: 150, x1: 140, y1: 180, line: 2 },
    ];
    // The page is 1000 units wide in PDF terms, the image 2000 px: the overlay is scaled.
    const overlay = { words: [{ text: '1849', x0: 70, y0: 48, x1: 120, y1: 68 }], pageWidth: 1000, pageHeight: 1000 };
    const out = applyOverlay(words, overlay, 2000, 2000);
    expect(out.map((w) => [w.text, w.line])).toEqual([['Sô', 1], ['V/v', 2], ['1849', 1]]);
  });
});
