// The "có ký số" facet and filter on the real Elasticsearch: documents with a digital signature
// are counted and can be kept or left out.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { createSearchIndex } from '../../search/es-index.ts';
import { makeRecord } from './helpers/records.ts';

const index = createSearchIndex({ url: config().elasticsearch.url, index: `vanthu-test-signed-${randomBytes(4).toString('hex')}` });
const esUp = await index.ping();

const signature = {
  signerName: 'Phạm Quang Thành', organisation: 'BỘ Y TẾ', signedAt: null, issuer: 'CA', validFrom: null, validTo: null, subFilter: null,
  coversWholeFile: true, digestMatches: true, signatureValid: true, matchesPrintedSigner: true, status: 'toàn vẹn: hợp lệ; chứng thư: chưa đối chiếu với CA', problem: null,
};

beforeAll(async () => {
  if (!esUp) return;
  await index.migrate();
  await index.indexRecords(
    [makeRecord('signed-a', { subject: 'Chuyển đổi số', signatures: [signature] }), makeRecord('plain-b', { subject: 'Chuyển đổi số y tế' })],
    { refresh: true },
  );
});
afterAll(async () => {
  if (esUp) await index.drop();
  await index.close();
});

describe.skipIf(!esUp)('the có ký số facet', () => {
  it('counts the signed documents and filters on them', async () => {
    const all = await index.search({ q: 'chuyen doi so' });
    expect(all.total).toBe(2);
    expect(all.facets.signed).toEqual([{ value: 'có ký số', count: 1 }]);
    expect((await index.search({ q: 'chuyen doi so', signed: true })).total).toBe(1);
    expect((await index.search({ q: 'chuyen doi so', signed: false })).total).toBe(1);
  });
});
