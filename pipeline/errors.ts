// Errors that say whether trying again can help. A BadInputError is permanent: the file itself is
// unusable, so queues fail the job at once. Anything else is treated as transient and retried.

export type BadInputReason =
  | 'empty file'
  | 'unsupported format'
  | 'encrypted PDF'
  | 'corrupt file'
  | 'too large'
  | 'no text found'
  | 'invalid edXML';

export class BadInputError extends Error {
  override readonly name = 'BadInputError';
  constructor(
    readonly reason: BadInputReason,
    detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

export const isBadInput = (error: unknown): error is BadInputError => error instanceof BadInputError;
