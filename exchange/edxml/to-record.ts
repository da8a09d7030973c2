// An edXML document package → its attachment and the record of an incoming letter: the header's
// values become the fields (the header is their evidence), the attachment's extraction fills the
// rest, and where the two disagree the record carries a review warning.
import { BadInputError } from '../../pipeline/errors.ts';
import { fold } from '../../pipeline/text/fold.ts';
import type { EdxmlOrigin } from '../../schemas/edxml-origin.ts';
import { DocumentRecord, type Signer } from '../../schemas/record.ts';
import { DocumentPackage, type MessageHeader } from './schema.ts';
import { parseEdxml } from './xml.ts';

export interface ReceivedPackage {
  header: MessageHeader;
  attachment: { name: string; mimeType: string; bytes: Buffer };
}

/** Validates a package and decodes its first attachment (the letter itself). */
export function readDocumentPackage(input: Uint8Array | string, maxBytes: number): ReceivedPackage {
  const pkg = parseEdxml(input, DocumentPackage, maxBytes);
  const body = pkg.edXMLEnvelope.edXMLBody;
  const reference = body.edXMLManifest.Reference[0]!;
  const attachment = body.Attachment.find((a) => `cid:${a['@_ContentId']}` === reference['@_href'])!;
  const bytes = Buffer.from(attachment['#text'].replace(/\s+/g, ''), 'base64');
  if (!bytes.length) throw new BadInputError('invalid edXML', 'the attachment is empty');
  return {
    header: pkg.edXMLEnvelope.edXMLHeader.MessageHeader,
    attachment: { name: reference.AttachmentName, mimeType: attachment['@_ContentType'], bytes },
  };
}

const URGENCY = { '1': 'Khẩn', '2': 'Thượng khẩn', '3': 'Hỏa tốc', '4': 'Hỏa tốc' } as const;

type HeaderFields = Pick<DocumentRecord, 'number' | 'issuer' | 'place' | 'issuedDate' | 'docType' | 'subject' | 'recipients' | 'signer' | 'urgency'>;

/** The record fields the header states, with the element each comes from. */
export function headerFields(h: MessageHeader): { fields: Partial<HeaderFields>; evidence: Record<string, string> } {
  const fields: Partial<HeaderFields> = {};
  const evidence: Record<string, string> = {};
  const set = <K extends keyof HeaderFields>(key: K, value: HeaderFields[K] | undefined, element: string) => {
    if (value === undefined || value === null || (Array.isArray(value) && !value.length)) return;
    fields[key] = value;
    evidence[key] = `MessageHeader/${element}`;
  };
  set('number', `${h.Code.CodeNumber}/${h.Code.CodeNotation}`, 'Code');
  const issuer = [...(h.From.OrganizationInCharge?.split('\n') ?? []), h.From.OrganName ?? ''].map((s) => s.trim()).filter(Boolean);
  set('issuer', issuer, 'From');
  set('place', h.PromulgationInfo.Place || undefined, 'PromulgationInfo/Place');
  set('issuedDate', h.PromulgationInfo.PromulgationDate, 'PromulgationInfo/PromulgationDate');
  set('docType', h.DocumentType.TypeName, 'DocumentType/TypeName');
  set('subject', h.Subject, 'Subject');
  set('recipients', h.ToPlaces?.Place, 'ToPlaces');
  const s = h.SignerInfo;
  if (s.FullName || s.Position || s.Competence) {
    set('signer', { name: s.FullName || null, title: s.Position || null, authority: s.Competence || null }, 'SignerInfo');
  }
  if (h.OtherInfo.Priority !== '0') set('urgency', URGENCY[h.OtherInfo.Priority], 'OtherInfo/Priority');
  return { fields, evidence };
}

/** Values compared as a person would: accents kept, case, spacing and punctuation ignored. */
const norm = (v: unknown): string => {
  const text = (s: string) => s.normalize('NFC').toLowerCase().replace(/[\s.,;:()–-]+/g, ' ').trim();
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => text(String(x))).sort().join(' | ');
  if (typeof v === 'object') {
    const signer = v as Signer;
    return [signer.name, signer.title, signer.authority].map((x) => text(x ?? '')).join(' | ');
  }
  return text(String(v));
};

const shown = (v: unknown): string => (Array.isArray(v) ? v.join('; ') : v && typeof v === 'object' ? Object.values(v).filter(Boolean).join(', ') : String(v));

/** The extracted record of the attachment, with the header's values over it. */
export function mergeHeader(extracted: DocumentRecord, h: MessageHeader, receivedAt: Date = new Date()): DocumentRecord {
  const { fields, evidence } = headerFields(h);
  const warnings: string[] = [];
  const textEvidence = { ...extracted.evidence };
  for (const [key, value] of Object.entries(fields) as [keyof HeaderFields, unknown][]) {
    const read = extracted[key];
    if (read === null || (Array.isArray(read) && !read.length)) continue;
    if (norm(read) !== norm(value)) {
      warnings.push(`edXML header and attachment disagree on ${key}: the header says "${shown(value)}", the attachment reads "${shown(read)}"`);
      delete textEvidence[key]; // that span shows the attachment's value, not the header's
    }
  }
  const origin: EdxmlOrigin = {
    documentId: h.DocumentId,
    from: { organId: h.From.OrganId, organName: h.From.OrganName ?? null },
    to: h.To.map((t) => ({ organId: t.OrganId, organName: t.OrganName ?? null })),
    evidence,
    responseFor: h.ResponseFor ? { code: h.ResponseFor.Code, date: h.ResponseFor.PromulgationDate ?? null } : null,
    receivedAt: receivedAt.toISOString(),
  };
  return DocumentRecord.parse({ ...extracted, ...fields, evidence: textEvidence, edxml: origin, warnings: [...extracted.warnings, ...warnings] });
}

/** Does a file look like an edXML package (by name or by its first element)? */
export function looksLikeEdxml(name: string, bytes: Uint8Array): boolean {
  if (/\.edxml$/i.test(name)) return true;
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8');
  return /^\s*(?:<\?xml[^>]*>\s*)?<(?:\w+:)?edXMLEnvelope\b/.test(head) || fold(name).endsWith('.edxml');
}
