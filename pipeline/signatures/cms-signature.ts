// Reads one CMS SignedData (RFC 5652) from a PDF signature with pkijs/asn1js: the signer's
// certificate, the signing time, and two integrity checks made here rather than by
// SignedData.verify (which stops at the first failure): the digest of the signed bytes against the
// messageDigest attribute (or the encapsulated digest of adbe.pkcs7.sha1), and the signer's key
// over the signed attributes. The chain to a CA is not checked: offline there is no CA list.
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export interface CmsSignature {
  signerName: string | null;
  organisation: string | null;
  issuer: string | null;
  validFrom: string | null;
  validTo: string | null;
  signingTime: string | null;
  digestMatches: boolean;
  signatureValid: boolean;
}

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  commonName: '2.5.4.3',
  organisation: '2.5.4.10',
  organisationalUnit: '2.5.4.11',
} as const;

const NODE_HASH: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

export class CmsReadError extends Error {}

export async function readCmsSignature(der: Uint8Array, signedBytes: Uint8Array): Promise<CmsSignature> {
  const signed = parseSignedData(der);
  const info = signed.signerInfos[0];
  if (!info) throw new CmsReadError('no signer in the signature');
  const cert = signerCertificate(signed, info);
  const hashName = NODE_HASH[info.digestAlgorithm.algorithmId];
  if (!hashName) throw new CmsReadError(`unknown digest algorithm ${info.digestAlgorithm.algorithmId}`);
  const digest = createHash(hashName).update(signedBytes).digest();
  return {
    signerName: cert ? nameValue(cert.subject, OID.commonName) : null,
    organisation: cert ? (nameValue(cert.subject, OID.organisation) ?? nameValue(cert.subject, OID.organisationalUnit)) : null,
    issuer: cert ? (nameValue(cert.issuer, OID.commonName) ?? nameValue(cert.issuer, OID.organisation)) : null,
    validFrom: cert ? cert.notBefore.value.toISOString() : null,
    validTo: cert ? cert.notAfter.value.toISOString() : null,
    signingTime: signingTime(info),
    digestMatches: equalBytes(digest, expectedDigest(signed, info, hashName)),
    signatureValid: cert ? await verifySignerKey(signed, info, cert) : false,
  };
}

function parseSignedData(der: Uint8Array): pkijs.SignedData {
  const asn = asn1js.fromBER(der);
  if (asn.offset === -1) throw new CmsReadError('the signature is not valid DER/BER');
  try {
    const content = new pkijs.ContentInfo({ schema: asn.result });
    if (content.contentType !== OID.signedData) throw new CmsReadError(`not a CMS SignedData (${content.contentType})`);
    return new pkijs.SignedData({ schema: content.content });
  } catch (error) {
    if (error instanceof CmsReadError) throw error;
    throw new CmsReadError(`unreadable CMS structure: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function signerCertificate(signed: pkijs.SignedData, info: pkijs.SignerInfo): pkijs.Certificate | null {
  const certs = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const sid = info.sid;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    // Some signing tools mangle a non-ASCII issuer name in the identifier: the serial then decides.
    return (
      certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) ??
      certs.find((c) => c.serialNumber.isEqual(sid.serialNumber)) ??
      null
    );
  }
  // subjectKeyIdentifier [0]: the SHA-1 of the public key (RFC 5280 §4.2.1.2, method 1).
  const keyId = Buffer.from((sid as asn1js.Primitive).valueBlock.valueHexView ?? new Uint8Array());
  return (
    certs.find((c) => createHash('sha1').update(c.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest().equals(keyId)) ??
    certs[0] ??
    null
  );
}

function nameValue(name: pkijs.RelativeDistinguishedNames, type: string): string | null {
  const values = name.typesAndValues.filter((tv) => tv.type === type).map((tv) => String(tv.value.valueBlock.value ?? '').trim());
  const text = values.filter(Boolean).join(', ');
  return text ? text.normalize('NFC') : null;
}

function attribute(attrs: pkijs.SignedAndUnsignedAttributes | undefined, type: string): pkijs.Attribute | undefined {
  return attrs?.attributes.find((a) => a.type === type);
}

function expectedDigest(signed: pkijs.SignedData, info: pkijs.SignerInfo, hashName: string): Uint8Array | null {
  const md = attribute(info.signedAttrs, OID.messageDigest)?.values[0] as asn1js.OctetString | undefined;
  const eContent = signed.encapContentInfo.eContent;
  if (!eContent) return md ? md.valueBlock.valueHexView : null;
  // adbe.pkcs7.sha1: the SHA-1 of the signed bytes is the encapsulated content, and the
  // messageDigest attribute is the digest of that content.
  const inner = new Uint8Array(eContent.getValue());
  if (md && !equalBytes(createHash(hashName).update(inner).digest(), md.valueBlock.valueHexView)) return null;
  return hashName === 'sha1' ? inner : null;
}

async function verifySignerKey(signed: pkijs.SignedData, info: pkijs.SignerInfo, cert: pkijs.Certificate): Promise<boolean> {
  const crypto = pkijs.getCrypto(true);
  const algorithm = crypto.getAlgorithmByOID(info.digestAlgorithm.algorithmId);
  const shaName = 'name' in algorithm ? algorithm.name : undefined;
  const data = info.signedAttrs ? info.signedAttrs.encodedValue : new Uint8Array(signed.encapContentInfo.eContent?.getValue() ?? new ArrayBuffer(0));
  try {
    return await crypto.verifyWithPublicKey(data, info.signature, cert.subjectPublicKeyInfo, info.signatureAlgorithm, shaName);
  } catch {
    return false; // an algorithm WebCrypto cannot verify counts as not verified
  }
}

function signingTime(info: pkijs.SignerInfo): string | null {
  const time = attribute(info.signedAttrs, OID.signingTime)?.values[0] as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
  if (time && 'toDate' in time) return time.toDate().toISOString();
  const token = attribute(info.unsignedAttrs, OID.timeStampToken)?.values[0];
  if (token) {
    try {
      const tsSigned = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: token }).content });
      const tst = pkijs.TSTInfo.fromBER(tsSigned.encapContentInfo.eContent!.getValue());
      return tst.genTime.toISOString();
    } catch {
      return null;
    }
  }
  return null;
}

function equalBytes(a: Uint8Array, b: Uint8Array | null): boolean {
  return b !== null && a.length === b.length && Buffer.from(a).equals(Buffer.from(b));
}
