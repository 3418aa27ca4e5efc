import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { NoteSubjectKind } from '../../../../shared/contract/notes';
import { GroupNoteEntity } from '../group-note.entity';
import { ResidentGoalEntity } from '../resident-goal.entity';

/**
 * The notes of one kind that still have an open goal, narrowed by the kind to the earlier meetings
 * of a series: `earlierInSeries` joins the meeting's table to the note `n` and filters it.
 */
export async function notesWithOpenGoals(manager: EntityManager, kind: NoteSubjectKind, earlierInSeries: (query: SelectQueryBuilder<GroupNoteEntity>) => SelectQueryBuilder<GroupNoteEntity>): Promise<string[]> {
  const query = manager
    .createQueryBuilder(GroupNoteEntity, 'n')
    .select('DISTINCT n.id', 'id')
    .innerJoin(ResidentGoalEntity, 'g', "g.noteId = n.id AND g.status = 'open'")
    .where('n.subjectKind = :kind', { kind });
  const rows = await earlierInSeries(query).getRawMany<{ id: string }>();
  return rows.map((row) => row.id);
}
