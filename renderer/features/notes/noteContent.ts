import type { GroupNote, NoteContent, ParticipantLines } from '../../../shared/contract/notes';

export const emptyLines = (residentId: string): ParticipantLines => ({ residentId, checkIn: '', mood: null, sharing: '', goal: '' });

/** What the editor starts from: the newest revision, with an empty line for each participant who has none yet. */
export function startingContent(note: GroupNote): NoteContent {
  const head = note.head?.content;
  const base: NoteContent = head ?? { facilitatorId: note.meeting.facilitators[0]?.id ?? null, coFacilitatorId: note.meeting.facilitators[1]?.id ?? null, topic: '', discussion: '', closing: '', participants: [] };
  // The lines in the order of the note's participants (by name), each once, with a line for everyone.
  const written = new Map(base.participants.map((line) => [line.residentId, line]));
  return { ...base, participants: note.participants.map((p) => written.get(p.residentId) ?? emptyLines(p.residentId)) };
}

export function withLine(content: NoteContent, residentId: string, change: Partial<Omit<ParticipantLines, 'residentId'>>): NoteContent {
  return { ...content, participants: content.participants.map((line) => (line.residentId === residentId ? { ...line, ...change } : line)) };
}
