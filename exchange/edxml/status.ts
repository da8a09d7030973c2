// Status messages (QCVN 102:2016, gói tin trạng thái) for a registered incoming letter: 01 đã đến,
// 03 đã tiếp nhận, 04 đã phân công, 05 đang xử lý, 06 hoàn thành, sent back to the sender.
import { BadInputError } from '../../pipeline/errors.ts';
import type { DocumentRecord } from '../../schemas/record.ts';
import { organByName, type Organs } from './organs.ts';
import { STATUS_CODES, StatusPackage, type StatusCode } from './schema.ts';
import { buildXml, EDXML_NS, parseEdxml } from './xml.ts';

export interface StatusOptions {
  organs: Organs;
  description?: string;
  staff?: { department?: string; name?: string };
  now?: Date;
}

export const isStatusCode = (code: string): code is StatusCode => code in STATUS_CODES;

export function buildStatusPackage(record: DocumentRecord, code: StatusCode, options: StatusOptions): string {
  const self = options.organs.self;
  if (!self) throw new BadInputError('invalid edXML', 'cannot write a status: set VANTHU_EDXML_ORGAN_ID (this office)');
  if (!record.number || !record.issuedDate) throw new BadInputError('invalid edXML', 'cannot write a status: the letter has no number or date');
  const senderId = record.edxml?.from.organId ?? organByName(options.organs, record.issuer.at(-1))?.id;
  if (!senderId) throw new BadInputError('invalid edXML', 'cannot write a status: the sender has no organ id (the letter did not come as edXML and VANTHU_EDXML_ORGANS does not name its issuer)');
  const documentId = record.edxml?.documentId ?? `${senderId},${record.issuedDate.replace(/-/g, '/')},${record.number}`;
  const now = options.now ?? new Date();
  const staff = options.staff && (options.staff.department || options.staff.name)
    ? { 'edXML:StaffInfo': { 'edXML:Department': options.staff.department, 'edXML:Staff': options.staff.name } }
    : {};
  const xml = buildXml({
    'edXML:edXMLEnvelope': {
      '@_xmlns:edXML': EDXML_NS,
      'edXML:edXMLHeader': {
        'edXML:Status': {
          'edXML:ResponseFor': {
            'edXML:OrganId': senderId,
            'edXML:Code': record.number,
            'edXML:PromulgationDate': record.issuedDate,
            'edXML:DocumentId': documentId,
          },
          'edXML:From': { 'edXML:OrganId': self.id, 'edXML:OrganName': self.name || undefined },
          'edXML:StatusCode': code,
          'edXML:Description': options.description ?? STATUS_CODES[code],
          'edXML:Timestamp': now.toISOString(),
          ...staff,
        },
        'edXML:TraceHeaderList': { 'edXML:TraceHeader': [{ 'edXML:OrganId': self.id, 'edXML:Timestamp': now.toISOString() }] },
      },
    },
  });
  parseEdxml(xml, StatusPackage, Number.MAX_SAFE_INTEGER);
  return xml;
}
