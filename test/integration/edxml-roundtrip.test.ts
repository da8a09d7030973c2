// Round trip through edXML (QCVN 102:2016): every sample letter is exported to a package,
// validated against our schema, imported into an empty index, and read back from the index with
// the same number, issuer, date, type, subject, signer and recipients.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { type Organs } from '../../exchange/edxml/organs.ts';
import { DocumentPackage } from '../../exchange/edxml/schema.ts';
import { exportPackage, importPackage } from '../../exchange/edxml/service.ts';
import { parseEdxml } from '../../exchange/edxml/xml.ts';
import { processDocument } from '../../pipeline/run.ts';
import type { DocumentRecord } from '../../schemas/record.ts';
import { createSearchIndex } from '../../search/es-index.ts';
import { createFsStore } from '../../store/fs-store.ts';

const cfg = config();
const SAMPLES = path.resolve(import.meta.dirname, '..', '..', 'samples');
const prefix = `vanthu-test-edxml-${randomBytes(4).toString('hex')}`;
const index = createSearchIndex({ url: cfg.elasticsearch.url, index: prefix });
const esUp = await index.ping();
const organs: Organs = { self: { id: '000.00.00.H99', name: 'Văn phòng thử nghiệm' }, directory: [] };
const extract = (file: { name: string; bytes: Buffer }) => processDocument(file, { ocr: cfg.ocr, maxFileBytes: cfg.maxFileBytes });
const SAME = ['number', 'issuer', 'issuedDate', 'docType', 'subject', 'signer', 'recipients'] as const;

let storeDir: string;
const letters = (await readdir(SAMPLES)).filter((f) => /^[a-z].*\.pdf$/.test(f) && !f.endsWith('.scan.pdf')).sort();

beforeAll(async () => {
  storeDir = await mkdtemp(path.join(os.tmpdir(), 'vanthu-edxml-'));
  if (esUp) await index.migrate();
});
afterAll(async () => {
  if (esUp) await index.drop();
  await index.close();
  await rm(storeDir, { recursive: true, force: true });
});

describe.skipIf(!esUp)('edXML round trip of the sample letters', () => {
  it('has the sample letters', () => expect(letters.length).toBeGreaterThanOrEqual(9));

  it.each(letters)('%s: export → validate → import gives the same record fields', async (name) => {
    const bytes = await readFile(path.join(SAMPLES, name));
    const sent = await extract({ name, bytes });
    const { xml, warnings } = exportPackage(sent, bytes, organs, ['000.00.00.G01']);
    expect(warnings).toEqual([]);
    expect(() => parseEdxml(xml, DocumentPackage, Number.MAX_SAFE_INTEGER)).not.toThrow();

    const store = createFsStore(storeDir);
    await importPackage(xml, cfg.maxFileBytes, {
      extract,
      save: async (file, record) => {
        await store.putOriginal(file.bytes, file.name);
        await store.putRecord(record);
        await index.indexRecords([record]);
      },
    });
    const received = (await index.getRecord(sent.id)) as DocumentRecord;
    expect(received).not.toBeNull();
    for (const field of SAME) expect(received[field], field).toEqual(sent[field]);
    expect(received.edxml?.from.organId).toBe('000.00.00.H99');
    expect(received.warnings.filter((w) => w.startsWith('edXML header'))).toEqual([]);
    expect(await store.getRecord(sent.id)).toEqual(received);
  }, 120_000);
});
