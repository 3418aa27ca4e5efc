import { describe, expect, test } from 'vitest';
import { DEFAULT_NOTE_TEMPLATE, MAX_CUSTOM_NOTE_SECTIONS, noteTemplate, type NoteTemplateSection } from '../../../shared/contract/note-templates';
import { noteContent } from '../../../shared/contract/notes';

const standard = DEFAULT_NOTE_TEMPLATE.sections;
const custom = (n: number, overrides: Partial<NoteTemplateSection> = {}): NoteTemplateSection => ({ key: `custom-${n}`, heading: `Own section ${n}`, prompt: '', included: true, ...overrides });
const messagesOf = (value: unknown): string[] => {
  const result = noteTemplate.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('a group’s note template', () => {
  test('the default has the five usual sections in the order a peer meeting runs, all in', () => {
    expect(noteTemplate.parse(DEFAULT_NOTE_TEMPLATE)).toEqual(DEFAULT_NOTE_TEMPLATE);
    expect(standard.map((s) => s.key)).toEqual(['checkIn', 'topic', 'discussion', 'sharing', 'closing']);
  });

  test('sections can be reordered, renamed, given a prompt and left out, with sections of the group’s own', () => {
    const sections = [{ ...standard[4], heading: 'Goals round', prompt: 'One goal each' }, custom(1, { heading: 'Safety check' }), ...standard.slice(0, 4).map((s) => ({ ...s, included: s.key !== 'topic' }))];
    expect(noteTemplate.parse({ sections }).sections.map((s) => s.key)).toEqual(['closing', 'custom-1', 'checkIn', 'topic', 'discussion', 'sharing']);
  });

  test('keeps at least one section in the note', () => {
    expect(messagesOf({ sections: standard.map((s) => ({ ...s, included: false })) })).toEqual(['validation.noteTemplateNothingIncluded']);
    expect(messagesOf({ sections: [...standard.map((s) => ({ ...s, included: false })), custom(1)] })).toEqual([]);
  });

  test('names each section once, and keeps every usual section (left out, not removed)', () => {
    expect(messagesOf({ sections: [...standard, custom(1), custom(1)] })).toEqual(['validation.noteTemplateDuplicateSection']);
    expect(messagesOf({ sections: standard.slice(1) })).toEqual(['validation.noteTemplateStandardMissing']);
    expect(messagesOf({ sections: [] })).toContain('validation.noteTemplateTooManySections');
  });

  test('has at most five sections of the group’s own, each with a heading, within the length limits', () => {
    const five = Array.from({ length: MAX_CUSTOM_NOTE_SECTIONS }, (_, i) => custom(i));
    expect(messagesOf({ sections: [...standard, ...five] })).toEqual([]);
    expect(messagesOf({ sections: [...standard, ...five, custom(9)] })).toEqual(['validation.noteTemplateTooManySections']);
    expect(messagesOf({ sections: [...standard, custom(1, { heading: '   ' })] })).toEqual(['validation.noteTemplateHeadingRequired']);
    expect(messagesOf({ sections: [...standard, custom(1, { heading: 'x'.repeat(81) })] })).toEqual(['validation.tooLong']);
    expect(messagesOf({ sections: [...standard, custom(1, { prompt: 'x'.repeat(301) })] })).toEqual(['validation.tooLong']);
    expect(messagesOf({ sections: [...standard, custom(1, { key: 'readings' })] })).toEqual(['validation.noteTemplateKey']);
  });
});

describe('a note’s content with the group’s own sections', () => {
  const base = { facilitatorId: null, coFacilitatorId: null, topic: '', discussion: '', closing: '', participants: [] };

  test('every revision saved before templates still parses, as having none', () => {
    expect(noteContent.parse(base).sections).toEqual([]);
  });

  test('keeps each section’s heading as written, once per key', () => {
    const section = { key: 'custom-1', heading: 'Safety check', text: 'All safe.\n' };
    expect(noteContent.parse({ ...base, sections: [section] }).sections).toEqual([section]);
    expect(noteContent.safeParse({ ...base, sections: [section, section] }).success).toBe(false);
    expect(noteContent.safeParse({ ...base, sections: [{ ...section, heading: '' }] }).success).toBe(false);
  });
});
