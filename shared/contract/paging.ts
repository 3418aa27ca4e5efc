import { z } from 'zod';

/**
 * Paged lists: `limit` rows from `offset`, with `total` (the count for the same filters) so a
 * screen can say "1–50 of 5,000" and jump to any page. Offset, not a keyset cursor: the lists sort
 * by several keys the person chooses (name, dates, status) and pages are numbered; at the sizes a
 * centre reaches (thousands of residents, tens of thousands of audit rows) SQLite skips an offset
 * in well under a millisecond per thousand rows, and every order ends on the id, so a page is stable.
 */
export interface Page<Row> {
  rows: Row[];
  /** How many rows match the same filters, across all pages. */
  total: number;
}

/** Rows in one page, between 1 and `max`. */
export const pageLimit = (max: number, fallback: number) =>
  z.number({ message: 'validation.pageLimit' }).int({ message: 'validation.pageLimit' }).min(1, { message: 'validation.pageLimit' }).max(max, { message: 'validation.pageLimit' }).default(fallback);

/** Rows skipped before the page: 0 or more. */
export const pageOffset = z
  .number({ message: 'validation.pageOffset' })
  .int({ message: 'validation.pageOffset' })
  .min(0, { message: 'validation.pageOffset' })
  .max(Number.MAX_SAFE_INTEGER, { message: 'validation.pageOffset' })
  .default(0);
