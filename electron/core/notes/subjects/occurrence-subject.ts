import type { EntityManager } from 'typeorm';
import { ActivityTypeEntity } from '../../schedule/catalogue/activity-type.entity';
import { OccurrenceFacilitatorEntity } from '../../schedule/sessions/occurrence-links.entity';
import { OccurrenceEntity } from '../../schedule/sessions/occurrence.entity';
import { SessionEntity } from '../../schedule/sessions/session.entity';
import { noteNotFound, seesEveryNote } from '../note-readers';
import { listNoteParticipants } from '../note-participants';
import { staffNames } from '../staff-names';
import type { NoteSubject } from './note-subject';
import { notesWithOpenGoals } from './series-goals';

// A scheduled group meeting: its facilitators read its note, its roster and attendance are its people,
// its session is its series.

async function loadOccurrence(manager: EntityManager, occurrenceId: string): Promise<OccurrenceEntity> {
  const occurrence = await manager.findOneBy(OccurrenceEntity, { id: occurrenceId });
  if (!occurrence) throw noteNotFound();
  return occurrence;
}

async function titleOf(manager: EntityManager, occurrence: OccurrenceEntity): Promise<string> {
  if (occurrence.title) return occurrence.title;
  const session = await manager.findOneByOrFail(SessionEntity, { id: occurrence.sessionId });
  return session.title ?? (await manager.findOneByOrFail(ActivityTypeEntity, { id: session.activityTypeId })).name;
}

export const occurrenceSubject: NoteSubject = {
  kind: 'occurrence',

  async meeting(manager, subjectId) {
    const occurrence = await loadOccurrence(manager, subjectId);
    const facilitatorIds = (await manager.findBy(OccurrenceFacilitatorEntity, { occurrenceId: occurrence.id })).map((row) => row.staffId);
    const names = await staffNames(manager, facilitatorIds);
    return {
      subjectKind: 'occurrence',
      subjectId: occurrence.id,
      title: await titleOf(manager, occurrence),
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      localDate: occurrence.localDate,
      durationMinutes: null,
      facilitators: facilitatorIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    };
  },

  async label(manager, subjectId) {
    const occurrence = await loadOccurrence(manager, subjectId);
    return { title: await titleOf(manager, occurrence), localDate: occurrence.localDate };
  },

  participants: listNoteParticipants,

  async mayRead(manager, actor, subjectId) {
    if (seesEveryNote(actor)) return (await manager.countBy(OccurrenceEntity, { id: subjectId })) > 0;
    return (await manager.countBy(OccurrenceFacilitatorEntity, { occurrenceId: subjectId, staffId: actor.staffId })) > 0;
  },

  async earlierNotesWithOpenGoals(manager, subjectId) {
    const occurrence = await loadOccurrence(manager, subjectId);
    return notesWithOpenGoals(manager, 'occurrence', (query) =>
      query.innerJoin(OccurrenceEntity, 'o', 'o.id = n.subjectId').andWhere('o.sessionId = :sessionId AND o.startsAt < :startsAt', { sessionId: occurrence.sessionId, startsAt: occurrence.startsAt }),
    );
  },
};
