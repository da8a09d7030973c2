// The edXML exchange as operations on documents, for the CLI and the API (thin adapters pass how
// to extract a file and how to save a received letter, so this stays free of storage code).
import type { Config } from '../../config.ts';
import type { DocumentRecord } from '../../schemas/record.ts';
import { buildDocumentPackage, type ExportResult } from './from-record.ts';
import { parseDirectory, type Organs } from './organs.ts';
import type { StatusCode } from './schema.ts';
import { buildStatusPackage } from './status.ts';
import { mergeHeader, readDocumentPackage } from './to-record.ts';

export interface SourceFile {
  name: string;
  bytes: Buffer;
}

export interface ImportDeps {
  /** Extraction of the attachment (the pipeline). */
  extract(file: SourceFile): Promise<DocumentRecord>;
  /** Keeps the original and the record of the received letter (store, then index). */
  save(original: SourceFile, record: DocumentRecord): Promise<void>;
}

/** The largest package accepted: the file limit, grown by base64's 4/3 and room for the header. */
export const maxPackageBytes = (maxFileBytes: number) => Math.ceil(maxFileBytes * 1.37) + 1024 * 1024;

export function organsFromConfig(cfg: Pick<Config, 'edxml'>): Organs {
  const { organId, organName, organs } = cfg.edxml;
  return { self: organId ? { id: organId, name: organName ?? '' } : null, directory: parseDirectory(organs) };
}

export function exportPackage(record: DocumentRecord, original: Buffer, organs: Organs, to?: string[]): ExportResult {
  return buildDocumentPackage(record, original, record.file.mimeType, { organs, ...(to?.length ? { to } : {}) });
}

/** Registers the attachment of a package as an incoming letter; returns its record. */
export async function importPackage(input: Uint8Array | string, maxFileBytes: number, deps: ImportDeps): Promise<DocumentRecord> {
  const { header, attachment } = readDocumentPackage(input, maxPackageBytes(maxFileBytes));
  const file = { name: attachment.name, bytes: attachment.bytes };
  const record = mergeHeader(await deps.extract(file), header);
  await deps.save(file, record);
  return record;
}

export function statusPackage(record: DocumentRecord, code: StatusCode, organs: Organs, staff?: { department?: string; name?: string }): string {
  return buildStatusPackage(record, code, { organs, ...(staff ? { staff } : {}) });
}
