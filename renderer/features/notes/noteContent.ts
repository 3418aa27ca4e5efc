import type { GroupNote, NoteContent, NoteParticipant, ParticipantLines } from '../../../shared/contract/notes';

const wasAway = (participant: NoteParticipant) => participant.attendance?.status === 'absent' || participant.attendance?.status === 'excused';

export const emptyLines = (residentId: string): ParticipantLines => ({ residentId, checkIn: '', mood: null, sharing: '', goal: '' });

/** What the editor starts from: the newest revision, with an empty line for each participant present (or not yet marked) who has none yet. */
export function startingContent(note: GroupNote): NoteContent {
  const head = note.head?.content;
  const base: NoteContent = head ?? { facilitatorId: note.meeting.facilitators[0]?.id ?? null, coFacilitatorId: note.meeting.facilitators[1]?.id ?? null, topic: '', discussion: '', closing: '', participants: [] };
  // The lines in the order of the note's participants (by name), each once: written lines are kept,
  // and everyone not marked absent or excused gets an empty one (nobody is marked before attendance is taken).
  const written = new Map(base.participants.map((line) => [line.residentId, line]));
  return { ...base, participants: note.participants.flatMap((p) => written.get(p.residentId) ?? (wasAway(p) ? [] : [emptyLines(p.residentId)])) };
}

const isBlank = (line: ParticipantLines) => line.checkIn.trim() === '' && line.mood === null && line.sharing.trim() === '' && line.goal.trim() === '';

/**
 * The lines the editor shows, in the note's participant order: attendance taken while the note is
 * open (in the note itself, or elsewhere) changes who gets a line without touching the saved
 * content: a walk-in gets an empty line, someone marked absent or excused loses theirs while it is
 * still blank. Whatever was written stays shown.
 */
export function linesToShow(note: GroupNote, content: NoteContent): ParticipantLines[] {
  const written = new Map(content.participants.map((line) => [line.residentId, line]));
  const listed = new Set(note.participants.map((p) => p.residentId));
  const shown = note.participants.flatMap((p) => {
    const line = written.get(p.residentId);
    if (wasAway(p)) return line && !isBlank(line) ? [line] : [];
    return [line ?? emptyLines(p.residentId)];
  });
  // Lines typed for someone the note no longer lists (until the next open says who they are).
  return [...shown, ...content.participants.filter((line) => !listed.has(line.residentId))];
}

/** A change to one person's lines; their first keystroke on an empty line adds the line to the content. */
export function withLine(content: NoteContent, residentId: string, change: Partial<Omit<ParticipantLines, 'residentId'>>): NoteContent {
  if (!content.participants.some((line) => line.residentId === residentId)) return { ...content, participants: [...content.participants, { ...emptyLines(residentId), ...change }] };
  return { ...content, participants: content.participants.map((line) => (line.residentId === residentId ? { ...line, ...change } : line)) };
}
