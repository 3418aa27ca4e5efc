import { In, type EntityManager } from 'typeorm';
import { AttendanceMarkEntity } from '../../attendance/attendance-mark.entity';
import { GroupNoteEntity } from '../../notes/group-note.entity';

/** Ids per query: well under any driver's limit of bound parameters. */
const CHUNK = 500;

/**
 * The occurrences among `ids` that hold records of their own (attendance, a note): a series edit
 * never rewrites or deletes them, whatever their date: attendance marks (issue 15) and group
 * notes (issue 16; a note started but not yet signed counts too: what was written stays with its
 * meeting), batched over `ids` like the rest of the schedule.
 */
export async function occurrencesWithRecords(manager: EntityManager, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const marks = await manager
      .getRepository(AttendanceMarkEntity)
      .createQueryBuilder('m')
      .select('DISTINCT m.occurrenceId', 'occurrenceId')
      .where({ occurrenceId: In(chunk) })
      .getRawMany<{ occurrenceId: string }>();
    for (const mark of marks) found.add(mark.occurrenceId);
    const notes = await manager
      .getRepository(GroupNoteEntity)
      .createQueryBuilder('n')
      .select('n.subjectId', 'occurrenceId')
      .where({ subjectKind: 'occurrence', subjectId: In(chunk) })
      .getRawMany<{ occurrenceId: string }>();
    for (const note of notes) found.add(note.occurrenceId);
  }
  return found;
}
