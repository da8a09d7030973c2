// A cursor that flows content down A4 pages, adding a page when the next block does not fit.
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { CONTENT_WIDTH_PT, PAGE_PT, TABLE_OUTDENT_MM, pt } from './geometry.ts';
import type { Fonts } from './pdf-text.ts';

export class Flow {
  page: PDFPage;
  /** Baseline position of the next line's top edge, in PDF points from the bottom. */
  y: number;
  readonly left = PAGE_PT.left;
  readonly width = CONTENT_WIDTH_PT;
  readonly tableX = PAGE_PT.left - pt(TABLE_OUTDENT_MM);
  readonly tableWidth = CONTENT_WIDTH_PT + pt(TABLE_OUTDENT_MM);

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = this.addPage();
    this.y = PAGE_PT.height - PAGE_PT.top;
  }

  private addPage(): PDFPage {
    return this.doc.addPage([PAGE_PT.width, PAGE_PT.height]);
  }

  get bottom(): number {
    return PAGE_PT.bottom;
  }

  newPage(): void {
    this.page = this.addPage();
    this.y = PAGE_PT.height - PAGE_PT.top;
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < this.bottom) this.newPage();
  }

  /** Moves down by one line of `lineHeight` and returns the baseline for text of `size`. */
  nextBaseline(lineHeight: number, size: number): number {
    this.ensure(lineHeight);
    const base = this.y - lineHeight + (lineHeight - size) / 2 + size * 0.22;
    this.y -= lineHeight;
    return base;
  }
}

/** Writes page numbers (from page 2, centred in the top margin), as NĐ30 asks. */
export function numberPages(doc: PDFDocument, fonts: Fonts, size: number): void {
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    if (i === 0) return;
    const text = String(i + 1);
    const w = fonts.regular.widthOfTextAtSize(text, size);
    const cx = PAGE_PT.left + CONTENT_WIDTH_PT / 2;
    page.drawText(text, { x: cx - w / 2, y: PAGE_PT.height - pt(13), size, font: fonts.regular });
  });
}
