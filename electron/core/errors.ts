import type { ErrorCode, FieldErrors } from '../../shared/errors';

/**
 * What services throw when a request cannot be honoured. The dispatcher turns it into
 * `{ ok: false, error }`; anything else thrown becomes `internal` and is logged, never shown.
 * `messageKey` names the sentence in the renderer's catalogs (problems.*); `message` is its English.
 */
export class DomainError extends Error {
  readonly fieldErrors?: FieldErrors;
  readonly details?: unknown;
  readonly messageParams?: Record<string, string | number>;

  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    message: string,
    extra: { fieldErrors?: FieldErrors; details?: unknown; messageParams?: Record<string, string | number> } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.fieldErrors = extra.fieldErrors;
    this.details = extra.details;
    this.messageParams = extra.messageParams;
  }
}

export const notFound = (what: 'resident' | 'staff' | 'account') =>
  new DomainError('not_found', `problems.notFound.${what}`, `The ${what === 'staff' ? 'staff member' : what} was not found.`);

export const conflict = (messageKey: string, message: string, details?: unknown) => new DomainError('conflict', messageKey, message, { details });

/** A business rule on one field: the message key goes under the field, like a schema error. */
export const invalidField = (field: string, fieldMessageKey: string) =>
  new DomainError('validation', 'problems.checkFields', 'Some values need attention.', { fieldErrors: { [field]: [fieldMessageKey] } });

/**
 * Optimistic concurrency: the record changed since the person's form loaded it. Both versions go
 * with the refusal, so the screen (and a later merge view) can say what happened; nothing is merged.
 */
export function staleRecord(expectedVersion: number, currentVersion: number): DomainError {
  return new DomainError('conflict', 'problems.staleRecord', 'Someone else changed this record after you opened it. Reload it to see their changes, then make yours again.', {
    details: { expectedVersion, currentVersion },
    messageParams: { expectedVersion, currentVersion },
  });
}
