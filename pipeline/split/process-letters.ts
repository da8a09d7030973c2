// The records of a file: one per letter. A batch scan gives one record per letter (each of its
// own part file, linked to the original); any other file gives its one record.
import type { DocumentRecord } from '../../schemas/record.ts';
import { detectMimeType } from '../detect.ts';
import { BadInputError } from '../errors.ts';
import { processDocument, type PipelineContext } from '../run.ts';
import type { SourceFile } from '../types.ts';
import { splitBatch, type BatchPart } from './batch.ts';

export interface Letter {
  file: SourceFile;
  record: DocumentRecord;
}

export async function processLetters(file: SourceFile, ctx: PipelineContext): Promise<{ letters: Letter[]; parts: BatchPart[] | null }> {
  if (file.bytes.length > ctx.maxFileBytes) {
    throw new BadInputError('too large', `${file.bytes.length} bytes, the limit is ${ctx.maxFileBytes}`);
  }
  const { parts, extracted } = await splitBatch(file, await detectMimeType(file.bytes), ctx);
  if (!parts) return { letters: [{ file, record: await processDocument(file, ctx, extracted ?? undefined) }], parts: null };
  const letters: Letter[] = [];
  for (const part of parts) letters.push({ file: part.file, record: await processDocument(part.file, ctx, part.extracted) });
  return { letters, parts };
}
