// A person corrects one field of a record: the value is checked against the record schema, the
// record keeps an audit entry { field, from (what the extraction gave), to, by, at }, then it is
// stored and reindexed at once (indexRecords also keeps the obligations index in step).
import { CorrectableField, type CorrectionBody } from '../schemas/api.ts';
import { DocumentRecord } from '../schemas/record.ts';
import type { ApiDeps } from './deps.ts';
import { ApiError, describeZodError, notFound } from './errors.ts';

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

export async function applyCorrection(deps: Pick<ApiDeps, 'store' | 'search'>, id: string, body: CorrectionBody, by: string): Promise<DocumentRecord> {
  const field = CorrectableField.parse(body.field);
  const record = await deps.store.getRecord(id);
  if (!record) throw notFound(`document ${id} has no record yet (it is still being processed, or failed)`);
  const schema = DocumentRecord.shape[field];
  const parsed = schema.safeParse(tidy(body.value));
  if (!parsed.success) throw new ApiError(400, 'invalid_value', `invalid value for ${field}: ${describeZodError(parsed.error)}`);
  const earlier = record.corrections.find((c) => c.field === field);
  const from = earlier ? earlier.from : record[field];
  const updated = DocumentRecord.parse({
    ...record,
    [field]: parsed.data,
    corrections: [...record.corrections, { field, from, to: parsed.data, by, at: new Date().toISOString() }],
  });
  await deps.store.putRecord(updated);
  await deps.search.indexRecords([updated], { refresh: true });
  return updated;
}
