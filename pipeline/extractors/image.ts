// Photos and scanned images (PNG, JPEG, TIFF, WebP, BMP): OCR.
import { IMAGE_TYPES } from '../detect.ts';
import { BadInputError } from '../errors.ts';
import { ocrPage } from '../ocr/page.ts';
import type { ExtractedText } from '../types.ts';
import type { TextExtractor } from './extractor.ts';

export const imageExtractor: TextExtractor = {
  name: 'ocr',
  accepts: (mime) => (IMAGE_TYPES as readonly string[]).includes(mime),
  async extract(file, ctx): Promise<ExtractedText> {
    let page;
    try {
      page = await ocrPage(file.bytes, 1, ctx.ocr);
    } catch (error) {
      if (error instanceof Error && /Input|unsupported image|corrupt|premature|VipsJpeg|pngload|tiff/i.test(error.message)) {
        throw new BadInputError('corrupt file', error.message);
      }
      throw error;
    }
    return { pages: [page], signatureStamps: [], warnings: [] };
  },
};
