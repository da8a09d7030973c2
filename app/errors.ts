// What a service refuses, in words an adapter maps to its own answer (HTTP status, exit code).

/** No such document, or it has no record yet. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** A value the record schema refuses; `field` names the field. Nothing was written. */
export class InvalidValueError extends Error {
  override readonly name = 'InvalidValueError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The write was based on a version someone else changed since (HTTP 409). Nothing was written. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

/** A compare-and-set that kept losing: only reached when a record is written in a tight loop. */
export class StaleWriteError extends Error {
  override readonly name = 'StaleWriteError';
}
