// edXML packages (QCVN 102:2016): writing, our schema, safe reading, status messages.
import { describe, expect, it } from 'vitest';
import { isBadInput } from '../../pipeline/errors.ts';
import { buildDocumentPackage } from '../../exchange/edxml/from-record.ts';
import type { Organs } from '../../exchange/edxml/organs.ts';
import { DocumentPackage, StatusPackage } from '../../exchange/edxml/schema.ts';
import { buildStatusPackage } from '../../exchange/edxml/status.ts';
import { headerFields, mergeHeader, readDocumentPackage } from '../../exchange/edxml/to-record.ts';
import { parseEdxml } from '../../exchange/edxml/xml.ts';
import { makeRecord } from '../integration/helpers/records.ts';

const organs: Organs = {
  self: { id: '000.00.00.G10', name: 'Bộ Y tế' },
  directory: [{ id: '000.00.00.H45', name: 'Sở Y tế các tỉnh, thành phố trực thuộc Trung ương' }],
};
const original = Buffer.from('%PDF-1.7\n% a letter\n%%EOF\n');
const letter = makeRecord('edxml-letter', {
  docType: 'Công văn',
  number: '1234/BYT-CNTT',
  issuer: ['BỘ Y TẾ'],
  place: 'Hà Nội',
  issuedDate: '2024-03-15',
  subject: 'Đôn đốc triển khai chuyển đổi số y tế & an toàn <thông tin>',
  recipients: ['Sở Y tế các tỉnh, thành phố trực thuộc Trung ương', 'Các bệnh viện trực thuộc Bộ'],
  signer: { name: 'Trần Văn Thuấn', title: 'THỨ TRƯỞNG', authority: 'KT. BỘ TRƯỞNG' },
  urgency: 'Khẩn',
  deadlines: [{ date: '2024-04-30', text: 'trước ngày 30/4/2024' }],
});

const MAX = 10 * 1024 * 1024;
const reason = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(isBadInput(error), String(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected a BadInputError');
};

describe('buildDocumentPackage', () => {
  it('writes a package our schema accepts, with the header read back as the record fields', () => {
    const { xml, warnings } = buildDocumentPackage(letter, original, 'application/pdf', { organs, now: new Date('2024-03-16T01:00:00Z') });
    expect(warnings).toEqual([]);
    expect(xml).toContain('<edXML:DocumentId>000.00.00.G10,2024/03/15,1234/BYT-CNTT</edXML:DocumentId>');
    expect(xml).toContain('xlink:href="cid:');
    const { header, attachment } = readDocumentPackage(xml, MAX);
    expect(attachment.bytes.equals(original)).toBe(true);
    expect(header.To.map((t) => t.OrganId)).toEqual(['000.00.00.H45']); // the directory resolves the recipient
    expect(header.DocumentType.Type).toBe('1');
    expect(header.OtherInfo.Priority).toBe('1');
    expect(header.DueDate).toBe('2024-04-30');
    expect(headerFields(header).fields).toEqual({
      number: letter.number,
      issuer: letter.issuer,
      place: letter.place,
      issuedDate: letter.issuedDate,
      docType: letter.docType,
      subject: letter.subject,
      recipients: letter.recipients,
      signer: letter.signer,
      urgency: 'Khẩn',
    });
  });

  it('cuts values over the axis limits at a word and says so', () => {
    const long = makeRecord('long', { ...letter, subject: `${'chuyển đổi số '.repeat(50)}cuối` });
    const { xml, warnings } = buildDocumentPackage(long, original, 'application/pdf', { organs, to: ['000.00.00.H45'] });
    expect(warnings).toEqual(['Subject cut to 500 characters (the limit of the exchange axis)']);
    expect([...readDocumentPackage(xml, MAX).header.Subject].length).toBeLessThanOrEqual(500);
  });

  it('maps KT./TL./TM. to Competence and a numbered legal document to Type 2', () => {
    const decision = makeRecord('qd', { ...letter, docType: 'Quyết định', number: '25/2022/QĐ-UBND', signer: { name: 'A', title: 'PHÓ CHỦ TỊCH', authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH' } });
    const { header } = readDocumentPackage(buildDocumentPackage(decision, original, 'application/pdf', { organs, to: ['000.00.00.H45'] }).xml, MAX);
    expect(header.SignerInfo).toEqual({ Competence: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', Position: 'PHÓ CHỦ TỊCH', FullName: 'A' });
    expect(header.Code).toEqual({ CodeNumber: '25', CodeNotation: '2022/QĐ-UBND' });
    expect(header.DocumentType.Type).toBe('2');
  });

  it('names the letter a report answers in ResponseFor', () => {
    const report = makeRecord('bc', {
      ...letter,
      docType: 'Báo cáo',
      number: '142/BC-SYT',
      references: [
        { number: '60/2021/NĐ-CP', type: 'Nghị định', date: null },
        { number: '2150/BYT-KHTC', type: 'Công văn', date: '2024-04-08' },
      ],
    });
    const { header } = readDocumentPackage(buildDocumentPackage(report, original, 'application/pdf', { organs, to: ['000.00.00.G10'] }).xml, MAX);
    expect(header.ResponseFor).toEqual({ Code: '2150/BYT-KHTC', PromulgationDate: '2024-04-08' });
  });

  it('refuses a record the standard cannot carry, saying why', () => {
    expect(reason(() => buildDocumentPackage(makeRecord('x', { ...letter, number: null }), original, 'application/pdf', { organs }))).toMatch(/no number/);
    expect(reason(() => buildDocumentPackage(letter, original, 'application/pdf', { organs: { self: organs.self, directory: [] } }))).toMatch(/no recipient has an organ id/);
    expect(reason(() => buildDocumentPackage(makeRecord('y', { ...letter, issuer: ['SỞ LẠ'] }), original, 'application/pdf', { organs: { self: null, directory: [] }, to: ['1.2'] }))).toMatch(/VANTHU_EDXML_ORGAN_ID/);
  });
});

describe('reading untrusted packages', () => {
  const good = buildDocumentPackage(letter, original, 'application/pdf', { organs }).xml;

  it('refuses a DTD, so no external entity and no entity expansion', () => {
    const xxe = good.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>');
    expect(reason(() => parseEdxml(xxe, DocumentPackage, MAX))).toMatch(/DTD/);
    const bomb = `<!DOCTYPE b [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><edXMLEnvelope>&b;</edXMLEnvelope>`;
    expect(reason(() => parseEdxml(bomb, DocumentPackage, MAX))).toMatch(/DTD/);
  });

  it('refuses packages too large, too deep, empty or not well-formed', () => {
    expect(reason(() => parseEdxml(good, DocumentPackage, 1000))).toMatch(/^too large/);
    const deep = `${'<a>'.repeat(200)}${'</a>'.repeat(200)}`;
    expect(reason(() => parseEdxml(deep, DocumentPackage, MAX))).toMatch(/^invalid edXML: .*nested/i);
    expect(reason(() => parseEdxml('', DocumentPackage, MAX))).toMatch(/^empty file/);
    expect(reason(() => parseEdxml('<edXMLEnvelope><a></edXMLEnvelope>', DocumentPackage, MAX))).toMatch(/not well-formed/);
  });

  it('refuses a package that breaks our schema, naming the element', () => {
    expect(reason(() => parseEdxml(good.replace(/<edXML:Subject>[^<]*<\/edXML:Subject>/, ''), DocumentPackage, MAX))).toMatch(/MessageHeader\/Subject/);
    expect(reason(() => parseEdxml(good.replace(/<edXML:CodeNumber>1234</, `<edXML:CodeNumber>${'1'.repeat(12)}<`), DocumentPackage, MAX))).toMatch(/CodeNumber: at most 11/);
    expect(reason(() => parseEdxml(good.replace(/ContentId="[^"]+"/, 'ContentId="other"'), DocumentPackage, MAX))).toMatch(/names an attachment/);
    expect(reason(() => parseEdxml(good.replace('<edXML:PromulgationDate>2024-03-15', '<edXML:PromulgationDate>15.03.2024'), DocumentPackage, MAX))).toMatch(/PromulgationDate/);
  });

  it('accepts dd/MM/yyyy dates and an unprefixed default namespace', () => {
    const plain = good.replace(/edXML:/g, '').replace('xmlns:edXML=', 'xmlns=').replace('<PromulgationDate>2024-03-15', '<PromulgationDate>15/03/2024');
    expect(plain).toContain('<PromulgationDate>15/03/2024');
    expect(readDocumentPackage(plain, MAX).header.PromulgationInfo.PromulgationDate).toBe('2024-03-15');
  });
});

describe('mergeHeader', () => {
  const { xml } = buildDocumentPackage(letter, original, 'application/pdf', { organs });
  const { header } = readDocumentPackage(xml, MAX);

  it('keeps the header values with the header as evidence, and warns where the attachment reads otherwise', () => {
    const misread = makeRecord('misread', { ...letter, number: '1284/BYT-CNTT', evidence: { number: { page: 1, start: 0, end: 5 } } });
    const merged = mergeHeader(misread, header, new Date('2024-03-16T00:00:00Z'));
    expect(merged.number).toBe('1234/BYT-CNTT');
    expect(merged.edxml).toMatchObject({ documentId: '000.00.00.G10,2024/03/15,1234/BYT-CNTT', from: { organId: '000.00.00.G10' }, evidence: { number: 'MessageHeader/Code' } });
    expect(merged.evidence.number).toBeUndefined();
    expect(merged.warnings).toEqual(['edXML header and attachment disagree on number: the header says "1234/BYT-CNTT", the attachment reads "1284/BYT-CNTT"']);
  });

  it('does not warn when they agree up to case and spacing', () => {
    const same = makeRecord('same', { ...letter, subject: letter.subject!.toUpperCase() });
    expect(mergeHeader(same, header).warnings).toEqual([]);
  });
});

describe('status messages', () => {
  const received = mergeHeader(letter, readDocumentPackage(buildDocumentPackage(letter, original, 'application/pdf', { organs }).xml, MAX).header);
  const here: Organs = { self: { id: '000.00.00.H45', name: 'Sở Y tế Nam Định' }, directory: [] };

  it.each(['01', '03', '04', '05', '06'] as const)('status %s validates and answers the letter', (code) => {
    const xml = buildStatusPackage(received, code, { organs: here, staff: { department: 'Văn phòng', name: 'Văn thư' }, now: new Date('2024-03-16T02:00:00Z') });
    const { Status } = parseEdxml(xml, StatusPackage, MAX).edXMLEnvelope.edXMLHeader;
    expect(Status).toMatchObject({ StatusCode: code, From: { OrganId: '000.00.00.H45' }, ResponseFor: { OrganId: '000.00.00.G10', Code: '1234/BYT-CNTT', DocumentId: received.edxml!.documentId } });
  });

  it('refuses without this office configured', () => {
    expect(reason(() => buildStatusPackage(received, '01', { organs: { self: null, directory: [] } }))).toMatch(/VANTHU_EDXML_ORGAN_ID/);
  });
});
