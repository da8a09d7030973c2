// Page geometry shared by the PDF and DOCX renderers (NĐ30: A4, margins top/bottom 20-25 mm,
// left 30-35 mm, right 15-20 mm).

export const MM = 72 / 25.4; // points per millimetre

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  topMm: 20,
  bottomMm: 20,
  leftMm: 30,
  rightMm: 20,
} as const;

/** The header and signature tables reach a little into the left margin, as Word tables do. */
export const TABLE_OUTDENT_MM = 5;

/** Share of the header table given to the agency column. */
export const HEADER_LEFT_SHARE = 0.4;

/** Share of the signature table given to the "Nơi nhận" column. */
export const SIGN_LEFT_SHARE = 0.48;

export const pt = (mm: number): number => mm * MM;

export const PAGE_PT = {
  width: pt(PAGE.widthMm),
  height: pt(PAGE.heightMm),
  top: pt(PAGE.topMm),
  bottom: pt(PAGE.bottomMm),
  left: pt(PAGE.leftMm),
  right: pt(PAGE.rightMm),
};

export const CONTENT_WIDTH_PT = PAGE_PT.width - PAGE_PT.left - PAGE_PT.right;

/** Twips (1/20 pt) for DOCX. */
export const twip = (mm: number): number => Math.round(mm * MM * 20);
