// Signed PDF fixtures made in the test: a self-made certificate chain (node-forge: a root CA and a
// signer certificate), PDFs signed with @signpdf, once, twice (the second signature an incremental
// update, as a second signer's tool appends it), and a copy changed after signing.
import { generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

interface Identity {
  commonName: string;
  organisation: string;
}

/** Node's key generation (native, fast), handed to forge as PEM. */
function rsaKeys(): { publicKey: forge.pki.rsa.PublicKey; privateKey: forge.pki.rsa.PrivateKey } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey;
  return { privateKey: key, publicKey: forge.pki.setRsaPublicKey(key.n, key.e) };
}

function makeCertificate(subject: Identity, issuer: { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey } | null, serial: string) {
  const keys = rsaKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date('2025-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2030-01-01T00:00:00Z');
  // valueTagClass UTF8 keeps Vietnamese letters (forge encodes the value itself).
  const attrs = [
    { shortName: 'CN', value: subject.commonName, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'O', value: subject.organisation, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'C', value: 'VN' },
  ] as forge.pki.CertificateField[];
  cert.setSubject(attrs);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : attrs);
  cert.setExtensions(issuer ? [{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true }] : [{ name: 'basicConstraints', cA: true }]);
  cert.sign(issuer?.key ?? keys.privateKey, forge.md.sha256.create());
  return { cert, key: keys.privateKey };
}

export interface SigningChain {
  root: Identity;
  /** A PKCS#12 holding the signer's key, certificate and the root, as a signing tool loads it. */
  p12For(signer: Identity): Buffer;
}

// The root's name is ASCII: forge's PKCS#7 writer re-encodes a non-ASCII issuer name in the
// signer identifier, so it would no longer match the certificate.
export function makeChain(root: Identity = { commonName: 'vanthu test CA', organisation: 'vanthu test' }): SigningChain {
  const ca = makeCertificate(root, null, '01');
  let serial = 16;
  return {
    root,
    p12For(signer) {
      const leaf = makeCertificate(signer, ca, (serial++).toString(16).padStart(2, '0'));
      const asn1 = forge.pkcs12.toPkcs12Asn1(leaf.key, [leaf.cert, ca.cert], '', { algorithm: '3des' });
      return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
    },
  };
}

/** A sample letter rewritten with a classic xref table, which @signpdf's placeholder appends to. */
export async function unsignedSample(name = 'congvan-byt-2150-khtc.pdf'): Promise<Buffer> {
  const pdf = await PDFDocument.load(await readFile(path.join(ROOT, 'samples', name)));
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** Appends a signature (an incremental update: earlier signatures stay intact). */
export async function sign(pdf: Buffer, p12: Buffer, signer: Identity, signingTime = new Date('2026-03-02T02:30:00Z')): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: 'Ký ban hành',
    contactInfo: 'vanthu@example.invalid',
    name: signer.commonName,
    location: 'Hà Nội',
    signingTime,
    signatureLength: 8192,
  });
  return new SignPdf().sign(withPlaceholder, new P12Signer(p12, { passphrase: '' }), signingTime);
}

/** A copy changed after signing: one byte of the signed content flipped (the first signed range). */
export function tamper(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('stream') + 20; // inside the first content stream, far from the signature
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}
