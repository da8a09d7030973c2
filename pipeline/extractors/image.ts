// Photos and scanned images (PNG, JPEG, TIFF, WebP, BMP): OCR. A multi-page TIFF (the usual
// output of office scanners) gives one page per TIFF page, each OCR'd like a PNG.
import sharp from 'sharp';
import { IMAGE_TYPES } from '../detect.ts';
import { BadInputError } from '../errors.ts';
import { ocrPage } from '../ocr/page.ts';
import type { ExtractedText, Page } from '../types.ts';
import type { TextExtractor } from './extractor.ts';

const DECODE_ERROR = /Input|unsupported image|corrupt|premature|VipsJpeg|pngload|tiff|bad seek|read error/i;

function asBadInput(error: unknown): unknown {
  return error instanceof Error && DECODE_ERROR.test(error.message) ? new BadInputError('corrupt file', error.message) : error;
}

/** Each page of a multi-page TIFF as its own PNG; any other image as it came. */
export async function pageImages(bytes: Uint8Array): Promise<Uint8Array[]> {
  const { format, pages = 1 } = await sharp(bytes, { failOn: 'error' }).metadata();
  if (format !== 'tiff' || pages <= 1) return [bytes];
  return Promise.all(
    Array.from({ length: pages }, (_, page) => sharp(bytes, { page, failOn: 'error' }).png({ compressionLevel: 1 }).toBuffer()),
  );
}

export const imageExtractor: TextExtractor = {
  name: 'ocr',
  accepts: (mime) => (IMAGE_TYPES as readonly string[]).includes(mime),
  async extract(file, ctx): Promise<ExtractedText> {
    const pages: Page[] = [];
    try {
      const images = await pageImages(file.bytes);
      for (const [i, image] of images.entries()) pages.push(await ocrPage(image, i + 1, ctx.ocr));
    } catch (error) {
      throw asBadInput(error);
    }
    return { pages, signatureStamps: [], warnings: [] };
  },
};
