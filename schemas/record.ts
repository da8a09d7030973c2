// The structured record vanthu extracts from one document. This schema is the source of truth:
// the TypeScript types, the CLI's JSON Lines and (later) the API and the index derive from it.
import { z } from 'zod';
import { Evidence } from './evidence.ts';
import { DocumentEvent, Obligation } from './obligation.ts';
import { PdfSignature } from './signature.ts';
import { EdxmlOrigin } from './edxml-origin.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

export const TextSource = z.enum(['text-layer', 'docx', 'ocr', 'mixed']);
export type TextSource = z.infer<typeof TextSource>;

export { Evidence } from './evidence.ts';

export const Signer = z.object({
  name: z.string().nullable(),
  title: z.string().nullable(),
  /** KT./TL./TM./TUQ./Q. line(s), two lines joined by a space; null when signing in own name. */
  authority: z.string().nullable(),
});
export type Signer = z.infer<typeof Signer>;

export const Deadline = z.object({
  date: isoDate.nullable(),
  /** The clause that sets the deadline. */
  text: z.string(),
});
export type Deadline = z.infer<typeof Deadline>;

export const Reference = z.object({
  number: z.string(),
  /** "Nghị quyết", "Quyết định", ... when the text names it. */
  type: z.string().nullable(),
  date: isoDate.nullable(),
});
export type Reference = z.infer<typeof Reference>;

export const Urgency = z.enum(['Khẩn', 'Thượng khẩn', 'Hỏa tốc']);
export const Secrecy = z.enum(['Mật', 'Tối mật', 'Tuyệt mật']);

export const PageInfo = z.object({
  page: z.number().int().min(1),
  source: z.enum(['text-layer', 'docx', 'ocr']),
  /** Mean OCR word confidence 0-100; null for text-layer and DOCX pages. */
  confidence: z.number().min(0).max(100).nullable(),
});

export const DocumentRecord = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, 'id is the sha256 of the file bytes'),
  file: z.object({
    name: z.string(),
    mimeType: z.string(),
    bytes: z.number().int().min(0),
    pages: z.number().int().min(0),
  }),
  textSource: TextSource,
  text: z.string(),
  docType: z.string().nullable(),
  number: z.string().nullable(),
  issuer: z.array(z.string()),
  place: z.string().nullable(),
  issuedDate: isoDate.nullable(),
  subject: z.string().nullable(),
  recipients: z.array(z.string()),
  cc: z.array(z.string()),
  signer: Signer.nullable(),
  urgency: Urgency.nullable(),
  secrecy: Secrecy.nullable(),
  deadlines: z.array(Deadline),
  references: z.array(Reference),
  /** Who must do what by when; `deadlines` lists the dated ones among them (and agrees with them). */
  obligations: z.array(Obligation),
  /** Dated happenings that oblige nothing (the meeting of a giấy mời). */
  events: z.array(DocumentEvent),
  evidence: z.record(z.string(), Evidence),
  /** Per field (number, issuedDate, …, signer.name, …), how sure the extraction is, 0-1; older records have none. */
  confidence: z.record(z.string(), z.number().min(0).max(1)).default({}),
  /** The fields whose confidence is under the review threshold (pipeline/fields/confidence.ts). */
  needsReview: z.array(z.string()).default([]),
  /** Canonical key of the issuing agency in the gazetteer ("so-y-te:ninh-binh"); null when not known. */
  agencyKey: z.string().nullable().default(null),
  pages: z.array(PageInfo),
  /** Digital signatures (ký số) of a PDF, in file order; empty for other files and older records. */
  signatures: z.array(PdfSignature).default([]),
  /** Set when the letter arrived as an edXML package (QCVN 102:2016): its sender and header evidence. */
  edxml: EdxmlOrigin.nullable().default(null),
  /** A letter cut from a batch scan: the original (kept as it was) and the pages taken from it. */
  splitFrom: z.object({ originalId: z.string(), pages: z.tuple([z.number().int().min(1), z.number().int().min(1)]) }).nullable().default(null),
  warnings: z.array(z.string()),
  /** Corrections made by people (audit trail): `from` is the value the extraction gave. */
  corrections: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown(), by: z.string(), at: z.string() })).default([]),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/** The warning of a document with the same number and issuer as an earlier one (Nghị định 30/2020, Phụ lục VI). */
export const DUPLICATE_WARNING = 'possible duplicate of ';
