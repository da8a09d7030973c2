// Keys shared by every layer (pipeline/, search/, tracking/, app/): document ids, canonical numbers,
// calendar dates. Pure functions, no I/O. (Recurrences stay with tracking/ and pipeline/fields/
// time-limits.ts for now.)
export { DOCUMENT_ID, documentIdOf, isDocumentId } from './document-id.ts';
export { canonicalNumber } from './number.ts';
export { isCalendarDate, parseCalendarDate } from './dates.ts';
