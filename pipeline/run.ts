// The pipeline as an explicit, ordered list of pure stages:
// detect → extract text → normalise (lay out) → extract fields → record.
// The CLI runs it directly; the queue workers wrap it with storage and indexing.
import { createHash } from 'node:crypto';
import { DocumentRecord } from '../schemas/record.ts';
import { detectMimeType } from './detect.ts';
import { buildDoc } from './document.ts';
import { BadInputError } from './errors.ts';
import type { ExtractContext } from './extractors/extractor.ts';
import { extractorFor } from './extractors/registry.ts';
import { extractFields } from './fields/extract-fields.ts';
import { signaturesOf } from './signatures/read-signatures.ts';
import { splitProvenance } from './split/split-pdf.ts';
import type { ExtractedText, SourceFile } from './types.ts';

export interface PipelineContext extends ExtractContext {
  maxFileBytes: number;
}

/** `extracted`: the text when already read (a part of a batch scan), so pages are not read twice. */
export async function processDocument(file: SourceFile, ctx: PipelineContext, extracted_?: ExtractedText): Promise<DocumentRecord> {
  if (file.bytes.length > ctx.maxFileBytes) {
    throw new BadInputError('too large', `${file.bytes.length} bytes, the limit is ${ctx.maxFileBytes}`);
  }
  const mimeType = await detectMimeType(file.bytes);
  const extracted = extracted_ ?? (await extractorFor(mimeType).extract(file, ctx));
  const doc = buildDoc(extracted);
  if (!doc.text.trim()) throw new BadInputError('no text found', 'no readable text on any page');
  const fields = extractFields(doc);
  const signed = await signaturesOf(file.bytes, mimeType, fields.signer?.name ?? null);
  const sources = new Set(extracted.pages.map((p) => p.source));
  const textSource = sources.size > 1 ? 'mixed' : (extracted.pages[0]?.source ?? 'text-layer');
  const warnings = [...extracted.warnings, ...extracted.pages.flatMap((p) => p.warnings ?? []), ...fields.warnings, ...signed.warnings];
  if (doc.legacyEncodings.size) warnings.push(`text converted from legacy font encoding: ${[...doc.legacyEncodings].join(', ')}`);
  for (const page of extracted.pages) {
    if (page.confidence !== null && page.confidence < 60) warnings.push(`page ${page.number}: low OCR confidence (${page.confidence})`);
  }
  return DocumentRecord.parse({
    id: createHash('sha256').update(file.bytes).digest('hex'),
    file: { name: file.name, mimeType, bytes: file.bytes.length, pages: extracted.pages.length },
    textSource,
    text: doc.text,
    ...fields,
    pages: extracted.pages.map((p) => ({ page: p.number, source: p.source, confidence: p.confidence })),
    signatures: signed.signatures,
    splitFrom: mimeType === 'application/pdf' ? splitProvenance(file.bytes) : null,
    warnings,
  });
}
