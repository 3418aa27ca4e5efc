import { z } from 'zod';

// Messages are i18n keys (renderer/i18n/*/validation.json) so the form and the handler speak the
// same language: the renderer translates them, whichever side found the problem.

export const MAX_NAME = 100;
export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 2000;

/** A calendar date without time zone, `YYYY-MM-DD`, as stored (birth, admission, discharge). */
export const isoDate = z
  .string({ message: 'validation.dateRequired' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.dateFormat' })
  .refine(isRealCalendarDate, { message: 'validation.dateFormat' });

export function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200;
}

export const requiredName = z
  .string({ message: 'validation.required' })
  .trim()
  .min(1, { message: 'validation.required' })
  .max(MAX_NAME, { message: 'validation.tooLong' });

/** Optional free text: an empty string means "not given" and is stored as null. */
export const optionalText = (max: number = MAX_SHORT_TEXT) =>
  z
    .string()
    .trim()
    .max(max, { message: 'validation.tooLong' })
    .nullable()
    .transform((value) => (value === '' || value === null ? null : value));

export const optionalPhone = z
  .string()
  .trim()
  .max(40, { message: 'validation.tooLong' })
  .regex(/^$|^[0-9+()\-.\s]*(x\s?\d+)?$/i, { message: 'validation.phone' })
  .nullable()
  .transform((value) => (value === '' || value === null ? null : value));

export const optionalEmail = z
  .string()
  .trim()
  .max(MAX_SHORT_TEXT, { message: 'validation.tooLong' })
  .refine((value) => value === '' || z.email().safeParse(value).success, { message: 'validation.email' })
  .nullable()
  .transform((value) => (value === '' || value === null ? null : value));

export const optionalIsoDate = z
  .union([z.literal(''), isoDate])
  .nullable()
  .transform((value) => (value === '' || value === null ? null : value));

export const recordId = z.uuid({ message: 'validation.id' });

/**
 * The `version` of the record as the form loaded it (every editable record carries one). An edit
 * made from an older copy than the stored one is refused with `conflict` instead of silently
 * overwriting someone else's change. `updatedAt` is not a version: two edits can share an instant.
 */
export const expectedVersion = z.number({ message: 'validation.version' }).int({ message: 'validation.version' }).positive({ message: 'validation.version' });

export const searchText = z.string().trim().max(MAX_NAME, { message: 'validation.tooLong' });

export const sortDirection = z.enum(['asc', 'desc']);
