// Job names and their payloads: the one source of truth for what travels through the queues.
// Payloads carry ids and names, never file content (the bytes are in the store).
import { z } from 'zod';

const DocumentId = z.string().regex(/^[0-9a-f]{64}$/);

export const JobPayloads = {
  /** Read the stored original, run the pipeline, store the record. CPU-heavy (OCR). */
  extract: z.object({ documentId: DocumentId, name: z.string() }),
  /** Put a stored record into Elasticsearch. I/O only. */
  index: z.object({ documentId: DocumentId }),
} as const;

export type JobName = keyof typeof JobPayloads;
export type JobPayload<N extends JobName> = z.infer<(typeof JobPayloads)[N]>;

/** Which queue runs which job: OCR must not starve indexing. */
export const QUEUE_OF: Record<JobName, 'extract' | 'index'> = { extract: 'extract', index: 'index' };
