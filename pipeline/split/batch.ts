// A batch scan (several letters in one PDF) → one part per letter, each with its own pages and the
// text already read (so the pages are not read twice). A PDF holding one letter gives null.
import { createHash } from 'node:crypto';
import { PDF } from '../detect.ts';
import type { ExtractContext } from '../extractors/extractor.ts';
import { extractorFor } from '../extractors/registry.ts';
import type { ExtractedText, SourceFile } from '../types.ts';
import { letterRanges } from './letter-starts.ts';
import { cutPdf } from './split-pdf.ts';

export interface BatchPart {
  file: SourceFile;
  pages: [number, number];
  /** The extracted text of these pages, renumbered from 1. */
  extracted: ExtractedText;
}

export async function splitBatch(file: SourceFile, mimeType: string, ctx: ExtractContext): Promise<{ parts: BatchPart[]; extracted: ExtractedText } | { parts: null; extracted: ExtractedText | null }> {
  if (mimeType !== PDF) return { parts: null, extracted: null };
  const extracted = await extractorFor(mimeType).extract(file, ctx);
  const ranges = letterRanges(extracted.pages);
  if (ranges.length < 2) return { parts: null, extracted };
  const originalId = createHash('sha256').update(file.bytes).digest('hex');
  const bytes = await cutPdf(file.bytes, originalId, ranges);
  const stem = file.name.replace(/\.pdf$/i, '');
  const parts = ranges.map(([first, last], i) => ({
    file: { name: `${stem}.p${first}-${last}.pdf`, bytes: bytes[i]! },
    pages: [first, last] as [number, number],
    extracted: {
      pages: extracted.pages.slice(first - 1, last).map((p, k) => ({ ...p, number: k + 1 })),
      // Signature boxes cannot be told apart by page here: each part keeps those of the batch.
      signatureStamps: extracted.signatureStamps,
      warnings: extracted.warnings,
    },
  }));
  return { parts, extracted };
}
