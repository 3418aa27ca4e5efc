// Errors cross the IPC boundary as data, never as thrown exceptions or stacks.
// The code set is small and stable: the renderer decides what to show from the code alone.
export const ERROR_CODES = [
  'validation', // the input does not match the operation's schema, or a business rule on a field
  'not_found', // the record named by the input does not exist
  'conflict', // the write clashes with the current state (duplicate, stale, wrong status)
  'forbidden', // the signed-in person's roles do not allow this operation
  'unauthenticated', // nobody is signed in, or the session is locked
  'unavailable', // the database could not be opened (damaged file); only status calls answer
  'internal', // an unexpected failure; details are logged, not shown
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field path (dot-joined, e.g. "emergencyContact.phone") -> translated-or-plain messages. */
export type FieldErrors = Record<string, string[]>;

export interface AppError {
  code: ErrorCode;
  /** Plain English, for logs and as a fallback. */
  message: string;
  /** The same sentence as an i18n key (problems.json in each renderer catalog), so French screens say it in French. */
  messageKey?: string;
  messageParams?: Record<string, string | number>;
  fieldErrors?: FieldErrors;
  /** Extra data a screen may use, e.g. the possible duplicates of a resident being admitted. */
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });
