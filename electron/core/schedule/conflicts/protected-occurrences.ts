import { In, type EntityManager } from 'typeorm';
import { AttendanceMarkEntity } from '../../attendance/attendance-mark.entity';

/** Ids per query: well under any driver's limit of bound parameters. */
const CHUNK = 500;

/**
 * The occurrences among `ids` that hold records of their own (attendance, a note): a series edit
 * never rewrites or deletes them, whatever their date. Attendance (issue 15) is looked up here;
 * group notes (issue 16) add their table's lookup, batched over `ids` like the rest of the schedule.
 */
export async function occurrencesWithRecords(manager: EntityManager, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const marks = await manager
      .getRepository(AttendanceMarkEntity)
      .createQueryBuilder('m')
      .select('DISTINCT m.occurrenceId', 'occurrenceId')
      .where({ occurrenceId: In(ids.slice(start, start + CHUNK)) })
      .getRawMany<{ occurrenceId: string }>();
    for (const mark of marks) found.add(mark.occurrenceId);
  }
  return found;
}
