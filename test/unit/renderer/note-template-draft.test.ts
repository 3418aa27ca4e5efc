import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTE_TEMPLATE, isCustomSectionKey } from '../../../shared/contract/note-templates';
import { addCustomSection, changeSection, moveSection, newCustomSectionKey, removeSection, templateProblems } from '../../../renderer/features/groups/noteTemplateDraft';

const keys = (template: { sections: Array<{ key: string }> }) => template.sections.map((section) => section.key);

describe('editing a group’s note template', () => {
  it('moves a section up or down one place, and not past either end', () => {
    expect(keys(moveSection(DEFAULT_NOTE_TEMPLATE, 'topic', -1))).toEqual(['topic', 'checkIn', 'discussion', 'sharing', 'closing']);
    expect(keys(moveSection(DEFAULT_NOTE_TEMPLATE, 'topic', 1))).toEqual(['checkIn', 'discussion', 'topic', 'sharing', 'closing']);
    expect(moveSection(DEFAULT_NOTE_TEMPLATE, 'checkIn', -1)).toBe(DEFAULT_NOTE_TEMPLATE);
    expect(moveSection(DEFAULT_NOTE_TEMPLATE, 'closing', 1)).toBe(DEFAULT_NOTE_TEMPLATE);
  });

  it('adds a section of the group’s own with a key the contract accepts, and removes it again', () => {
    const key = newCustomSectionKey();
    expect(isCustomSectionKey(key)).toBe(true);
    const added = addCustomSection(DEFAULT_NOTE_TEMPLATE, key);
    expect(added.sections.at(-1)).toEqual({ key, heading: '', prompt: '', included: true });
    expect(removeSection(added, key)).toEqual(DEFAULT_NOTE_TEMPLATE);
  });

  it('puts each problem under the field it is about, and the list’s problems above the list', () => {
    const key = newCustomSectionKey();
    const unnamed = addCustomSection(DEFAULT_NOTE_TEMPLATE, key);
    expect(templateProblems(unnamed)).toEqual({ list: [], fields: { [key]: { heading: 'validation.noteTemplateHeadingRequired' } } });
    const nothingIn = DEFAULT_NOTE_TEMPLATE.sections.reduce((template, section) => changeSection(template, section.key, { included: false }), DEFAULT_NOTE_TEMPLATE);
    expect(templateProblems(nothingIn)).toEqual({ list: ['validation.noteTemplateNothingIncluded'], fields: {} });
    expect(templateProblems(changeSection(DEFAULT_NOTE_TEMPLATE, 'topic', { prompt: 'x'.repeat(301) })).fields).toEqual({ topic: { prompt: 'validation.tooLong' } });
  });
});
