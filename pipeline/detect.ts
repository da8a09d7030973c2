// Stage 1: decide what a file is from its bytes (file-type), never from its name.
import { fileTypeFromBuffer } from 'file-type';
import { BadInputError } from './errors.ts';

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/tiff', 'image/webp', 'image/bmp'] as const;

export const SUPPORTED_TYPES: readonly string[] = [PDF, DOCX, ...IMAGE_TYPES];

export async function detectMimeType(bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) throw new BadInputError('empty file');
  const type = await fileTypeFromBuffer(bytes);
  if (!type) throw new BadInputError('unsupported format', 'the content is not a PDF, DOCX or image');
  if (type.mime === 'application/zip') {
    throw new BadInputError('corrupt file', 'a ZIP archive that is not a readable DOCX');
  }
  if (!SUPPORTED_TYPES.includes(type.mime)) {
    throw new BadInputError('unsupported format', `${type.mime} is not a PDF, DOCX or image`);
  }
  return type.mime;
}
