// A record and its original → an edXML document package (QCVN 102:2016). Values over the axis's
// limits are cut at a word and said so; a record lacking what the standard requires (number, date,
// subject, type, a recipient organ) is refused with the reason.
import { createHash } from 'node:crypto';
import { BadInputError } from '../../pipeline/errors.ts';
import { fold } from '../../pipeline/text/fold.ts';
import type { DocumentRecord } from '../../schemas/record.ts';
import { organById, organByName, type OrganRef, type Organs } from './organs.ts';
import { DocumentPackage, type MessageHeader } from './schema.ts';
import { buildXml, EDXML_NS, parseEdxml, XLINK_NS } from './xml.ts';

export interface ExportOptions {
  organs: Organs;
  /** Organ ids to address; default: the recipients the directory knows. */
  to?: string[];
  now?: Date;
}

export interface ExportResult {
  xml: string;
  warnings: string[];
}

const PRIORITY = { 'Khẩn': '1', 'Thượng khẩn': '2', 'Hỏa tốc': '3' } as const;

/** Numbers with a year segment (60/2021/NĐ-CP) are those of legal documents (Luật Ban hành VBQPPL 2015, Điều 10). */
const LEGAL_NUMBER = /^\d+\/\d{4}\//;

const refuse = (why: string) => new BadInputError('invalid edXML', `cannot write an edXML package: ${why}`);

export function buildDocumentPackage(record: DocumentRecord, original: Uint8Array, mimeType: string, options: ExportOptions): ExportResult {
  const warnings: string[] = [];
  const fit = (field: string, value: string, max: number): string => {
    if ([...value].length <= max) return value;
    const cut = [...value].slice(0, max - 1).join('');
    warnings.push(`${field} cut to ${max} characters (the limit of the exchange axis)`);
    return `${cut.replace(/\s+\S*$/, '')}…`;
  };
  if (!record.number) throw refuse('the document has no number (số, ký hiệu)');
  if (!record.issuedDate) throw refuse('the document has no date');
  if (!record.subject) throw refuse('the document has no subject (trích yếu)');
  if (!record.docType) throw refuse('the document type is not known');
  const [codeNumber = '', ...notation] = record.number.split('/');
  if (!codeNumber || !notation.length) throw refuse(`the number ${record.number} is not written số/ký hiệu`);

  const agency = record.issuer.at(-1) ?? null;
  const sender = organByName(options.organs, agency) ?? options.organs.self;
  if (!sender) throw refuse('the sender has no organ id: set VANTHU_EDXML_ORGAN_ID (and VANTHU_EDXML_ORGANS)');
  const to = addressees(record, options);
  if (!to.length) throw refuse('no recipient has an organ id: name one (--to ID, ?to=ID) or list the recipients in VANTHU_EDXML_ORGANS');

  const header: MessageHeader = {
    From: {
      OrganId: sender.id,
      OrganName: fit('From/OrganName', agency ?? sender.name, 200),
      OrganizationInCharge: record.issuer.length > 1 ? fit('From/OrganizationInCharge', record.issuer.slice(0, -1).join('\n'), 200) : undefined,
    },
    To: to.map((o) => ({ OrganId: o.id, OrganName: o.name ? fit('To/OrganName', o.name, 200) : undefined })),
    DocumentId: `${sender.id},${record.issuedDate.replace(/-/g, '/')},${record.number}`,
    Code: { CodeNumber: fit('Code/CodeNumber', codeNumber, 11), CodeNotation: fit('Code/CodeNotation', notation.join('/'), 30) },
    PromulgationInfo: { Place: record.place ? fit('PromulgationInfo/Place', record.place, 50) : undefined, PromulgationDate: record.issuedDate },
    DocumentType: { Type: LEGAL_NUMBER.test(record.number) ? '2' : '1', TypeName: fit('DocumentType/TypeName', record.docType, 100) },
    Subject: fit('Subject', record.subject, 500),
    Content: contentOf(record),
    SignerInfo: {
      Competence: record.signer?.authority ? fit('SignerInfo/Competence', record.signer.authority, 100) : undefined,
      Position: record.signer?.title ? fit('SignerInfo/Position', record.signer.title, 100) : undefined,
      FullName: record.signer?.name ? fit('SignerInfo/FullName', record.signer.name, 50) : undefined,
    },
    DueDate: record.deadlines.map((d) => d.date).filter((d): d is string => d !== null).sort()[0],
    ToPlaces: record.recipients.length ? { Place: record.recipients.map((r) => fit('ToPlaces/Place', r, 150)) } : undefined,
    OtherInfo: {
      Priority: record.urgency ? PRIORITY[record.urgency] : '0',
      PageAmount: record.file.pages,
      Appendixes: appendixes(record),
    },
    ResponseFor: responseFor(record),
  };
  const cid = `${createHash('sha256').update(original).digest('hex').slice(0, 32)}@vanthu`;
  const now = options.now ?? new Date();
  const tree = {
    'edXML:edXMLEnvelope': {
      '@_xmlns:edXML': EDXML_NS,
      '@_xmlns:xlink': XLINK_NS,
      'edXML:edXMLHeader': {
        'edXML:MessageHeader': prefixed(header),
        'edXML:TraceHeaderList': { 'edXML:TraceHeader': [{ 'edXML:OrganId': sender.id, 'edXML:Timestamp': timestamp(now) }] },
      },
      'edXML:edXMLBody': {
        'edXML:edXMLManifest': {
          'edXML:Reference': [
            {
              '@_xlink:href': `cid:${cid}`,
              '@_xlink:type': mimeType,
              'edXML:AttachmentName': fit('AttachmentName', record.file.name, 200),
              'edXML:Description': 'Văn bản gốc',
            },
          ],
        },
        'edXML:Attachment': [
          { '@_ContentId': cid, '@_ContentType': mimeType, '@_ContentTransferEncoded': 'base64', '#text': Buffer.from(original).toString('base64') },
        ],
      },
    },
  };
  const xml = buildXml(tree);
  // Every package written is checked against the same schema as the packages read.
  parseEdxml(xml, DocumentPackage, Number.MAX_SAFE_INTEGER);
  return { xml, warnings };
}

function addressees(record: DocumentRecord, options: ExportOptions): OrganRef[] {
  if (options.to?.length) return [...new Set(options.to)].map((id) => organById(options.organs, id) ?? { id, name: '' });
  const found = record.recipients.map((r) => organByName(options.organs, r)).filter((o): o is OrganRef => o !== null);
  return [...new Map(found.map((o) => [o.id, o])).values()];
}

/** The opening of the body, after the subject: what the letter is about, in at most 500 characters. */
function contentOf(record: DocumentRecord): string | undefined {
  const from = record.evidence.subject?.end ?? 0;
  const body = record.text.slice(from).replace(/\s+/g, ' ').trim();
  if (!body) return undefined;
  const chars = [...body];
  return chars.length <= 500 ? body : `${chars.slice(0, 499).join('').replace(/\s+\S*$/, '')}…`;
}

/** Annex titles: lines opening with "PHỤ LỤC" (NĐ 30/2020, Phụ lục I, mục về phụ lục). */
function appendixes(record: DocumentRecord): { Appendix: string[] } | undefined {
  const titles = record.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^phu luc\b/.test(fold(l)))
    .map((l) => ([...l].length > 250 ? `${[...l].slice(0, 249).join('')}…` : l));
  return titles.length ? { Appendix: [...new Set(titles)] } : undefined;
}

/** A report answers the letter it cites that is not a legal document (no year in its number). */
function responseFor(record: DocumentRecord): MessageHeader['ResponseFor'] {
  const isReport = /^bao cao/.test(fold(record.docType ?? '')) || /^bao cao/.test(fold(record.subject ?? ''));
  if (!isReport) return undefined;
  const letter = record.references.find((r) => !LEGAL_NUMBER.test(r.number));
  if (!letter) return undefined;
  return { Code: letter.number.slice(0, 50), PromulgationDate: letter.date ?? undefined };
}

/** dd/MM/yyyy HH:mm:ss in Vietnam's time (UTC+7), the trace timestamp axis clients write. */
function timestamp(at: Date): string {
  const t = new Date(at.getTime() + 7 * 3600_000).toISOString();
  return `${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)} ${t.slice(11, 19)}`;
}

/** Element names get the edXML: prefix; undefined values are left out. */
function prefixed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prefixed);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined && v !== '') out[k.startsWith('@_') || k === '#text' ? k : `edXML:${k}`] = prefixed(v);
    return out;
  }
  return typeof value === 'number' ? String(value) : value;
}
