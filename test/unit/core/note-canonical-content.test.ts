import { describe, expect, test } from 'vitest';
import type { NoteContent } from '../../../shared/contract/notes';
import { canonicalNoteContent, hashNoteContent } from '../../../electron/core/notes/canonical-content';

const line = (residentId: string, checkIn: string) => ({ residentId, checkIn, mood: 3, sharing: '', goal: '' });
const content: NoteContent = { facilitatorId: null, coFacilitatorId: null, topic: 'Mornings', discussion: 'Routines', closing: '', participants: [line('b', 'Tired'), line('a', 'Rested')], sections: [] };

describe('the canonical content a signature hashes', () => {
  test('is the same whatever order the keys and the participants’ lines were written in', () => {
    const reordered = { participants: [...content.participants].reverse().map((l) => ({ goal: l.goal, sharing: l.sharing, mood: l.mood, checkIn: l.checkIn, residentId: l.residentId })), closing: '', discussion: 'Routines', topic: 'Mornings', coFacilitatorId: null, facilitatorId: null, sections: [] };
    expect(canonicalNoteContent(reordered)).toBe(canonicalNoteContent(content));
    expect(hashNoteContent(reordered)).toBe(hashNoteContent(content));
  });

  test('changes with any word of the note', () => {
    expect(hashNoteContent({ ...content, participants: [line('b', 'Tired.'), line('a', 'Rested')] })).not.toBe(hashNoteContent(content));
    expect(hashNoteContent(content)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the canonical content of notes written before and after group templates', () => {
  // A note as signed before templates existed; its hash was computed then, by the code of that time.
  const signedBeforeTemplates = {
    facilitatorId: '0190f3a0-0000-7000-8000-0000000000f1',
    coFacilitatorId: null,
    topic: 'Mornings',
    discussion: 'We talked about routines.\nAnd sleep.',
    closing: 'Round done',
    participants: [
      { residentId: '0190f3a0-0000-7000-8000-0000000000b2', checkIn: 'Tired', mood: 2, sharing: 'Missed his sister', goal: 'Call his sister' },
      { residentId: '0190f3a0-0000-7000-8000-0000000000a1', checkIn: 'Slept well', mood: 4, sharing: 'Brushed Biscuit', goal: 'Walk before breakfast' },
    ],
  };
  const STORED_HASH = 'd7278ccc9f847b1db518c2e4b67bf010eb4983e4d1f357109e9acb8c67970e19';

  test('a note signed before templates still matches its stored hash, read as having no custom sections', () => {
    expect(hashNoteContent({ ...signedBeforeTemplates, sections: [] })).toBe(STORED_HASH);
  });

  test('custom sections, with their headings, are part of what is signed', () => {
    const withSafety = { ...signedBeforeTemplates, sections: [{ key: 'custom-safety', heading: 'Safety check', text: 'Nobody at risk.' }] };
    expect(hashNoteContent(withSafety)).not.toBe(STORED_HASH);
    expect(hashNoteContent({ ...withSafety, sections: [{ ...withSafety.sections[0], heading: 'Safety' }] })).not.toBe(hashNoteContent(withSafety));
    expect(canonicalNoteContent(withSafety)).toContain('"sections":[{"heading":"Safety check","key":"custom-safety","text":"Nobody at risk."}]');
  });
});
