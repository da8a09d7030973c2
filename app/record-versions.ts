// The rules every write of a record follows: it is computed from the version read, written only
// if that version is still current (else read again and recompute), and the corrections people
// made are laid over whatever the extraction gave.
import type { DocumentRecord } from '../schemas/record.ts';
import type { Correction, CurrentRecord, RecordStore, RecordWrite } from '../store/record-store.ts';
import { StaleWriteError } from './errors.ts';

const MAX_TRIES = 20;

/**
 * Read, compute, compare-and-set, until it sticks. `compute` returns the write to make for what it
 * read, or null to write nothing. Returns the version written (or read, when nothing was written).
 */
export async function writeWithRetry(
  store: RecordStore,
  id: string,
  compute: (current: CurrentRecord | null, corrections: Correction[]) => Promise<Omit<RecordWrite, 'expectedVersion'> | null> | Omit<RecordWrite, 'expectedVersion'> | null,
): Promise<{ version: number | null; record: DocumentRecord | null; wrote: boolean }> {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const [current, corrections] = await Promise.all([store.getCurrent(id), store.corrections(id)]);
    const write = await compute(current, corrections);
    if (!write) return { version: current?.version ?? null, record: current?.record ?? null, wrote: false };
    const version = await store.writeRecord(id, { ...write, expectedVersion: current?.version ?? null });
    if (version !== null) return { version, record: write.record, wrote: true };
    await new Promise((r) => setTimeout(r, Math.min(200, 5 * 2 ** attempt) * Math.random()));
  }
  throw new StaleWriteError(`record ${id} kept changing while it was written (${MAX_TRIES} tries)`);
}

/** The audit trail as the record shows it: { field, from (the extracted value), to, by, at }. */
export const auditTrail = (corrections: Correction[]): DocumentRecord['corrections'] =>
  corrections.map(({ field, from, to, by, at }) => ({ field, from, to, by, at }));

/** The extracted record with the latest correction of each field laid over it. */
export function withCorrections(extracted: DocumentRecord, corrections: Correction[]): DocumentRecord {
  const latest = new Map<string, unknown>();
  for (const c of corrections) latest.set(c.field, c.to);
  const out: Record<string, unknown> = { ...extracted };
  for (const [field, to] of latest) if (field in out) out[field] = to;
  return { ...(out as DocumentRecord), corrections: auditTrail(corrections) };
}
