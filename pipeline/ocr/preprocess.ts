// Prepare a page image for OCR. Official letters carry red stamps and blue signatures over the
// signer block: in the red channel red ink turns as light as the paper while black print stays
// dark, so the stamp stops hiding the name beneath it.
import sharp from 'sharp';

export interface PreparedImage {
  png: Buffer;
  width: number;
  height: number;
}

export async function prepareForOcr(image: Uint8Array): Promise<PreparedImage> {
  const base = sharp(image, { failOn: 'error' }).rotate(); // honour EXIF orientation of photos
  const meta = await base.metadata();
  const channels = meta.channels ?? 1;
  const grey = channels >= 3 ? base.extractChannel('red') : base.greyscale();
  // The Vietnamese model reads tone marks best at ~300 dpi: bring smaller pages (200 dpi scans,
  // phone photos) up to an A4 width of 2480 px.
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  if (width > 0 && width < 2000) grey.resize({ width: 2480, kernel: 'lanczos3' });
  const { data, info } = await grey.normalise().png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
}
