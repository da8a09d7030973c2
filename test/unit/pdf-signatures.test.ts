// The digital-signature reader on PDFs signed in the test (self-made chain, @signpdf).
import { beforeAll, describe, expect, it } from 'vitest';
import { namesAgree, readPdfSignatures } from '../../pipeline/signatures/read-signatures.ts';
import { pdfDateToIso } from '../../pipeline/signatures/signature-dicts.ts';
import { makeChain, sign, tamper, unsignedSample } from '../helpers/signed-pdfs.ts';

const person = { commonName: 'Phạm Quang Thành', organisation: 'BỘ Y TẾ' };
const organ = { commonName: 'BỘ Y TẾ', organisation: 'BỘ Y TẾ' };
const PRINTED = 'Phạm Quang Thành';

let plain: Buffer;
let once: Buffer;
let twice: Buffer;

beforeAll(async () => {
  const chain = makeChain();
  plain = await unsignedSample();
  once = await sign(plain, chain.p12For(person), person);
  twice = await sign(once, chain.p12For(organ), organ, new Date('2026-03-02T03:00:00Z'));
});

describe('readPdfSignatures', () => {
  it('finds no signature in an unsigned PDF', async () => {
    expect(await readPdfSignatures(plain, PRINTED)).toEqual({ signatures: [], warnings: [] });
  });

  it('reads the signer, organisation, issuer, validity and time of one signature, valid', async () => {
    const { signatures, warnings } = await readPdfSignatures(once, PRINTED);
    expect(warnings).toEqual([]);
    expect(signatures).toHaveLength(1);
    expect(signatures[0]).toMatchObject({
      signerName: 'Phạm Quang Thành',
      organisation: 'BỘ Y TẾ',
      issuer: 'vanthu test CA',
      validFrom: '2025-01-01T00:00:00.000Z',
      validTo: '2030-01-01T00:00:00.000Z',
      signedAt: '2026-03-02T02:30:00.000Z',
      subFilter: 'adbe.pkcs7.detached',
      coversWholeFile: true,
      digestMatches: true,
      signatureValid: true,
      matchesPrintedSigner: true,
      status: 'toàn vẹn: hợp lệ; chứng thư: chưa đối chiếu với CA',
      problem: null,
    });
  });

  it('lists both signatures of a file signed twice, both valid; only the last covers the whole file', async () => {
    const { signatures, warnings } = await readPdfSignatures(twice, PRINTED);
    expect(warnings).toEqual([]);
    expect(signatures.map((s) => [s.signerName, s.digestMatches, s.signatureValid, s.coversWholeFile])).toEqual([
      ['Phạm Quang Thành', true, true, false],
      ['BỘ Y TẾ', true, true, true],
    ]);
    // The organisation's certificate is not a person: no comparison with the printed signer.
    expect(signatures[1]!.matchesPrintedSigner).toBeNull();
  });

  it('reports the digest invalid when the file was changed after signing', async () => {
    const { signatures, warnings } = await readPdfSignatures(tamper(once), PRINTED);
    expect(signatures[0]).toMatchObject({ digestMatches: false, signatureValid: true });
    expect(signatures[0]!.status).toMatch(/^toàn vẹn: không hợp lệ/);
    expect(warnings.join('\n')).toMatch(/changed after signing/);
  });

  it('warns when the person who signed digitally is not the printed signer', async () => {
    const { signatures, warnings } = await readPdfSignatures(once, 'Nguyễn Thị Hoa');
    expect(signatures[0]!.matchesPrintedSigner).toBe(false);
    expect(warnings).toEqual(['no digital signature is by the printed signer Nguyễn Thị Hoa']);
  });

  it('lists a damaged signature with its problem instead of failing', async () => {
    const s = once.toString('latin1');
    const at = s.indexOf('/Contents <') + '/Contents <'.length;
    const broken = Buffer.from(once);
    broken.write('ffff', at, 'latin1');
    const { signatures, warnings } = await readPdfSignatures(broken, PRINTED);
    expect(signatures).toHaveLength(1);
    expect(signatures[0]!.problem).toBeTruthy();
    expect(signatures[0]!.digestMatches).toBe(false);
    expect(warnings).toHaveLength(1);
  });
});

describe('namesAgree', () => {
  it('compares folded names, ignoring case and accents', () => {
    expect(namesAgree('PHẠM QUANG THÀNH', 'Phạm Quang Thành')).toBe(true);
    expect(namesAgree('Pham Quang Thanh', 'Phạm Quang Thành')).toBe(true);
    expect(namesAgree('Nguyễn Văn Bình', 'Phạm Quang Thành')).toBe(false);
  });
  it('does not judge an organisation certificate or a missing name', () => {
    expect(namesAgree('Ủy ban nhân dân tỉnh Nam Định', 'Phạm Quang Thành')).toBeNull();
    expect(namesAgree('Sở Y tế', 'Phạm Quang Thành')).toBeNull();
    expect(namesAgree(null, 'Phạm Quang Thành')).toBeNull();
    expect(namesAgree('Phạm Quang Thành', null)).toBeNull();
  });
});

describe('pdfDateToIso', () => {
  it('reads PDF dates with and without a zone', () => {
    expect(pdfDateToIso("D:20230415093000+07'00'")).toBe('2023-04-15T02:30:00.000Z');
    expect(pdfDateToIso('D:20230415093000Z')).toBe('2023-04-15T09:30:00.000Z');
    expect(pdfDateToIso('D:2023')).toBe('2023-01-01T00:00:00.000Z');
    expect(pdfDateToIso('yesterday')).toBeNull();
  });
});
