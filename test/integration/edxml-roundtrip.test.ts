// Round trip through edXML (QCVN 102:2016): every sample letter is exported to a package,
// validated against our schema, received into an empty system of record and index (PostgreSQL,
// Elasticsearch), and read back from the index with the same number, issuer, date, type, subject,
// signer and recipients.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Organs } from '../../exchange/edxml/organs.ts';
import { createEdxmlReceiver, type EdxmlReceiver } from '../../exchange/edxml/receiver.ts';
import { DocumentPackage } from '../../exchange/edxml/schema.ts';
import { exportPackage } from '../../exchange/edxml/service.ts';
import { parseEdxml } from '../../exchange/edxml/xml.ts';
import { processDocument } from '../../pipeline/run.ts';
import { ensureServices } from './helpers/services.ts';
import { createQueueTestEnv, type QueueTestEnv } from './helpers/queue-env.ts';

const SAMPLES = path.resolve(import.meta.dirname, '..', '..', 'samples');
const organs: Organs = { self: { id: '000.00.00.H99', name: 'Văn phòng thử nghiệm' }, directory: [] };
const SAME = ['number', 'issuer', 'issuedDate', 'docType', 'subject', 'signer', 'recipients'] as const;
const letters = (await readdir(SAMPLES)).filter((f) => /^[a-z].*\.pdf$/.test(f) && !f.endsWith('.scan.pdf')).sort();

let env: QueueTestEnv;
let receiver: EdxmlReceiver;

beforeAll(async () => {
  await ensureServices();
  env = await createQueueTestEnv('edxml');
  await env.rt.searchIndex.migrate();
  const { rt } = env;
  receiver = createEdxmlReceiver({ blobs: rt.sor.blobs, records: rt.records, documents: rt.documents, indexing: rt.indexing, pipeline: rt.pipeline, organs });
}, 300_000);
afterAll(() => env?.cleanup());

describe('edXML round trip of the sample letters', () => {
  it('has the sample letters and an empty index', async () => {
    expect(letters.length).toBeGreaterThanOrEqual(9);
    expect(await env.rt.searchIndex.count()).toBe(0);
  });

  it.each(letters)('%s: export → validate → import gives the same record fields', async (name) => {
    const bytes = await readFile(path.join(SAMPLES, name));
    const sent = await processDocument({ name, bytes }, env.rt.pipeline);
    const { xml, warnings } = exportPackage(sent, bytes, organs, ['000.00.00.G01']);
    expect(warnings).toEqual([]);
    expect(() => parseEdxml(xml, DocumentPackage, Number.MAX_SAFE_INTEGER)).not.toThrow();

    const stored = await receiver.receive(xml);
    const indexed = await env.rt.searchIndex.getRecord(sent.id);
    expect(indexed).not.toBeNull();
    for (const field of SAME) expect(indexed![field], field).toEqual(sent[field]);
    expect(indexed!.edxml?.from.organId).toBe('000.00.00.H99');
    expect(indexed!.warnings.filter((w) => w.startsWith('edXML header'))).toEqual([]);
    expect(await env.rt.store.getRecord(sent.id)).toEqual(stored);
  }, 120_000);
});
