import { z } from 'zod';
import { defineOperation } from './define';
import { list, recordId, text } from '../schemas/common';

// A group's template of note sections (issue 16: "a group can have its own template of sections").
//
// A template is an ordered list of sections, kept small on purpose:
// - the five standard sections of a peer meeting (check-in, topic, discussion, sharing, closing) are
//   always in the list, so their order is always known; each can be renamed (`heading`, '' = its
//   usual name), given a `prompt` (the hint shown in its empty fields), moved, and left out
//   (`included: false`). At least one section stays in. The closing round always keeps each
//   participant's goal for the coming week (goals are followed from week to week);
// - a few custom free-text sections of the group's own ("Readings", "Safety check"): a heading, a
//   prompt, a stable key. Their text is stored in the note itself with the heading copied in
//   (noteContent.sections), so a later change of the template never changes what a note says.
// A note that is not signed yet is written with its meeting's group's template, else the default.

export const STANDARD_NOTE_SECTIONS = ['checkIn', 'topic', 'discussion', 'sharing', 'closing'] as const;
export type StandardNoteSection = (typeof STANDARD_NOTE_SECTIONS)[number];

export const MAX_CUSTOM_NOTE_SECTIONS = 5;
export const MAX_SECTION_HEADING = 80;
export const MAX_SECTION_PROMPT = 300;

/** A custom section's key: made once by the screen that adds it, never reused for another section. */
const CUSTOM_KEY = /^custom-[a-z0-9-]{1,40}$/;
export const isStandardSection = (key: string): key is StandardNoteSection => (STANDARD_NOTE_SECTIONS as readonly string[]).includes(key);
export const isCustomSectionKey = (key: string): boolean => CUSTOM_KEY.test(key);

const customSectionKey = z.string({ message: 'validation.noteTemplateKey' }).refine(isCustomSectionKey, { message: 'validation.noteTemplateKey' });
const sectionKey = z.string({ message: 'validation.noteTemplateKey' }).refine((key) => isStandardSection(key) || isCustomSectionKey(key), { message: 'validation.noteTemplateKey' });

export const noteTemplateSection = z
  .strictObject({
    key: sectionKey,
    /** '' on a standard section: its usual heading. */
    heading: text({ max: MAX_SECTION_HEADING, typeMessage: 'validation.text' }),
    prompt: text({ max: MAX_SECTION_PROMPT, typeMessage: 'validation.text' }),
    included: z.boolean({ message: 'validation.choose' }),
  })
  .refine((section) => isStandardSection(section.key) || section.heading !== '', { path: ['heading'], message: 'validation.noteTemplateHeadingRequired' });
export type NoteTemplateSection = z.output<typeof noteTemplateSection>;

const keysOf = (sections: Array<{ key: string }>) => sections.map((section) => section.key);

export const noteTemplate = z.strictObject({
  sections: list(noteTemplateSection, { min: 1, max: STANDARD_NOTE_SECTIONS.length + MAX_CUSTOM_NOTE_SECTIONS, message: 'validation.noteTemplateTooManySections' })
    .refine((sections) => new Set(keysOf(sections)).size === sections.length, { message: 'validation.noteTemplateDuplicateSection' })
    .refine((sections) => STANDARD_NOTE_SECTIONS.every((key) => keysOf(sections).includes(key)), { message: 'validation.noteTemplateStandardMissing' })
    .refine((sections) => sections.some((section) => section.included), { message: 'validation.noteTemplateNothingIncluded' }),
});
export type NoteTemplate = z.output<typeof noteTemplate>;

/** The template of a group that has none of its own: the meeting as peer groups run it. */
export const DEFAULT_NOTE_TEMPLATE: NoteTemplate = {
  sections: STANDARD_NOTE_SECTIONS.map((key) => ({ key, heading: '', prompt: '', included: true })),
};

/** A custom section's text in a note, its heading copied in when written (what a signature covers). */
export const customSectionText = z.strictObject({
  key: customSectionKey,
  heading: text({ min: 1, max: MAX_SECTION_HEADING, typeMessage: 'validation.text' }),
  text: text({ max: 20000, trim: false, multiline: true, typeMessage: 'validation.text' }),
});
export type CustomSectionText = z.output<typeof customSectionText>;

/** Absent from every note written before templates: they parse as having none. */
export const customSectionsOfNote = list(customSectionText, { max: MAX_CUSTOM_NOTE_SECTIONS * 4, message: 'validation.tooMany' })
  .refine((sections) => new Set(keysOf(sections)).size === sections.length, { message: 'validation.noteTemplateDuplicateSection' })
  .default([]);

// ---- Inputs -----------------------------------------------------------------------------------

export const groupNoteTemplateInput = z.strictObject({ groupId: recordId });

/** `expectedVersion` 0: the person edited the default (the group had no template of its own yet). */
export const setGroupNoteTemplateInput = z.strictObject({
  groupId: recordId,
  expectedVersion: z.number({ message: 'validation.version' }).int({ message: 'validation.version' }).min(0, { message: 'validation.version' }),
  template: noteTemplate,
});
export type SetGroupNoteTemplateInput = z.input<typeof setGroupNoteTemplateInput>;

// ---- Outputs ----------------------------------------------------------------------------------

export interface GroupNoteTemplate {
  groupId: string;
  template: NoteTemplate;
  /** 0 while the group uses the default template. */
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
  /** Whether the signed-in person may change it (the core checks again on every call). */
  mayEdit: boolean;
}

// ---- Operations -------------------------------------------------------------------------------

export const noteTemplatesContract = {
  /** A group's template of note sections (the default while it has none): whoever may see the group. */
  'groups.noteTemplate': defineOperation<GroupNoteTemplate>()({ input: groupNoteTemplateInput, access: 'groups.read' }),
  /** Replaces it (versioned, audited without any note text): the group's facilitators, counsellors and managers. */
  'groups.setNoteTemplate': defineOperation<GroupNoteTemplate>()({ input: setGroupNoteTemplateInput, access: 'notes.write' }),
};
