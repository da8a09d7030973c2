// Shapes that flow between the pipeline stages. Pure data: no I/O lives here.

/** A file handed to the pipeline: its bytes and the name it arrived with (for messages only). */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** A box in page units (PDF points or image pixels), origin top-left, y growing downwards. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A positioned run of text: a PDF text item or an OCR word. */
export interface TextItem extends Box {
  text: string;
  /** OCR confidence 0-100, absent for text layers. */
  confidence?: number;
  /** The line the OCR engine put this word on; PDF items are grouped into lines by position. */
  line?: number;
}

/** Which side of a two-column block (header or signature table) a line sits in. */
export type Column = 'left' | 'right' | 'full';

/** One line of text in reading order, with where it sits on the page. */
export interface Line {
  text: string;
  column: Column;
  /** Lines of one two-column block share a block number; full-width lines have null. */
  block: number | null;
  box?: Box;
  /** Mean OCR confidence (0-100) of the line's words; absent for text layers and DOCX. */
  confidence?: number;
}

export type PageSource = 'text-layer' | 'docx' | 'ocr';

export interface Page {
  number: number;
  source: PageSource;
  lines: Line[];
  /** Mean OCR word confidence (0-100), null for text layers. */
  confidence: number | null;
  /** Doubts about this page worth telling the user (e.g. handwritten digits read). */
  warnings?: string[];
}

/** What every text extractor returns. */
export interface ExtractedText {
  pages: Page[];
  /** Texts found beside the page content, e.g. the e-signature box of a signed scan. */
  signatureStamps: string[];
  warnings: string[];
}
