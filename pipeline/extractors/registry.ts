// Chooses the text extractor by MIME type (as paperless-ngx's parser registry does).
import { BadInputError } from '../errors.ts';
import { docExtractor } from './doc.ts';
import { docxExtractor } from './docx.ts';
import type { TextExtractor } from './extractor.ts';
import { imageExtractor } from './image.ts';
import { pdfExtractor } from './pdf.ts';

export const extractors: readonly TextExtractor[] = [pdfExtractor, docxExtractor, docExtractor, imageExtractor];

export function extractorFor(mimeType: string): TextExtractor {
  const found = extractors.find((e) => e.accepts(mimeType));
  if (!found) throw new BadInputError('unsupported format', mimeType);
  return found;
}
