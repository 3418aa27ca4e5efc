import { z } from 'zod';
import { isRealCalendarDate } from '../dates';

// Messages are i18n keys (renderer/i18n/*/validation.json) so the form and the handler speak the
// same language: the renderer translates them, whichever side found the problem.

export const MAX_NAME = 100;
export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 2000;

// ---- Text that is really text ------------------------------------------------------------------

/**
 * Characters nobody types into a field: C0 and C1 controls and DEL (Cc), invisible format
 * characters (Cf: bidi overrides and isolates that can make a name read backwards, zero-width
 * spaces, the BOM, soft hyphens), line and paragraph separators (Zl, Zp) and lone surrogate
 * halves (Cs, which SQLite would store as replacement characters). They arrive by copy and paste
 * or from someone probing the core, and make two names look the same while differing.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
/** Zero-width (non-)joiners are part of how Persian, Hindi and other names, and emoji, are written. */
const JOINERS: ReadonlySet<string> = new Set(['\u200C', '\u200D']);
/** Notes may keep their line breaks and tabs; nothing else of C0. */
const LINE_BREAKS_AND_TABS: ReadonlySet<string> = new Set([...JOINERS, '\t', '\n', '\r']);

export function hasControlCharacters(value: string, lines: 'single' | 'multi' = 'single'): boolean {
  const allowed = lines === 'multi' ? LINE_BREAKS_AND_TABS : JOINERS;
  for (const [character] of value.matchAll(INVISIBLE)) if (!allowed.has(character)) return true;
  return false;
}

export interface TextRules {
  /** Characters, after trimming (default 0). */
  min?: number;
  max: number;
  /** Trim surrounding white space (default true); a password is never trimmed. */
  trim?: boolean;
  /** Keep line breaks and tabs (notes, reasons). */
  multiline?: boolean;
  /** Key for "not a string" (default validation.required, what an empty form field means). */
  typeMessage?: string;
  minMessage?: string;
  maxMessage?: string;
}

/**
 * Every text field of the contract. The length rules are refinements on purpose, not zod's
 * `.min()`/`.max()`: zod 4 runs its length checks even after the type check failed (they run on
 * anything with a `length` property), so `{ "length": [{ "toString": 1 }] }` where a string was
 * expected made them compare an array with a number, which threw ("Cannot convert object to
 * primitive value") and came back as an `internal` error. A refinement runs only on a string.
 */
export function text(rules: TextRules) {
  const { min = 0, max, trim = true, multiline = false } = rules;
  const base = z.string({ message: rules.typeMessage ?? 'validation.required' });
  return (trim ? base.trim() : base)
    .refine((value) => value.length >= min, { message: rules.minMessage ?? 'validation.required' })
    .refine((value) => value.length <= max, { message: rules.maxMessage ?? 'validation.tooLong' })
    .refine((value) => !hasControlCharacters(value, multiline ? 'multi' : 'single'), { message: 'validation.controlCharacters' });
}

/**
 * A list with a length rule, for the same reason as `text`: zod's own `.min()`/`.max()` on an
 * array also run on any object with a `length` property.
 */
export function list<Item extends z.ZodType>(item: Item, rules: { min?: number; max: number; message: string }) {
  const { min = 0, max, message } = rules;
  return z.array(item, { message }).refine((values) => values.length >= min && values.length <= max, { message });
}

// ---- Dates -------------------------------------------------------------------------------------

/** A calendar date without time zone, `YYYY-MM-DD`, as stored (birth, admission, discharge). */
export const isoDate = z.string({ message: 'validation.dateRequired' }).refine(isRealCalendarDate, { message: 'validation.dateFormat' });

// ---- Names and free text -----------------------------------------------------------------------

export const requiredName = text({ min: 1, max: MAX_NAME });

/** "" or null means "not given", stored as null. */
const emptyMeansNull = (value: string | null) => (value === '' || value === null ? null : value);

/** Optional text on one line: an empty string means "not given" and is stored as null. */
export const optionalText = (max: number = MAX_SHORT_TEXT) => text({ max, typeMessage: 'validation.text' }).nullable().transform(emptyMeansNull);

/** Optional free text over several lines (a note): keeps line breaks and tabs. */
export const optionalNote = (max: number = MAX_LONG_TEXT) => text({ max, multiline: true, typeMessage: 'validation.text' }).nullable().transform(emptyMeansNull);

export const optionalPhone = text({ max: 40, typeMessage: 'validation.text' })
  .regex(/^$|^[0-9+()\-.\s]*(x\s?\d+)?$/i, { message: 'validation.phone' })
  .nullable()
  .transform(emptyMeansNull);

export const optionalEmail = text({ max: MAX_SHORT_TEXT, typeMessage: 'validation.text' })
  .refine((value) => value === '' || z.email().safeParse(value).success, { message: 'validation.email' })
  .nullable()
  .transform(emptyMeansNull);

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

export const searchText = text({ max: MAX_NAME, typeMessage: 'validation.text' });

export const sortDirection = z.enum(['asc', 'desc']);
