// Stage 1: decide what a file is from its bytes (file-type), never from its name.
import { fileTypeFromBuffer } from 'file-type';
import { BadInputError } from './errors.ts';

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Legacy Word 97-2003 (.doc): an OLE compound file holding a "WordDocument" stream. */
export const DOC = 'application/msword';
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/tiff', 'image/webp', 'image/bmp'] as const;

export const SUPPORTED_TYPES: readonly string[] = [PDF, DOCX, DOC, ...IMAGE_TYPES];

/** Readers accept a PDF whose `%PDF-` header starts anywhere in the first 1024 bytes (ISO 32000-1, annex H). */
const PDF_HEADER = Buffer.from('%PDF-', 'latin1');
const PDF_HEADER_WINDOW = 1024;

/** Offset of the `%PDF-` header within the first 1024 bytes, or -1. */
export function pdfHeaderOffset(bytes: Uint8Array): number {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PDF_HEADER_WINDOW + PDF_HEADER.length));
  const at = head.indexOf(PDF_HEADER);
  return at >= 0 && at < PDF_HEADER_WINDOW ? at : -1;
}

// A compound file's directory names its streams in UTF-16LE; Word's main stream is "WordDocument"
// (other compound files, e.g. .xls or .msg, have none).
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');
const isWordCompoundFile = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(WORD_STREAM) >= 0;

const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const ZIP_DIRECTORY_ENTRY = 0x02014b50;
const WORD_DOCUMENT = 'word/document.xml';

/**
 * A ZIP whose central directory lists word/document.xml is a DOCX. Reading the directory at the end
 * of the file costs microseconds; file-type walks and inflates entries (~4 ms a document). Anything
 * else (other ZIPs, damaged directories) is left to file-type.
 */
function isDocxZip(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== ZIP_LOCAL_HEADER) return false;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff); // the end record follows at most a 64 KiB comment
  for (let end = bytes.length - 22; end >= lowest; end--) {
    if (view.getUint32(end, true) !== ZIP_END_OF_DIRECTORY) continue;
    const entries = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    for (let i = 0; i < entries && at + 46 <= end; i++) {
      if (view.getUint32(at, true) !== ZIP_DIRECTORY_ENTRY) return false;
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      if (name === WORD_DOCUMENT) return true;
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return false;
  }
  return false;
}

export async function detectMimeType(bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) throw new BadInputError('empty file');
  if (isDocxZip(bytes)) return DOCX;
  const type = await fileTypeFromBuffer(bytes);
  // Junk before the header hides a PDF from file-type; a signature it recognises still wins.
  const recognised = type && (SUPPORTED_TYPES.includes(type.mime) || type.mime === 'application/zip' || type.mime === 'application/x-cfb');
  if (!recognised && pdfHeaderOffset(bytes) >= 0) return PDF;
  if (!type) throw new BadInputError('unsupported format', 'the content is not a PDF, DOCX, DOC or image');
  if (type.mime === 'application/x-cfb') {
    if (isWordCompoundFile(bytes)) return DOC;
    throw new BadInputError('unsupported format', 'an OLE compound file that is not a Word document');
  }
  if (type.mime === 'application/zip') {
    throw new BadInputError('corrupt file', 'a ZIP archive that is not a readable DOCX');
  }
  if (!SUPPORTED_TYPES.includes(type.mime)) {
    throw new BadInputError('unsupported format', `${type.mime} is not a PDF, DOCX, DOC or image`);
  }
  return type.mime;
}
