// A document's id is the sha256 of its original's bytes, 64 lowercase hex digits: the same file
// uploaded twice is one document, and an id never needs escaping in a path, a URL or a job id.
import { createHash } from 'node:crypto';

export const DOCUMENT_ID = /^[0-9a-f]{64}$/;

export const isDocumentId = (value: unknown): value is string => typeof value === 'string' && DOCUMENT_ID.test(value);

export const documentIdOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
