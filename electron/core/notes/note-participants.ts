import type { EntityManager } from 'typeorm';
import type { NoteAttendance, NoteContent } from '../../../shared/contract/notes';
import { AttendanceMarkEntity } from '../attendance/attendance-mark.entity';
import { OccurrenceParticipantEntity } from '../schedule/sessions/occurrence-links.entity';

export interface NoteParticipantRef {
  residentId: string;
  /** How they were marked at the meeting; null before attendance is taken (and on a signed note). */
  attendance: NoteAttendance | null;
}

/** The people of a note whose lines are all there is: no attendance (a signed note keeps exactly its lines). */
export const writtenParticipants = (content: NoteContent | null): NoteParticipantRef[] =>
  [...new Set(content?.participants.map((line) => line.residentId) ?? [])].map((residentId) => ({ residentId, attendance: null }));

/**
 * Who is on a group meeting's note (notes/subjects/occurrence-subject.ts): the meeting's roster and its walk-ins (recording a walk-in books
 * them on the occurrence, and anyone with a mark is counted too), each with the attendance taken
 * for them, then anyone who already has lines in the note, so taking someone off the meeting never
 * hides what was written about them. Absent and excused people stay listed, with their status: the
 * editor gives them no empty lines of their own (see renderer/features/notes/noteContent.ts), but
 * lines written for them are kept. A signed note passes `live: false`: it shows exactly the lines
 * that were signed, without today's attendance, whatever the meeting or its marks became since.
 */
export async function listNoteParticipants(manager: EntityManager, occurrenceId: string, content: NoteContent | null, live: boolean): Promise<NoteParticipantRef[]> {
  if (!live) return writtenParticipants(content);
  const written = content?.participants.map((line) => line.residentId) ?? [];
  const [booked, marks] = await Promise.all([manager.findBy(OccurrenceParticipantEntity, { occurrenceId }), manager.findBy(AttendanceMarkEntity, { occurrenceId })]);
  const byResident = new Map(marks.map((mark) => [mark.residentId, { status: mark.status, walkIn: mark.walkIn }]));
  const ids = [...new Set([...booked.map((row) => row.residentId), ...marks.map((mark) => mark.residentId), ...written])];
  return ids.map((residentId) => ({ residentId, attendance: byResident.get(residentId) ?? null }));
}

