import type { EntityManager } from 'typeorm';
import type { NoteContent } from '../../../shared/contract/notes';
import { OccurrenceParticipantEntity } from '../schedule/sessions/occurrence-links.entity';

/**
 * THE seam for who is on a note: the residents booked on the meeting (today the occurrence's
 * participants; attendance replaces this when it lands), then anyone who already has lines in the
 * note, so taking someone off the meeting never hides what was written about them. A signed note
 * passes `bookedToo: false`: it shows exactly the lines that were signed, whatever the meeting
 * became since.
 */
export async function listNoteParticipants(manager: EntityManager, occurrenceId: string, content: NoteContent | null, bookedToo: boolean): Promise<string[]> {
  const booked = bookedToo ? (await manager.findBy(OccurrenceParticipantEntity, { occurrenceId })).map((row) => row.residentId) : [];
  const written = content?.participants.map((line) => line.residentId) ?? [];
  return [...new Set([...booked, ...written])];
}
