import type { EntityManager } from 'typeorm';

/**
 * The occurrences among `ids` that hold records of their own (attendance, a note): a series edit
 * never rewrites or deletes them, whatever their date. None exist yet: issues 15 (attendance) and
 * 16 (group notes) add their tables' lookups here, batched over `ids` like the rest of the schedule.
 */
export function occurrencesWithRecords(manager: EntityManager, ids: string[]): Promise<Set<string>> {
  void manager;
  void ids;
  return Promise.resolve(new Set<string>());
}
