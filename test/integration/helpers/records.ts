// Valid DocumentRecords for tests of the store and the index: minimal defaults, every field
// overridable.
import { createHash } from 'node:crypto';
import { DocumentRecord } from '../../../schemas/record.ts';

export const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

export function makeRecord(seed: string, over: Partial<DocumentRecord> = {}): DocumentRecord {
  const subject = over.subject ?? 'Văn bản';
  return DocumentRecord.parse({
    id: sha(seed),
    file: { name: `${seed}.pdf`, mimeType: 'application/pdf', bytes: 10240, pages: 1 },
    textSource: 'text-layer',
    text: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${subject}`,
    docType: 'Công văn',
    number: null,
    issuer: [],
    place: null,
    issuedDate: null,
    subject,
    recipients: [],
    cc: ['Như trên', 'Lưu: VT'],
    signer: null,
    urgency: null,
    secrecy: null,
    deadlines: [],
    references: [],
    obligations: [],
    events: [],
    evidence: {},
    pages: [{ page: 1, source: 'text-layer', confidence: null }],
    warnings: [],
    ...over,
  });
}
