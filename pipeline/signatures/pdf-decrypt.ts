// The signature of an encrypted PDF: when a file is encrypted after signing, its /Contents string
// is encrypted like every other string. This opens it with the empty user password, as a reader
// does, following the standard security handler (ISO 32000-1 §7.6.3, algorithms 1 and 2: RC4 and
// AESV2, revisions 2-4). AES-256 (revisions 5-6) is left out: it is reported as not read.
import { createDecipheriv, createHash } from 'node:crypto';

const PASSWORD_PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

export interface PdfDecryptor {
  decryptString(bytes: Buffer, obj: { num: number; gen: number }): Buffer;
}

export class UnsupportedEncryption extends Error {}

/** null when the file is not encrypted. */
export function pdfDecryptor(text: string): PdfDecryptor | null {
  const ref = [...text.matchAll(/\/Encrypt\s+(\d+)\s+(\d+)\s+R/g)].at(-1);
  if (!ref) return null;
  const dict = new RegExp(`(?:^|\\s)${ref[1]}\\s+${ref[2]}\\s+obj\\s*<<([\\s\\S]{0,4000}?)>>\\s*endobj`).exec(text)?.[1];
  if (!dict) throw new UnsupportedEncryption('the encryption dictionary was not found');
  // Top-level entries only: the crypt filter (/CF) has a /Length of its own, in bytes.
  const top = dict.replace(/\/CF\s*<<(?:[^<>]|<<(?:[^<>]|<<[^<>]*>>)*>>)*>>/, '');
  const num = (key: string): number | null => {
    const m = new RegExp(`/${key}\\s+(-?\\d+)`).exec(top);
    return m ? Number(m[1]) : null;
  };
  const r = num('R') ?? 0;
  if (!/\/Filter\s*\/Standard/.test(dict) || r < 2 || r > 4) throw new UnsupportedEncryption(`encryption revision ${r} is not read`);
  const id = [...text.matchAll(/\/ID\s*\[\s*<([0-9A-Fa-f]*)>/g)].at(-1)?.[1] ?? '';
  const owner = stringEntry(dict, 'O');
  if (!owner) throw new UnsupportedEncryption('the encryption dictionary has no /O');
  const aes = /\/CFM\s*\/AESV2/.test(dict);
  const length = r === 2 ? 5 : (num('Length') ?? 40) / 8;
  const p = Buffer.alloc(4);
  p.writeInt32LE(num('P') ?? 0);
  let hash = createHash('md5')
    .update(PASSWORD_PAD)
    .update(owner.subarray(0, 32))
    .update(p)
    .update(Buffer.from(id, 'hex'))
    .update(r >= 4 && /\/EncryptMetadata\s+false/.test(dict) ? Buffer.from([255, 255, 255, 255]) : Buffer.alloc(0))
    .digest();
  if (r >= 3) for (let i = 0; i < 50; i++) hash = createHash('md5').update(hash.subarray(0, length)).digest();
  const fileKey = hash.subarray(0, length);
  return {
    decryptString(bytes, obj) {
      const objectKey = createHash('md5')
        .update(fileKey)
        .update(Buffer.from([obj.num & 255, (obj.num >> 8) & 255, (obj.num >> 16) & 255, obj.gen & 255, (obj.gen >> 8) & 255]))
        .update(aes ? Buffer.from('sAlT', 'latin1') : Buffer.alloc(0))
        .digest()
        .subarray(0, Math.min(length + 5, 16));
      if (!aes) return rc4(objectKey, bytes);
      const body = bytes.subarray(16, 16 + Math.floor((bytes.length - 16) / 16) * 16);
      const decipher = createDecipheriv('aes-128-cbc', objectKey, bytes.subarray(0, 16)).setAutoPadding(false);
      return Buffer.concat([decipher.update(body), decipher.final()]);
    },
  };
}

/** A literal `( … )` or hex `< … >` string entry of a dictionary, as bytes. */
function stringEntry(dict: string, key: string): Buffer | null {
  const at = new RegExp(`/${key}\\s*([(<])`).exec(dict);
  if (!at) return null;
  let i = at.index + at[0].length;
  if (at[1] === '<') return Buffer.from(dict.slice(i, dict.indexOf('>', i)).replace(/\s+/g, ''), 'hex');
  const out: number[] = [];
  for (let depth = 1; i < dict.length; i++) {
    const ch = dict[i]!;
    if (ch === '\\') {
      const next = dict[++i]!;
      const octal = /^[0-7]{1,3}/.exec(dict.slice(i, i + 3))?.[0];
      if (octal) {
        out.push(parseInt(octal, 8) & 255);
        i += octal.length - 1;
      } else out.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')' && --depth === 0) break;
    out.push(ch.charCodeAt(0));
  }
  return Buffer.from(out);
}

/** RC4 (OpenSSL 3 keeps it in the legacy provider, often absent). */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}
