import { In, type EntityManager } from 'typeorm';
import type { GroupNote, NoteContent, NoteMeeting, NoteRevision, ResidentGoal } from '../../../shared/contract/notes';
import { ResidentEntity } from '../residents/resident.entity';
import { ActivityTypeEntity } from '../schedule/catalogue/activity-type.entity';
import { OccurrenceFacilitatorEntity } from '../schedule/sessions/occurrence-links.entity';
import { OccurrenceEntity } from '../schedule/sessions/occurrence.entity';
import { SessionEntity } from '../schedule/sessions/session.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { noteNotFound } from './note-access';
import { NoteAddendumEntity } from './note-addendum.entity';
import { listNoteParticipants } from './note-participants';
import { NoteRevisionEntity } from './note-revision.entity';
import { readNoteContent, templateForMeeting } from './note-template-in-force';
import { GroupNoteEntity } from './group-note.entity';
import { ResidentGoalEntity } from './resident-goal.entity';

// Reading notes into the contract's DTOs (entities never leave the core).

export async function staffNames(manager: EntityManager, ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const rows = wanted.length ? await manager.findBy(StaffMemberEntity, { id: In(wanted) }) : [];
  return new Map(rows.map((row) => [row.id, `${row.firstName} ${row.lastName}`]));
}

export const residentName = (resident: ResidentEntity): string =>
  `${resident.preferredName ? `${resident.firstName} (${resident.preferredName})` : resident.firstName} ${resident.lastName}`;

export async function loadOccurrence(manager: EntityManager, occurrenceId: string): Promise<OccurrenceEntity> {
  const occurrence = await manager.findOneBy(OccurrenceEntity, { id: occurrenceId });
  if (!occurrence) throw noteNotFound();
  return occurrence;
}

export async function meetingTitle(manager: EntityManager, occurrence: OccurrenceEntity): Promise<string> {
  if (occurrence.title) return occurrence.title;
  const session = await manager.findOneByOrFail(SessionEntity, { id: occurrence.sessionId });
  return session.title ?? (await manager.findOneByOrFail(ActivityTypeEntity, { id: session.activityTypeId })).name;
}

async function meetingOf(manager: EntityManager, occurrence: OccurrenceEntity): Promise<NoteMeeting> {
  const facilitatorIds = (await manager.findBy(OccurrenceFacilitatorEntity, { occurrenceId: occurrence.id })).map((row) => row.staffId);
  const names = await staffNames(manager, facilitatorIds);
  return {
    subjectKind: 'occurrence',
    subjectId: occurrence.id,
    title: await meetingTitle(manager, occurrence),
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    localDate: occurrence.localDate,
    facilitators: facilitatorIds.map((id) => ({ id, name: names.get(id) ?? '' })),
  };
}

export const parseContent = (row: NoteRevisionEntity): NoteContent => readNoteContent(row.content);

export async function toRevision(manager: EntityManager, row: NoteRevisionEntity): Promise<NoteRevision> {
  const names = await staffNames(manager, [row.authorStaffId]);
  return { id: row.id, noteId: row.noteId, baseRevisionId: row.baseRevisionId, authorStaffId: row.authorStaffId, authorName: names.get(row.authorStaffId) ?? '', savedAt: row.savedAt, content: parseContent(row) };
}

export async function toGoals(manager: EntityManager, rows: ResidentGoalEntity[]): Promise<ResidentGoal[]> {
  const notes = rows.length ? await manager.findBy(GroupNoteEntity, { id: In([...new Set(rows.map((row) => row.noteId))]) }) : [];
  const titles = new Map<string, string>();
  for (const note of notes) titles.set(note.id, await meetingTitle(manager, await loadOccurrence(manager, note.subjectId)));
  return rows.map((row) => ({ id: row.id, residentId: row.residentId, text: row.text, status: row.status, version: row.version, setOn: row.setOn, meetingTitle: titles.get(row.noteId) ?? '' }));
}

/**
 * Open goals set at earlier meetings of the same session (the series), for the check-in: the
 * facilitator follows up on last week's goal beside each person.
 */
async function openGoalsFromSeries(manager: EntityManager, occurrence: OccurrenceEntity, residentIds: string[]): Promise<Map<string, ResidentGoal[]>> {
  if (residentIds.length === 0) return new Map();
  const rows = await manager
    .createQueryBuilder(ResidentGoalEntity, 'g')
    .innerJoin(GroupNoteEntity, 'n', 'n.id = g.noteId')
    .innerJoin(OccurrenceEntity, 'o', "n.subjectKind = 'occurrence' AND o.id = n.subjectId")
    .where('g.residentId IN (:...residentIds)', { residentIds })
    .andWhere("g.status = 'open'")
    .andWhere('o.sessionId = :sessionId AND o.startsAt < :startsAt', { sessionId: occurrence.sessionId, startsAt: occurrence.startsAt })
    .orderBy('g.setOn', 'ASC')
    .getMany();
  const goals = await toGoals(manager, rows);
  const byResident = new Map<string, ResidentGoal[]>();
  for (const goal of goals) byResident.set(goal.residentId, [...(byResident.get(goal.residentId) ?? []), goal]);
  return byResident;
}

/** The whole note of a meeting as the screen shows it. The caller has checked the person may read it. */
export async function loadGroupNote(manager: EntityManager, occurrenceId: string): Promise<GroupNote> {
  const occurrence = await loadOccurrence(manager, occurrenceId);
  const note = await manager.findOneBy(GroupNoteEntity, { subjectKind: 'occurrence', subjectId: occurrenceId });
  const headRow = note ? await manager.findOneByOrFail(NoteRevisionEntity, { id: note.signedRevisionId ?? note.headRevisionId }) : null;
  const head = headRow ? await toRevision(manager, headRow) : null;
  const refs = await listNoteParticipants(manager, occurrenceId, head?.content ?? null, !note?.signedAt);
  const residentIds = refs.map((ref) => ref.residentId);
  const residents = residentIds.length ? await manager.findBy(ResidentEntity, { id: In(residentIds) }) : [];
  const byId = new Map(residents.map((resident) => [resident.id, resident]));
  const goals = await openGoalsFromSeries(manager, occurrence, residentIds);
  const addenda = note ? await manager.find(NoteAddendumEntity, { where: { noteId: note.id }, order: { writtenAt: 'ASC', id: 'ASC' } }) : [];
  const names = await staffNames(manager, [note?.signedByStaffId ?? null, note?.cosignedByStaffId ?? null, ...addenda.map((a) => a.authorStaffId)]);
  return {
    meeting: await meetingOf(manager, occurrence),
    noteId: note?.id ?? null,
    // In name order, as the register lists them: the order the facilitator goes round the room in the note.
    participants: refs
      .map(({ residentId, attendance }) => {
        const resident = byId.get(residentId);
        return { residentId, name: resident ? residentName(resident) : '', attendance, sortKey: resident?.searchName ?? '', openGoals: goals.get(residentId) ?? [] };
      })
      .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
      .map(({ sortKey: _sortKey, ...participant }) => participant),
    head,
    signature:
      note?.signedAt && note.signedByStaffId && note.signedRevisionId && note.contentHash
        ? { staffId: note.signedByStaffId, name: names.get(note.signedByStaffId) ?? '', at: note.signedAt, revisionId: note.signedRevisionId, hash: note.contentHash }
        : null,
    coSignature: note?.cosignedAt && note.cosignedByStaffId ? { staffId: note.cosignedByStaffId, name: names.get(note.cosignedByStaffId) ?? '', at: note.cosignedAt } : null,
    addenda: addenda.map((a) => ({ id: a.id, text: a.text, authorName: names.get(a.authorStaffId) ?? '', at: a.writtenAt, hash: a.contentHash })),
    template: note?.signedAt ? null : await templateForMeeting(manager, occurrence),
  };
}
