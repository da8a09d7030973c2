// The document model every renderer and the label writer read. One Letter = one official document
// laid out per Nghị định 30/2020/NĐ-CP. All content placed in a Letter is invented for this project.

/** A piece of text with its own style inside a paragraph. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A deadline that a paragraph sets. `text` defaults to the paragraph's text without its numbering. */
export interface DeadlineMark {
  /** ISO date, or null when recurring / not computable. */
  date: string | null;
  /** The clause that sets the time limit; must occur verbatim in the paragraph when given. */
  text?: string;
}

export interface Paragraph {
  /** Plain text, or runs with their own bold/italic. */
  runs: Run[];
  /** Numbering printed before the text ("1.", "a)", "Điều 1.", "-"); part of the printed line. */
  label?: string;
  /** Whether the label is bold ("Điều 1." is). */
  labelBold?: boolean;
  align?: 'justify' | 'center' | 'left';
  /** First-line indent (default true for justified body text). */
  indent?: boolean;
  /** Extra blank space before the paragraph, in points. */
  spaceBefore?: number;
  deadlines?: DeadlineMark[];
}

export type DocType =
  | 'Công văn'
  | 'Quyết định'
  | 'Kế hoạch'
  | 'Thông báo'
  | 'Báo cáo'
  | 'Tờ trình'
  | 'Giấy mời'
  | 'Công điện';

export type Urgency = 'KHẨN' | 'THƯỢNG KHẨN' | 'HỎA TỐC';

export interface Signer {
  /** One or two authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"); empty when signing in own name. */
  authority: string[];
  /** The signer's post as printed ("PHÓ GIÁM ĐỐC"); null when the block has only the authority. */
  title: string | null;
  name: string;
}

export interface Letter {
  /** File stem: NAME.pdf, NAME.docx, ... */
  name: string;
  /** Free text for the label's `source`. */
  source: string;
  docType: DocType;
  /** Agency lines, parent first. A '\n' inside an entry breaks it over two printed lines. */
  issuer: string[];
  /** Number and symbol after "Số:" ("125/SYT-NVY"). */
  number: string;
  place: string;
  /** ISO date of issue. */
  date: string;
  urgency?: Urgency;
  /** Trích yếu as labelled (no "V/v", no "Về việc", no trailing period). */
  subject: string;
  /** Printed before the subject: "V/v" for công văn, "Về việc"/"Về" or nothing for the others. */
  subjectPrefix: string;
  /** Print the trích yếu in uppercase bold (older style) instead of bold normal case. */
  subjectUpper?: boolean;
  /** Line printed before the recipients: "Kính gửi:" (default) or "BỘ TRƯỞNG BỘ Y TẾ điện:". */
  recipientsLabel?: string;
  recipients: string[];
  /** Line after the recipients, e.g. "(sau đây gọi chung là các đơn vị)". */
  recipientsNote?: string;
  /** Centered bold line after the title (quyết định: "GIÁM ĐỐC SỞ Y TẾ"). */
  authorityLine?: string;
  body: Paragraph[];
  /** "Nơi nhận" entries as printed, without the leading dash and trailing ";"/"." ("Giám đốc Sở (để b/c)"). */
  cc: string[];
  signer: Signer | null;
  style: LetterStyle;
}

export interface LetterStyle {
  /** Body size in points (13 or 14). */
  bodySize: number;
  /** Font family written into the DOCX. */
  docxFont: string;
}

export const DEFAULT_STYLE: LetterStyle = { bodySize: 13, docxFont: 'Times New Roman' };

/** Shorthand for a plain paragraph. */
export function p(text: string, opts: Omit<Paragraph, 'runs'> = {}): Paragraph {
  return { runs: [{ text }], ...opts };
}

/** Shorthand for a numbered item ("1.", "a)") that may set deadlines. */
export function item(label: string, text: string, opts: Omit<Paragraph, 'runs' | 'label'> = {}): Paragraph {
  return { runs: [{ text }], label, ...opts };
}

/** A bold heading line ("I. MỤC ĐÍCH, YÊU CẦU"), left aligned with indent. */
export function heading(text: string): Paragraph {
  return { runs: [{ text, bold: true }], align: 'justify', indent: true };
}

export function paragraphText(para: Paragraph): string {
  return para.runs.map((r) => r.text).join('');
}

/** The printed line of a paragraph, label included. */
export function printedText(para: Paragraph): string {
  const t = paragraphText(para);
  return para.label ? `${para.label} ${t}` : t;
}

/** The title line printed for a non-công-văn document ("QUYẾT ĐỊNH"). */
export function typeTitle(docType: DocType): string {
  return docType.toLocaleUpperCase('vi');
}

/** Subject as printed, prefix included. */
export function printedSubject(letter: Letter): string {
  const s = letter.subjectUpper ? letter.subject.toLocaleUpperCase('vi') : letter.subject;
  if (!letter.subjectPrefix) return s;
  const prefix = letter.subjectUpper ? letter.subjectPrefix.toLocaleUpperCase('vi') : letter.subjectPrefix;
  return `${prefix} ${s}`;
}
