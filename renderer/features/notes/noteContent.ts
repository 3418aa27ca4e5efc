import type { GroupNote, NoteContent, ParticipantLines } from '../../../shared/contract/notes';

export const emptyLines = (residentId: string): ParticipantLines => ({ residentId, checkIn: '', mood: null, sharing: '', goal: '' });

/** What the editor starts from: the newest revision, with an empty line for each participant who has none yet. */
export function startingContent(note: GroupNote): NoteContent {
  const head = note.head?.content;
  const base: NoteContent = head ?? { facilitatorId: note.meeting.facilitators[0]?.id ?? null, coFacilitatorId: note.meeting.facilitators[1]?.id ?? null, topic: '', discussion: '', closing: '', participants: [] };
  const written = new Set(base.participants.map((line) => line.residentId));
  return { ...base, participants: [...base.participants, ...note.participants.filter((p) => !written.has(p.residentId)).map((p) => emptyLines(p.residentId))] };
}

export function withLine(content: NoteContent, residentId: string, change: Partial<Omit<ParticipantLines, 'residentId'>>): NoteContent {
  return { ...content, participants: content.participants.map((line) => (line.residentId === residentId ? { ...line, ...change } : line)) };
}
