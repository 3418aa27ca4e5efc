import { In, type EntityManager } from 'typeorm';
import type { GroupNote, NoteContent, NoteRevision, NoteSubjectKind, NoteSubjectRef, ResidentGoal } from '../../../shared/contract/notes';
import { ResidentEntity } from '../residents/resident.entity';
import { NoteAddendumEntity } from './note-addendum.entity';
import { NoteRevisionEntity } from './note-revision.entity';
import { readNoteContent, templateForSubject } from './note-template-in-force';
import { GroupNoteEntity } from './group-note.entity';
import { ResidentGoalEntity } from './resident-goal.entity';
import { staffNames } from './staff-names';
import { noteSubject } from './subjects';

// Reading notes into the contract's DTOs (entities never leave the core).

export const residentName = (resident: ResidentEntity): string =>
  `${resident.preferredName ? `${resident.firstName} (${resident.preferredName})` : resident.firstName} ${resident.lastName}`;

export const parseContent = (row: NoteRevisionEntity): NoteContent => readNoteContent(row.content);

export async function toRevision(manager: EntityManager, row: NoteRevisionEntity): Promise<NoteRevision> {
  const names = await staffNames(manager, [row.authorStaffId]);
  return { id: row.id, noteId: row.noteId, baseRevisionId: row.baseRevisionId, authorStaffId: row.authorStaffId, authorName: names.get(row.authorStaffId) ?? '', savedAt: row.savedAt, content: parseContent(row) };
}

export async function toGoals(manager: EntityManager, rows: ResidentGoalEntity[]): Promise<ResidentGoal[]> {
  const notes = rows.length ? await manager.findBy(GroupNoteEntity, { id: In([...new Set(rows.map((row) => row.noteId))]) }) : [];
  const meetings = new Map<string, { title: string; subjectKind: NoteSubjectKind }>();
  for (const note of notes) meetings.set(note.id, { title: (await noteSubject(note.subjectKind).label(manager, note.subjectId)).title, subjectKind: note.subjectKind });
  return rows.map((row) => {
    const meeting = meetings.get(row.noteId);
    return { id: row.id, residentId: row.residentId, text: row.text, status: row.status, version: row.version, setOn: row.setOn, meetingTitle: meeting?.title ?? '', subjectKind: meeting?.subjectKind ?? 'occurrence' };
  });
}

/**
 * Open goals set at earlier meetings of the same series (a group's session, a mentoring pair), for
 * the check-in: the facilitator follows up on last week's goal beside each person.
 */
async function openGoalsFromSeries(manager: EntityManager, subject: NoteSubjectRef, residentIds: string[]): Promise<Map<string, ResidentGoal[]>> {
  if (residentIds.length === 0) return new Map();
  const noteIds = await noteSubject(subject.subjectKind).earlierNotesWithOpenGoals(manager, subject.subjectId);
  if (noteIds.length === 0) return new Map();
  const rows = await manager.find(ResidentGoalEntity, { where: { residentId: In(residentIds), noteId: In(noteIds), status: 'open' }, order: { setOn: 'ASC' } });
  const goals = await toGoals(manager, rows);
  const byResident = new Map<string, ResidentGoal[]>();
  for (const goal of goals) byResident.set(goal.residentId, [...(byResident.get(goal.residentId) ?? []), goal]);
  return byResident;
}

/** The whole note of a meeting as the screen shows it. The caller has checked the person may read it. */
export async function loadGroupNote(manager: EntityManager, subject: NoteSubjectRef): Promise<GroupNote> {
  const kind = noteSubject(subject.subjectKind);
  const meeting = await kind.meeting(manager, subject.subjectId);
  const note = await manager.findOneBy(GroupNoteEntity, { subjectKind: subject.subjectKind, subjectId: subject.subjectId });
  const headRow = note ? await manager.findOneByOrFail(NoteRevisionEntity, { id: note.signedRevisionId ?? note.headRevisionId }) : null;
  const head = headRow ? await toRevision(manager, headRow) : null;
  const refs = await kind.participants(manager, subject.subjectId, head?.content ?? null, !note?.signedAt);
  const residentIds = refs.map((ref) => ref.residentId);
  const residents = residentIds.length ? await manager.findBy(ResidentEntity, { id: In(residentIds) }) : [];
  const byId = new Map(residents.map((resident) => [resident.id, resident]));
  const goals = await openGoalsFromSeries(manager, subject, residentIds);
  const addenda = note ? await manager.find(NoteAddendumEntity, { where: { noteId: note.id }, order: { writtenAt: 'ASC', id: 'ASC' } }) : [];
  const names = await staffNames(manager, [note?.signedByStaffId ?? null, note?.cosignedByStaffId ?? null, ...addenda.map((a) => a.authorStaffId)]);
  return {
    meeting,
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
    template: note?.signedAt ? null : await templateForSubject(manager, subject),
  };
}
