// The signature dictionaries of a PDF, found in its raw bytes. A signature's /ByteRange names the
// file bytes it signs and leaves a gap holding /Contents (the CMS blob, as hex): that gap must sit
// in the file as written, so the dictionary is never inside a compressed object stream and a scan
// of the bytes finds every one (ISO 32000-1 §12.8.1). Incremental updates may repeat a dictionary;
// the same /ByteRange is kept once.
import { Buffer } from 'node:buffer';
import { pdfDecryptor, UnsupportedEncryption } from './pdf-decrypt.ts';

export interface SignatureDict {
  byteRange: [number, number, number, number];
  /** The DER bytes of the CMS SignedData (decrypted, padding dropped); null when unreadable. */
  contents: Buffer | null;
  /** Why `contents` is null. */
  problem: string | null;
  /** The /ByteRange gap is exactly the /Contents string; false when the file was rewritten after signing. */
  framed: boolean;
  /** The object holding the dictionary (its number keys the decryption of an encrypted file). */
  object: { num: number; gen: number } | null;
  subFilter: string | null;
  /** /M as written (D:YYYYMMDDHHmmSS+07'00'). */
  signingTime: string | null;
  /** /Name: the signer's name as the signing tool wrote it. */
  name: string | null;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
/** How far either side of /ByteRange the rest of the dictionary is looked for (/Contents may hold 64 KiB of hex). */
const DICT_REACH = 160 * 1024;

export function findSignatureDicts(bytes: Uint8Array): SignatureDict[] {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  const text = file.toString('latin1');
  const seen = new Set<string>();
  const out: SignatureDict[] = [];
  for (const m of text.matchAll(BYTE_RANGE)) {
    const byteRange = [m[1], m[2], m[3], m[4]].map(Number) as SignatureDict['byteRange'];
    const key = byteRange.join(' ');
    if (seen.has(key)) continue;
    const [a, b, c, d] = byteRange;
    // A placeholder left unsigned, or a range past the end: not a signature of this file.
    if (a !== 0 || b <= 0 || c <= b || c + d > file.length) continue;
    const start = Math.max(0, m.index - DICT_REACH);
    const around = text.slice(start, Math.min(text.length, m.index + DICT_REACH));
    const framedContents = hexContents(text.slice(b, c));
    const raw = framedContents ?? nearestContents(around, m.index - start);
    if (!raw) continue;
    seen.add(key);
    const ref = [...text.slice(start, m.index).matchAll(/(\d+)\s+(\d+)\s+obj\b/g)].at(-1);
    const object = ref ? { num: Number(ref[1]), gen: Number(ref[2]) } : null;
    const { contents, problem } = signedData(raw, object, text);
    out.push({
      byteRange,
      contents,
      problem,
      framed: framedContents !== null,
      object,
      subFilter: nearest(around, m.index - start, /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/g),
      signingTime: nearest(around, m.index - start, /\/M\s*\((D:[0-9Z+\-']+)\)/g),
      name: pdfString(nearest(around, m.index - start, /\/Name\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)),
    });
  }
  return out;
}

/** The CMS bytes of /Contents, decrypted when the file was encrypted after signing. */
function signedData(raw: Buffer, object: SignatureDict['object'], text: string): { contents: Buffer | null; problem: string | null } {
  const plain = trimDer(raw);
  if (plain) return { contents: plain, problem: null };
  try {
    const decryptor = pdfDecryptor(text);
    if (!decryptor) return { contents: null, problem: 'the signature is not a DER structure' };
    if (!object) return { contents: null, problem: 'the encrypted signature has no object number' };
    const decrypted = trimDer(decryptor.decryptString(raw, object));
    return decrypted ? { contents: decrypted, problem: null } : { contents: null, problem: 'the encrypted signature could not be opened' };
  } catch (error) {
    if (error instanceof UnsupportedEncryption) return { contents: null, problem: error.message };
    throw error;
  }
}

/** The first group of the match of `pattern` nearest to `at` (the same dictionary's entry). */
function nearest(text: string, at: number, pattern: RegExp): string | null {
  let best: RegExpMatchArray | undefined;
  for (const m of text.matchAll(pattern)) if (!best || Math.abs(m.index - at) < Math.abs(best.index! - at)) best = m;
  return best?.[1] ?? null;
}

/** The gap `<3082…0000>` → its bytes (some writers leave `/Contents` itself inside the gap). */
function hexContents(gap: string): Buffer | null {
  const hex = /^\s*(?:\/Contents\s*)?<([0-9A-Fa-f\s]+)>\s*$/.exec(gap)?.[1]?.replace(/\s+/g, '');
  if (!hex || hex.length < 4) return null;
  return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
}

/** The /Contents hex string of the same dictionary: the one nearest the /ByteRange. */
function nearestContents(around: string, at: number): Buffer | null {
  const hex = nearest(around, at, /\/Contents\s*<([0-9A-Fa-f\s]+)>/g);
  return hex ? hexContents(`<${hex}>`) : null;
}

/** Keeps exactly the outer DER element (its length is in its header); the rest is zero padding. */
export function trimDer(der: Buffer): Buffer | null {
  if (der[0] !== 0x30) return null;
  const first = der[1] ?? 0;
  if (first < 0x80) return der.subarray(0, 2 + first);
  const n = first & 0x7f;
  if (n === 0) return der; // indefinite length (BER): let the parser find the end
  if (n > 4 || der.length < 2 + n) return null;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + (der[2 + i] ?? 0);
  return der.length >= 2 + n + len ? der.subarray(0, 2 + n + len) : null;
}

/** A PDF literal or hex string → text (UTF-16BE with a BOM, else PDFDocEncoding ≈ latin1). */
function pdfString(raw: string | null): string | null {
  if (!raw) return null;
  let bytes: Buffer;
  if (raw.startsWith('<')) bytes = Buffer.from(raw.slice(1, -1).replace(/\s+/g, ''), 'hex');
  else {
    const body = raw.slice(1, -1).replace(/\\([0-7]{1,3}|.)/gs, (_, e: string) => {
      if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
      return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
    });
    bytes = Buffer.from(body, 'latin1');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const utf16 = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return utf16.swap16().toString('utf16le').trim() || null;
  }
  const asUtf8 = bytes.toString('utf8');
  const text = asUtf8.includes('\uFFFD') ? bytes.toString('latin1') : asUtf8;
  // Some writers store the UTF-16 bytes (BOM included) as UTF-8 characters: undo that.
  if (text.startsWith('\u00FE\u00FF')) return pdfString(`<${Buffer.from(text, 'latin1').toString('hex')}>`);
  return text.trim() || null;
}

/** `D:20230415093000+07'00'` → ISO 8601 (`2023-04-15T09:30:00+07:00`); null when unreadable. */
export function pdfDateToIso(value: string | null): string | null {
  const m = value && /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', tz] = m;
  const zone = !tz || tz === 'Z' ? 'Z' : `${tz.slice(0, 3)}:${tz.replace(/'/g, '').slice(3, 5) || '00'}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
