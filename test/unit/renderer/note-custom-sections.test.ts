import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTE_TEMPLATE, type NoteTemplate } from '../../../shared/contract/note-templates';
import type { NoteContent } from '../../../shared/contract/notes';
import { standardSectionHasText, withSectionText } from '../../../renderer/features/notes/noteContent';

const template: NoteTemplate = {
  sections: [
    { key: 'custom-readings', heading: 'Readings', prompt: '', included: true },
    ...DEFAULT_NOTE_TEMPLATE.sections,
    { key: 'custom-safety', heading: 'Safety check', prompt: '', included: true },
  ],
};
const empty: NoteContent = { facilitatorId: null, coFacilitatorId: null, topic: '', discussion: '', closing: '', participants: [{ residentId: 'a', checkIn: '', mood: null, sharing: '', goal: '' }], sections: [] };

describe('a note’s sections of the group’s own', () => {
  it('keeps each section’s text with the heading it was written under, in the template’s order', () => {
    const one = withSectionText(empty, template, { key: 'custom-safety', heading: 'Safety check', text: 'All safe' });
    const two = withSectionText(one, template, { key: 'custom-readings', heading: 'Readings', text: 'Step 3' });
    expect(two.sections).toEqual([
      { key: 'custom-readings', heading: 'Readings', text: 'Step 3' },
      { key: 'custom-safety', heading: 'Safety check', text: 'All safe' },
    ]);
    expect(withSectionText(two, template, { key: 'custom-safety', heading: 'Safety check', text: 'All safe.' }).sections.map((s) => s.text)).toEqual(['Step 3', 'All safe.']);
  });

  it('tells when a section left out of the template still holds something written, so it stays on screen', () => {
    expect(standardSectionHasText(empty, 'topic')).toBe(false);
    expect(standardSectionHasText({ ...empty, topic: 'Sleep' }, 'topic')).toBe(true);
    expect(standardSectionHasText({ ...empty, participants: [{ ...empty.participants[0], mood: 3 }] }, 'checkIn')).toBe(true);
    expect(standardSectionHasText({ ...empty, participants: [{ ...empty.participants[0], goal: 'Walk' }] }, 'closing')).toBe(true);
    expect(standardSectionHasText({ ...empty, participants: [{ ...empty.participants[0], goal: '  ' }] }, 'closing')).toBe(false);
  });
});
