// One digital signature (ký số) of a PDF, as read from the file. Offline, the certificate chain
// cannot be checked against the CA's lists: `chain` always says so.
import { z } from 'zod';

export const CHAIN_NOT_CHECKED = 'chứng thư: chưa đối chiếu với CA';

export const PdfSignature = z.object({
  /** Subject common name of the signer's certificate (a person or an organisation). */
  signerName: z.string().nullable(),
  /** Subject organisation (O), else the organisational unit (OU). */
  organisation: z.string().nullable(),
  /** ISO timestamp: the signed signingTime attribute, else the timestamp token, else the /M entry. */
  signedAt: z.string().nullable(),
  /** Issuer common name (else organisation) of the signer's certificate. */
  issuer: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  /** /SubFilter of the signature dictionary (adbe.pkcs7.detached, ETSI.CAdES.detached …). */
  subFilter: z.string().nullable(),
  /** The signed /ByteRange runs to the end of the file (false for an earlier revision's signature). */
  coversWholeFile: z.boolean(),
  /** The hash of the signed bytes equals the digest the signature holds. */
  digestMatches: z.boolean(),
  /** The signer's key verifies the signature over the signed attributes. */
  signatureValid: z.boolean(),
  /** The certificate's name agrees with the printed signer (folded); null when either is missing. */
  matchesPrintedSigner: z.boolean().nullable(),
  /** "toàn vẹn: hợp lệ; chứng thư: chưa đối chiếu với CA" and the like, for people. */
  status: z.string(),
  /** What could not be read, when the signature is damaged or of an unknown kind. */
  problem: z.string().nullable(),
});
export type PdfSignature = z.infer<typeof PdfSignature>;
