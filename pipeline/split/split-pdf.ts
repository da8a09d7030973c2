// Cutting a PDF into parts with pdf-lib (pages copied, not re-rendered). Each part names its
// original and page range in its document information dictionary, so whichever path extracts it
// (CLI, queue) records the link: a part is a document of its own, the original stays as it was.
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { BadInputError } from '../errors.ts';

/** Key of the part's provenance in the info dictionary: "<sha256 of the original> <first>-<last>". */
const KEY = 'VanthuSplitOf';

export interface SplitProvenance {
  originalId: string;
  pages: [number, number];
}

export async function cutPdf(bytes: Uint8Array, originalId: string, ranges: [number, number][]): Promise<Uint8Array[]> {
  let source: PDFDocument;
  try {
    source = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    throw new BadInputError('corrupt file', `the PDF cannot be cut into letters: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parts: Uint8Array[] = [];
  for (const [first, last] of ranges) {
    const part = await PDFDocument.create();
    const pages = await part.copyPages(source, Array.from({ length: last - first + 1 }, (_, i) => first - 1 + i));
    for (const page of pages) part.addPage(page);
    // Fixed dates: the same original always gives the same parts (and so the same ids).
    part.setCreationDate(new Date(0));
    part.setModificationDate(new Date(0));
    const info = part.context.lookup(part.context.trailerInfo.Info, PDFDict);
    info.set(PDFName.of(KEY), PDFString.of(`${originalId} ${first}-${last}`));
    parts.push(await part.save({ useObjectStreams: false }));
  }
  return parts;
}

/** The provenance a part carries, read from its bytes (the info dictionary is written uncompressed). */
export function splitProvenance(bytes: Uint8Array): SplitProvenance | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const m = new RegExp(`/${KEY}\\s*\\(([0-9a-f]{64}) (\\d+)-(\\d+)\\)`).exec(head);
  return m ? { originalId: m[1]!, pages: [Number(m[2]), Number(m[3])] } : null;
}
