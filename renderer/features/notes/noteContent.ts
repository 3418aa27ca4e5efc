import type { GroupNote, NoteContent, NoteParticipant, ParticipantLines } from '../../../shared/contract/notes';

const wasAway = (participant: NoteParticipant) => participant.attendance?.status === 'absent' || participant.attendance?.status === 'excused';

export const emptyLines = (residentId: string): ParticipantLines => ({ residentId, checkIn: '', mood: null, sharing: '', goal: '' });

/** What the editor starts from: the newest revision, with an empty line for each participant present (or not yet marked) who has none yet. */
export function startingContent(note: GroupNote): NoteContent {
  const head = note.head?.content;
  const base: NoteContent = head ?? { facilitatorId: note.meeting.facilitators[0]?.id ?? null, coFacilitatorId: note.meeting.facilitators[1]?.id ?? null, topic: '', discussion: '', closing: '', participants: [], sections: [] };
  // The lines in the order of the note's participants (by name), each once: written lines are kept,
  // and everyone not marked absent or excused gets an empty one (nobody is marked before attendance is taken).
  const written = new Map(base.participants.map((line) => [line.residentId, line]));
  return { ...base, participants: note.participants.flatMap((p) => written.get(p.residentId) ?? (wasAway(p) ? [] : [emptyLines(p.residentId)])) };
}

export function withLine(content: NoteContent, residentId: string, change: Partial<Omit<ParticipantLines, 'residentId'>>): NoteContent {
  return { ...content, participants: content.participants.map((line) => (line.residentId === residentId ? { ...line, ...change } : line)) };
}
