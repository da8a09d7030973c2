import { describe, expect, it } from 'vitest';
import { provenanceSection } from '../../api/pages/signatures-section.ts';
import { makeRecord } from '../integration/helpers/records.ts';

const signature = {
  signerName: 'Phạm <b>Thành</b>',
  organisation: 'BỘ Y TẾ',
  signedAt: '2026-03-02T02:30:00.000Z',
  issuer: 'CA phục vụ các cơ quan Nhà nước G2',
  validFrom: '2025-01-01T00:00:00.000Z',
  validTo: '2030-01-01T00:00:00.000Z',
  subFilter: 'adbe.pkcs7.detached',
  coversWholeFile: true,
  digestMatches: true,
  signatureValid: true,
  matchesPrintedSigner: false,
  status: 'toàn vẹn: hợp lệ; chứng thư: chưa đối chiếu với CA',
  problem: null,
};

describe('provenanceSection', () => {
  it('lists each signature with its checks, escaped, and says the chain was not checked', () => {
    const out = String(provenanceSection(makeRecord('signed', { signatures: [signature] })));
    expect(out).toContain('Phạm &lt;b&gt;Thành&lt;/b&gt;');
    expect(out).toContain('toàn vẹn: hợp lệ; chứng thư: chưa đối chiếu với CA');
    expect(out).toContain('khác người ký in trên văn bản');
    expect(out).toContain('CA phục vụ các cơ quan Nhà nước G2');
  });
  it('says when there is no signature, and names the batch a letter was cut from', () => {
    const out = String(provenanceSection(makeRecord('part', { splitFrom: { originalId: 'a'.repeat(64), pages: [2, 3] } })));
    expect(out).toContain('Không có chữ ký số.');
    expect(out).toContain(`/app/documents/${'a'.repeat(64)}`);
    expect(out).toContain('trang 2–3');
  });
});
