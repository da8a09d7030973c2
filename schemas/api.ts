// Request and response shapes of the HTTP API. The handlers validate with these schemas and
// /openapi.json is generated from them, so the documentation cannot drift from the code.
import { z } from 'zod';
import { DocumentRecord } from './record.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (2024-02-30 is rejected). */
export const calendarDate = z
  .string()
  .regex(ISO_DATE, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

export const DocumentId = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'a document id is 64 lowercase hexadecimal characters (the sha256 of the file)')
  .describe('sha256 of the file bytes, 64 lowercase hex characters');

export const DocumentParams = z.strictObject({ id: DocumentId });

export const DocumentStatus = z
  .enum(['queued', 'processing', 'indexed', 'failed'])
  .describe('queued: waiting for a worker; processing: being extracted or indexed; indexed: searchable; failed: see failedReason');
export type DocumentStatus = z.infer<typeof DocumentStatus>;

export const ErrorResponse = z
  .object({
    error: z.string().describe('stable machine-readable code, e.g. not_found, invalid_query, file_too_large'),
    message: z.string().describe('what went wrong, for people'),
  })
  .describe('Every error answer has this shape');
export type ErrorResponse = z.infer<typeof ErrorResponse>;

export const UploadedDocument = z.object({
  id: DocumentId,
  name: z.string().describe('the uploaded file name (display only, never used as a path)'),
  jobId: z.string().nullable().describe('the extract job, see GET /jobs/{id}; null when the document already has a record (re-extraction is `vanthu reprocess`)'),
  status: DocumentStatus,
  alreadyStored: z.boolean().describe('the same bytes had been uploaded before'),
});
export const UploadResponse = z.array(UploadedDocument);
export type UploadResponse = z.infer<typeof UploadResponse>;

export const JobState = z.enum([
  'waiting',
  'active',
  'completed',
  'failed',
  'delayed',
  'prioritized',
  'waiting-children',
  'unknown',
]);

export const QueueName = z.enum(['extract', 'index']);

export const JobSummary = z.object({
  id: z.string(),
  queue: QueueName,
  name: z.string(),
  state: JobState,
  attemptsMade: z.number().int().min(0),
  failedReason: z.string().nullable(),
  createdAt: z.string().nullable().describe('ISO time'),
  processedAt: z.string().nullable().describe('ISO time the last attempt started'),
  finishedAt: z.string().nullable().describe('ISO time it completed or failed for good'),
});
export type JobSummary = z.infer<typeof JobSummary>;

export const JobResponse = JobSummary.extend({
  data: z.record(z.string(), z.unknown()).describe('the job payload (ids and names, never file content)'),
  progress: z.unknown(),
});
export type JobResponse = z.infer<typeof JobResponse>;

export const JobParams = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9:._-]+$/, 'a job id contains only letters, digits and : . _ -'),
});
export const JobQuery = z.strictObject({
  queue: QueueName.optional().describe('look only in this queue (default: extract, then index)'),
});

export const DocumentResponse = z.object({
  id: DocumentId,
  name: z.string(),
  bytes: z.number().int().min(0),
  receivedAt: z.string().describe('ISO time of first receipt'),
  status: DocumentStatus,
  failedReason: z.string().nullable().describe('why the document failed, when status is failed'),
  jobs: z.object({ extract: JobSummary.nullable(), index: JobSummary.nullable() }),
  record: DocumentRecord.nullable().describe('the extracted record, once extraction has finished'),
  version: z.number().int().nullable().describe('the record\'s row version; send it with a correction'),
});
export type DocumentResponse = z.infer<typeof DocumentResponse>;

export const MAX_RESULT_WINDOW = 10_000;

export const SearchParams = z
  .strictObject({
    q: z.string().trim().min(1).max(500).optional().describe('full-text query; diacritics are optional ("chuyen doi" finds "chuyển đổi")'),
    docType: z.string().trim().min(1).max(200).optional().describe('exact document type, e.g. "Công văn"'),
    issuer: z.string().trim().min(1).max(300).optional().describe('issuing body'),
    signer: z.string().trim().min(1).max(200).optional().describe('signer name'),
    signed: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('only documents with (true) or without (false) a digital signature (có ký số)'),
    sort: z.enum(['relevance', 'date']).default('relevance').describe('relevance (best first; newest first when there is no q) or date (newest first)'),
    reference: z.string().trim().min(1).max(200).optional().describe('only documents citing this number and symbol, e.g. "3323/BYT-CNTT"'),
    from: calendarDate.optional().describe('issued on or after, YYYY-MM-DD'),
    to: calendarDate.optional().describe('issued on or before, YYYY-MM-DD'),
    page: z.coerce
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(1000, 'must be at most 1000')
      .default(1)
      .describe('1-based page'),
    size: z.coerce
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100, 'must be at most 100')
      .default(20)
      .describe('hits per page'),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'from must not be after to', path: ['from'] })
  .refine((p) => p.page * p.size <= MAX_RESULT_WINDOW, {
    message: `page × size must not exceed ${MAX_RESULT_WINDOW}`,
    path: ['page'],
  });
export type SearchParams = z.infer<typeof SearchParams>;

export const SearchHit = z.object({
  id: DocumentId,
  number: z.string().nullable(),
  docType: z.string().nullable(),
  issuer: z.array(z.string()),
  issuedDate: z.string().nullable(),
  subject: z.string().nullable(),
  score: z.number().nullable(),
  highlight: z.array(z.string()).describe('matching passages, the matched words wrapped in <em>…</em>'),
});

const FacetBuckets = z.array(z.object({ value: z.string(), count: z.number().int().min(0) }));

export const SearchResponse = z.object({
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  size: z.number().int().min(1),
  hits: z.array(SearchHit),
  facets: z.object({ docType: FacetBuckets, issuer: FacetBuckets, signer: FacetBuckets, year: FacetBuckets, signed: FacetBuckets.describe('one bucket, "có ký số", counting the digitally signed hits') }),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

export const HealthResponse = z.object({
  postgres: z.enum(['ok', 'unreachable']).optional().describe('the system of record (when the server has one)'),
  redis: z.enum(['ok', 'unreachable']),
  elasticsearch: z.enum(['ok', 'unreachable']),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** Named schemas, published under #/components/schemas in /openapi.json. */
export const API_SCHEMAS = {
  ErrorResponse,
  DocumentRecord,
  DocumentStatus,
  UploadedDocument,
  UploadResponse,
  JobSummary,
  JobResponse,
  DocumentResponse,
  SearchHit,
  SearchResponse,
  HealthResponse,
} as const;

// ---- Access control, corrections, retries (issue #6) ----

export const RoleName = z.enum(['analyst', 'archivist', 'admin']).describe('analyst reads; archivist also uploads and corrects; admin also manages users and queues');

/** Fields a person may correct: the scalar and list fields of the record. */
export const CorrectableField = z.enum(['number', 'docType', 'issuer', 'place', 'issuedDate', 'subject', 'recipients', 'cc', 'signer', 'urgency', 'secrecy']);
export type CorrectableField = z.infer<typeof CorrectableField>;

export const CorrectionBody = z
  .strictObject({
    field: CorrectableField,
    value: z.unknown().describe('the new value, of the field\'s type in DocumentRecord (null clears a nullable field)'),
    version: z.number().int().positive().optional().describe('the record version you corrected (GET /documents/{id} `version`): when someone corrected the same field since, the answer is 409'),
  })
  .describe('Correct one field; the value the extraction gave and who changed it are kept in record.corrections');
export type CorrectionBody = z.infer<typeof CorrectionBody>;

export const CurrentUser = z.object({ name: z.string(), role: RoleName });

export const UserInfo = z.object({ name: z.string(), role: RoleName, hasPassword: z.boolean(), createdAt: z.string() });
export const UserList = z.array(UserInfo);

export const CreateUserBody = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, 'a user name is 1–64 letters, digits and . _ @ - (no spaces)'),
  role: RoleName,
  password: z.string().min(8).max(1024).optional(),
});
export const CreatedUser = z.object({ user: UserInfo, apiKey: z.string().describe('shown once; send it as Authorization: Bearer KEY') });

export const UserParams = z.strictObject({ name: z.string().min(1).max(64) });

export const LoginBody = z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024), next: z.string().max(2000).optional() });

/** Named schemas of the access-control routes, published with API_SCHEMAS. */
export const AUTH_SCHEMAS = { CorrectionBody, CurrentUser, UserInfo, UserList, CreateUserBody, CreatedUser } as const;
