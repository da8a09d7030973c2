// Real records to vary into the Elasticsearch bench's synthetic ones: the samples' text PDFs and
// DOCX through the full pipeline (no OCR, so this takes about a second).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { config } from '../config.ts';
import { processDocument } from '../pipeline/run.ts';
import type { DocumentRecord } from '../schemas/record.ts';

export async function loadBaseRecords(): Promise<DocumentRecord[]> {
  const dir = path.resolve(import.meta.dirname, '..', 'samples');
  const names = (await readdir(dir)).filter((f) => /(?<!\.scan)\.(pdf|docx)$/.test(f)).sort();
  const ctx = { ocr: config().ocr, maxFileBytes: config().maxFileBytes };
  const records: DocumentRecord[] = [];
  for (const name of names) records.push(await processDocument({ name, bytes: await readFile(path.join(dir, name)) }, ctx));
  return records;
}
