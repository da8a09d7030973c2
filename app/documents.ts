// Documents: receiving files (ingest), the extraction's result, people's corrections and
// re-extraction (reprocess). Every change to a record goes through writeWithRetry (one writer per
// document: the row version decides), and everything is validated before anything is written.
import { CorrectableField } from '../schemas/api.ts';
import { DocumentRecord, DUPLICATE_WARNING } from '../schemas/record.ts';
import { PIPELINE_VERSION } from '../pipeline/version.ts';
import { isCalendarDate } from '../domain/dates.ts';
import type { BlobStore } from '../store/blob-store.ts';
import { allIds, type DocumentMeta, type IdFilter, type RecordStore } from '../store/record-store.ts';
import type { Logger } from '../workers/logger.ts';
import { enqueue, type Queues } from '../workers/queues.ts';
import { documentReader } from './database.ts';
import { ConflictError, InvalidValueError, NotFoundError } from './errors.ts';
import type { IndexingService } from './indexing.ts';
import { auditTrail, withCorrections, writeWithRetry } from './record-versions.ts';

export interface IngestFile {
  name: string;
  bytes: Uint8Array;
}

export interface IngestedFile {
  /** sha256 of the bytes: the document id. */
  id: string;
  name: string;
  /** The extract job queued (or already pending) for it; null when the document has a record. */
  jobId: string | null;
  /** The same bytes were already stored (uploaded before, or twice in this call). */
  alreadyStored: boolean;
}

export interface CorrectionInput {
  field: string;
  value: unknown;
  /** The record version the person saw; a later correction of the same field makes this a 409. */
  baseVersion?: number | undefined;
}

export interface DocumentServiceDeps {
  records: RecordStore;
  blobs: BlobStore;
  queues: Queues;
  indexing: IndexingService;
  logger?: Logger;
}

/** Blank strings clear a nullable text field; lists drop blank entries and trim the rest. */
function tidy(value: unknown): unknown {
  if (typeof value === 'string') {
    const t = value.trim().normalize('NFC');
    return t === '' ? null : t;
  }
  if (Array.isArray(value)) return value.map(tidy).filter((v) => v !== null);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tidy(v)]));
  return value;
}

const describe = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');

/** The corrected value, checked against the record schema (and the calendar, for dates). */
export function validateCorrection(fieldName: string, raw: unknown): { field: CorrectableField; value: unknown } {
  const field = CorrectableField.safeParse(fieldName);
  if (!field.success) throw new InvalidValueError(String(fieldName), `field "${String(fieldName)}" cannot be corrected (one of ${CorrectableField.options.join(', ')})`);
  const value = tidy(raw);
  if (field.data === 'issuedDate' && typeof value === 'string' && !isCalendarDate(value)) {
    throw new InvalidValueError('issuedDate', `invalid value for issuedDate: ${JSON.stringify(value)} is not a real calendar date written YYYY-MM-DD`);
  }
  const parsed = DocumentRecord.shape[field.data].safeParse(value);
  if (!parsed.success) throw new InvalidValueError(field.data, `invalid value for ${field.data}: ${describe(parsed.error.issues)}`);
  return { field: field.data, value: parsed.data };
}

export function createDocumentService(deps: DocumentServiceDeps) {
  const { records, blobs, queues } = deps;

  /** Queue extraction unless the document has a record (re-extraction is explicit: reprocess). */
  async function queueExtract(id: string, name: string, force: boolean): Promise<string | null> {
    if (!force && (await records.getCurrent(id))) return null;
    await records.setFailure(id, null);
    const job = await enqueue(queues, 'extract', { documentId: id, name });
    await records.setJob(id, 'extract', String(job.id));
    return String(job.id);
  }

  return {
    async ingest(files: IngestFile[]): Promise<IngestedFile[]> {
      const out: IngestedFile[] = [];
      for (const file of files) {
        const id = await blobs.put(file.bytes); // bytes first: a document row means its original is whole
        const meta: DocumentMeta = { id, name: String(file.name), bytes: file.bytes.byteLength, receivedAt: new Date().toISOString() };
        const { meta: stored, created } = await records.addDocument(meta);
        const jobId = (await queueExtract(id, stored.name, false)) ?? (await records.getDocument(id))?.jobs.extract ?? null;
        deps.logger?.info({ documentId: id, file: file.name, alreadyStored: !created, jobId }, 'ingested');
        out.push({ id, name: file.name, jobId, alreadyStored: !created || out.some((r) => r.id === id) });
      }
      return out;
    },

    ...documentReader(records, blobs),

    /** One field corrected by a person: validated, written over the current version, reindexed. */
    async correct(id: string, input: CorrectionInput, by: string): Promise<{ record: DocumentRecord; version: number }> {
      const { field, value } = validateCorrection(input.field, input.value);
      const at = new Date().toISOString();
      const result = await writeWithRetry(records, id, (current, corrections) => {
        if (!current) throw new NotFoundError(`document ${id} has no record yet (it is still being processed, or failed)`);
        const base = input.baseVersion;
        const later = base === undefined ? undefined : corrections.find((c) => c.field === field && c.version > base);
        if (later) throw new ConflictError(`${field} was corrected by ${later.by} at ${later.at} after version ${base} you edited; reload and try again`);
        const earlier = corrections.find((c) => c.field === field);
        const from = earlier ? earlier.from : current.record[field];
        const correction = { field, from, to: value, by, at };
        const record = DocumentRecord.parse({ ...current.record, [field]: value, corrections: auditTrail([...corrections, { ...correction, version: 0 }]) });
        return { record, pipelineVersion: current.pipelineVersion, correction };
      });
      try {
        await deps.indexing.indexDocument(id);
      } catch (error) {
        // Stored all the same: the index queue brings the index up to date once it answers.
        deps.logger?.warn({ documentId: id, err: error }, 'correction stored; indexing it failed, queued');
        await deps.indexing.queueIndex(id);
      }
      return { record: result.record!, version: result.version! };
    },

    /** The extraction's record, with every correction laid over it and the duplicate flags kept. */
    async saveExtraction(id: string, extracted: DocumentRecord): Promise<number> {
      const result = await writeWithRetry(records, id, (current, corrections) => {
        const flags = current?.record.warnings.filter((w) => w.startsWith(DUPLICATE_WARNING)) ?? [];
        const fresh = { ...extracted, warnings: [...extracted.warnings.filter((w) => !w.startsWith(DUPLICATE_WARNING)), ...flags] };
        return { record: DocumentRecord.parse(withCorrections(fresh, corrections)), pipelineVersion: PIPELINE_VERSION };
      });
      return result.version!;
    },

    /** Queue re-extraction of the given documents, or of every one matching the filter. */
    async reprocess(target: { ids: string[] } | IdFilter): Promise<{ queued: string[]; missing: string[] }> {
      const queued: string[] = [];
      const missing: string[] = [];
      const ids = 'ids' in target ? target.ids : allIds(records, target);
      for await (const id of ids) {
        const doc = await records.getDocument(id);
        if (!doc) missing.push(id);
        else {
          await queueExtract(id, doc.name, true);
          queued.push(id);
        }
      }
      return { queued, missing };
    },

    /** Queue what Redis lost: documents with no record (extract) or not in the index (index). */
    async recover(): Promise<{ extract: number; index: number }> {
      let extract = 0;
      for await (const id of allIds(records, { withoutRecord: true })) {
        const doc = await records.getDocument(id);
        if (doc && !doc.failure) {
          await queueExtract(id, doc.name, false);
          extract++;
        }
      }
      // Records whose current version was never indexed, then those the index has lost.
      const toIndex = new Set<string>();
      for await (const id of allIds(records, { indexBehind: true })) toIndex.add(id);
      let page: string[] = [];
      const flush = async () => {
        for (const id of await deps.indexing.missingFromIndex(page)) toIndex.add(id);
        page = [];
      };
      for await (const id of allIds(records, { withRecord: true })) {
        page.push(id);
        if (page.length >= 500) await flush();
      }
      await flush();
      for (const id of toIndex) await deps.indexing.queueIndex(id);
      const index = toIndex.size;
      deps.logger?.info({ extract, index }, 'recover: queued what the queues lost');
      return { extract, index };
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
