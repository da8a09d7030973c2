// Every digital signature of a PDF (ký số), checked for integrity and compared with the printed
// signer. A damaged or unknown signature is listed with its problem, never fails the document.
import { CHAIN_NOT_CHECKED, type PdfSignature } from '../../schemas/signature.ts';
import { fold } from '../text/fold.ts';
import { CmsReadError, readCmsSignature } from './cms-signature.ts';
import { findSignatureDicts, pdfDateToIso, type SignatureDict } from './signature-dicts.ts';

export interface SignatureReport {
  signatures: PdfSignature[];
  warnings: string[];
}

/** The signatures of a PDF; other formats carry none that vanthu reads. */
export async function signaturesOf(bytes: Uint8Array, mimeType: string, printedSigner: string | null): Promise<SignatureReport> {
  return mimeType === 'application/pdf' ? readPdfSignatures(bytes, printedSigner) : { signatures: [], warnings: [] };
}

export async function readPdfSignatures(bytes: Uint8Array, printedSigner: string | null): Promise<SignatureReport> {
  const dicts = findSignatureDicts(bytes);
  const signatures: PdfSignature[] = [];
  for (const dict of dicts) signatures.push(await readOne(bytes, dict, printedSigner));
  const warnings: string[] = [];
  signatures.forEach((s, i) => {
    const which = `digital signature ${i + 1}${s.signerName ? ` (${s.signerName})` : ''}`;
    if (s.problem) warnings.push(`${which}: ${s.problem}`);
    else if (!s.digestMatches || !s.signatureValid) warnings.push(`${which}: the file was changed after signing or the signature is broken`);
  });
  // A signature by a person (not only the organisation's) that names someone else than the printed signer.
  const people = signatures.filter((s) => s.matchesPrintedSigner !== null);
  if (people.length && printedSigner && !people.some((s) => s.matchesPrintedSigner)) {
    warnings.push(`no digital signature is by the printed signer ${printedSigner}`);
  }
  return { signatures, warnings };
}

async function readOne(bytes: Uint8Array, dict: SignatureDict, printedSigner: string | null): Promise<PdfSignature> {
  const [a, b, c, d] = dict.byteRange;
  const signed = Buffer.concat([bytes.subarray(a, a + b), bytes.subarray(c, c + d)]);
  const coversWholeFile = c + d >= trimmedLength(bytes);
  const base = { subFilter: dict.subFilter, coversWholeFile };
  try {
    if (!dict.contents) throw new CmsReadError(dict.problem ?? 'the signature could not be read');
    const cms = await readCmsSignature(dict.contents, signed);
    const signerName = cms.signerName ?? dict.name;
    return {
      ...base,
      signerName,
      organisation: cms.organisation,
      signedAt: cms.signingTime ?? pdfDateToIso(dict.signingTime),
      issuer: cms.issuer,
      validFrom: cms.validFrom,
      validTo: cms.validTo,
      digestMatches: cms.digestMatches,
      signatureValid: cms.signatureValid,
      matchesPrintedSigner: namesAgree(signerName, printedSigner),
      status: statusText(cms.digestMatches && cms.signatureValid, coversWholeFile),
      problem: dict.framed ? null : 'the signed byte range no longer frames the signature: the file was rewritten after signing',
    };
  } catch (error) {
    if (!(error instanceof CmsReadError)) throw error;
    return {
      ...base,
      signerName: dict.name,
      organisation: null,
      signedAt: pdfDateToIso(dict.signingTime),
      issuer: null,
      validFrom: null,
      validTo: null,
      digestMatches: false,
      signatureValid: false,
      matchesPrintedSigner: namesAgree(dict.name, printedSigner),
      status: `toàn vẹn: không đọc được chữ ký; ${CHAIN_NOT_CHECKED}`,
      problem: error.message,
    };
  }
}

function statusText(intact: boolean, coversWholeFile: boolean): string {
  const integrity = !intact ? 'toàn vẹn: không hợp lệ (tệp đã bị sửa sau khi ký)' : coversWholeFile ? 'toàn vẹn: hợp lệ' : 'toàn vẹn: hợp lệ (cho bản trước các lần ký sau)';
  return `${integrity}; ${CHAIN_NOT_CHECKED}`;
}

/** Writers append a newline or padding after %%EOF; that is not content left unsigned. */
function trimmedLength(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && [0x0a, 0x0d, 0x20, 0x00].includes(bytes[end - 1]!)) end--;
  return end;
}

const nameKey = (s: string): string => fold(s).replace(/[^a-z\s]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Does a certificate name a person who is the printed signer? null when it does not look like a
 * person's name (an organisation's certificate: "SỞ Y TẾ …") or the printed signer is unknown.
 */
export function namesAgree(certificateName: string | null, printedSigner: string | null): boolean | null {
  if (!certificateName || !printedSigner) return null;
  const cert = nameKey(certificateName);
  const printed = nameKey(printedSigner);
  if (!cert || !printed) return null;
  if (cert.includes(printed) || printed.includes(cert)) return true;
  return looksLikeOrganisation(cert) ? null : false;
}

// Words that open the name of a body (Nghị định 30/2020, Phụ lục I: tên cơ quan, tổ chức).
const ORGANISATION_WORDS = /\b(uy ban|ubnd|so|bo|cong ty|truong|benh vien|trung tam|van phong|chi cuc|cuc|ban|phong|hoi dong|tong cuc|vien|dai hoc|cong an|bao hiem|hoi|doan|dang uy)\b/;
function looksLikeOrganisation(folded: string): boolean {
  return ORGANISATION_WORDS.test(folded.split(' ').slice(0, 3).join(' '));
}
