// Our schema of an edXML package (QCVN 102:2016/BTTTT), written from the standard's structure:
// edXMLEnvelope → edXMLHeader (MessageHeader or Status, TraceHeaderList) → edXMLBody (the manifest
// of attachments). No public XSD exists, so this zod schema over the parsed XML tree is the one
// definition: it validates every package vanthu writes or reads, gives typed values, and carries
// the field limits the national exchange axis enforces (lengths, codes). It is applied to the tree
// fast-xml-parser gives with namespace prefixes removed and every value kept as text.
//
// One choice of ours where the standard sends attachments as MIME parts beside the XML: the
// package is one XML file, each attachment a base64 <Attachment ContentId="…"> in edXMLBody, and
// the manifest's <Reference xlink:href="cid:…"> names it.
import { z } from 'zod';

/** Element text; an empty element parses as ''. Length limits are in characters. */
const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'must not be empty');
const optional = (max: number) => text(max).optional();

/** Mã định danh of an organ (up to four dot-separated groups, e.g. 000.00.00.G10). */
const organId = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]{1,10}(?:\.[0-9A-Za-z]{1,10}){0,3}$/, 'an organ id is up to four dot-separated groups of letters and digits');

/** yyyy-MM-dd (written by vanthu) or dd/MM/yyyy (used by some axis clients) → yyyy-MM-dd. */
export const edxmlDate = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) ?? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
    const iso = !m ? null : m[1]!.length === 4 ? `${m[1]}-${m[2]}-${m[3]}` : `${m[3]}-${m[2]}-${m[1]}`;
    if (!iso || Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) || new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso) {
      ctx.addIssue({ code: 'custom', message: 'a date is written yyyy-MM-dd or dd/MM/yyyy' });
      return z.NEVER;
    }
    return iso;
  });

const optionalDate = z.union([z.literal(''), edxmlDate]).optional().transform((v) => v || undefined);
const unsigned = z.string().trim().regex(/^\d{1,5}$/, 'a whole number from 0').transform(Number);
/** A repeated element: fast-xml-parser is told which names repeat, so these are always arrays. */
const many = <T extends z.ZodType>(item: T) => z.array(item).default([]);

export const Organ = z.object({
  OrganId: organId,
  OrganizationInCharge: optional(200),
  OrganName: optional(200),
  OrganAdd: optional(250),
  Email: optional(100),
  Telephone: optional(20),
  Fax: optional(20),
  Website: optional(100),
});
export type Organ = z.infer<typeof Organ>;

export const Code = z.object({ CodeNumber: required(11), CodeNotation: required(30) });

export const MessageHeader = z.object({
  From: Organ,
  To: z.array(Organ).min(1, 'a package is addressed to at least one organ'),
  /** {OrganId},{yyyy/MM/dd},{số/ký hiệu} */
  DocumentId: required(100),
  Code,
  PromulgationInfo: z.object({ Place: optional(50), PromulgationDate: edxmlDate }),
  DocumentType: z.object({
    /** 1: văn bản hành chính, 2: văn bản quy phạm pháp luật. */
    Type: z.enum(['1', '2']),
    TypeName: required(100),
  }),
  Subject: required(500),
  Content: optional(500),
  SignerInfo: z.object({ Competence: optional(100), Position: optional(100), FullName: optional(50) }),
  DueDate: optionalDate,
  ToPlaces: z.object({ Place: many(required(150)) }).optional(),
  OtherInfo: z.object({
    /** 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ. */
    Priority: z.enum(['0', '1', '2', '3', '4']).default('0'),
    SphereOfPromulgation: optional(100),
    TyperNotation: optional(10),
    PromulgationAmount: unsigned.optional(),
    PageAmount: unsigned.optional(),
    Appendixes: z.object({ Appendix: many(required(250)) }).optional(),
  }),
  /** The letter this one answers (a report's request). */
  ResponseFor: z
    .object({ OrganId: organId.optional(), Code: required(50), PromulgationDate: optionalDate, DocumentId: optional(100) })
    .optional(),
  SteeringType: optional(10),
});
export type MessageHeader = z.infer<typeof MessageHeader>;

export const TraceHeaderList = z.object({
  TraceHeader: many(z.object({ OrganId: organId, Timestamp: required(40) })),
});

export const STATUS_CODES = { '01': 'Đã đến', '03': 'Đã tiếp nhận', '04': 'Đã phân công', '05': 'Đang xử lý', '06': 'Hoàn thành' } as const;
export type StatusCode = keyof typeof STATUS_CODES;

export const Status = z.object({
  ResponseFor: z.object({ OrganId: organId, Code: required(50), PromulgationDate: edxmlDate, DocumentId: required(100) }),
  From: Organ,
  StatusCode: z.enum(Object.keys(STATUS_CODES) as [StatusCode, ...StatusCode[]]),
  Description: optional(500),
  Timestamp: required(40),
  StaffInfo: z.object({ Department: optional(200), Staff: optional(100), Mobile: optional(20), Email: optional(100) }).optional(),
});
export type Status = z.infer<typeof Status>;

const Reference = z.object({
  '@_href': z.string().regex(/^cid:\S+$/, 'an attachment is referenced as cid:…'),
  '@_type': z.string().min(1).optional(),
  AttachmentName: required(200),
  Description: optional(500),
});

const Attachment = z.object({
  '@_ContentId': z.string().min(1),
  '@_ContentType': z.string().min(1),
  '@_ContentTransferEncoded': z.literal('base64'),
  '#text': z.string().regex(/^[A-Za-z0-9+/=\s]+$/, 'an attachment is base64'),
});

export const DocumentPackage = z.object({
  edXMLEnvelope: z.object({
    edXMLHeader: z.object({ MessageHeader, TraceHeaderList: TraceHeaderList.optional() }),
    edXMLBody: z
      .object({ edXMLManifest: z.object({ Reference: z.array(Reference).min(1, 'the manifest lists the attachment') }), Attachment: z.array(Attachment).min(1) })
      .refine((b) => b.edXMLManifest.Reference.every((r) => b.Attachment.some((a) => `cid:${a['@_ContentId']}` === r['@_href'])), {
        message: 'every manifest reference names an attachment of the package',
      }),
  }),
});
export type DocumentPackage = z.infer<typeof DocumentPackage>;

export const StatusPackage = z.object({
  edXMLEnvelope: z.object({ edXMLHeader: z.object({ Status, TraceHeaderList: TraceHeaderList.optional() }) }),
});
export type StatusPackage = z.infer<typeof StatusPackage>;

/** Element names that repeat: the parser gives them as arrays even when there is one. */
export const REPEATED = new Set(['To', 'Place', 'Appendix', 'TraceHeader', 'Reference', 'Attachment']);
