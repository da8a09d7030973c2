// Open a PDF with pdf.js (pdfjs-dist) directly: one parse per file, shared by the text layer, the
// annotation reader and the fallback renderer. Encrypted or unreadable files are BadInputErrors.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { BadInputError } from '../errors.ts';

export type { PDFDocumentProxy };

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new BadInputError('encrypted PDF');
    throw new BadInputError('corrupt file', error instanceof Error ? error.message : String(error));
  }
}
