// A person corrects one field of a record. The documents service (app/documents.ts) validates the
// value, checks the version the person saw, keeps the audit entry and reindexes; this maps what it
// refuses onto HTTP: an invalid value is 400 naming the field, a later correction of the same
// field is 409, and nothing is written in either case.
import { ConflictError, InvalidValueError, NotFoundError } from '../app/errors.ts';
import type { CorrectionBody } from '../schemas/api.ts';
import type { DocumentRecord } from '../schemas/record.ts';
import type { ApiDeps } from './deps.ts';
import { ApiError, notFound } from './errors.ts';

export async function applyCorrection(deps: Pick<ApiDeps, 'documents'>, id: string, body: CorrectionBody, by: string): Promise<DocumentRecord> {
  try {
    const { record } = await deps.documents.correct(id, { field: body.field, value: body.value, baseVersion: body.version }, by);
    return record;
  } catch (error) {
    if (error instanceof InvalidValueError) throw new ApiError(400, 'invalid_value', error.message);
    if (error instanceof ConflictError) throw new ApiError(409, 'conflict', error.message);
    if (error instanceof NotFoundError) throw notFound(error.message);
    throw error;
  }
}
