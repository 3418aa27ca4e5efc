import { describe, expect, test } from 'vitest';
import type { NoteContent } from '../../../shared/contract/notes';
import { canonicalNoteContent, hashNoteContent } from '../../../electron/core/notes/canonical-content';

const line = (residentId: string, checkIn: string) => ({ residentId, checkIn, mood: 3, sharing: '', goal: '' });
const content: NoteContent = { facilitatorId: null, coFacilitatorId: null, topic: 'Mornings', discussion: 'Routines', closing: '', participants: [line('b', 'Tired'), line('a', 'Rested')] };

describe('the canonical content a signature hashes', () => {
  test('is the same whatever order the keys and the participants’ lines were written in', () => {
    const reordered = { participants: [...content.participants].reverse().map((l) => ({ goal: l.goal, sharing: l.sharing, mood: l.mood, checkIn: l.checkIn, residentId: l.residentId })), closing: '', discussion: 'Routines', topic: 'Mornings', coFacilitatorId: null, facilitatorId: null };
    expect(canonicalNoteContent(reordered)).toBe(canonicalNoteContent(content));
    expect(hashNoteContent(reordered)).toBe(hashNoteContent(content));
  });

  test('changes with any word of the note', () => {
    expect(hashNoteContent({ ...content, participants: [line('b', 'Tired.'), line('a', 'Rested')] })).not.toBe(hashNoteContent(content));
    expect(hashNoteContent(content)).toMatch(/^[0-9a-f]{64}$/);
  });
});
