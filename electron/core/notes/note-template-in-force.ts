import type { EntityManager } from 'typeorm';
import { DEFAULT_NOTE_TEMPLATE, noteTemplate, type NoteTemplate } from '../../../shared/contract/note-templates';
import type { NoteContent, NoteSubjectRef } from '../../../shared/contract/notes';
import { OccurrenceEntity } from '../schedule/sessions/occurrence.entity';
import { SessionEntity } from '../schedule/sessions/session.entity';
import { GroupNoteTemplateEntity } from './group-note-template.entity';

// Which template of sections a note is written with, and reading stored note content in today's
// shape. Kept apart from note-view.ts so the note's view only asks for it.

/** The stored template of a group, or null while it keeps the default. */
export async function storedGroupTemplate(manager: EntityManager, groupId: string): Promise<{ row: GroupNoteTemplateEntity; template: NoteTemplate } | null> {
  const row = await manager.findOneBy(GroupNoteTemplateEntity, { groupId });
  if (!row) return null;
  // Written only through the contract's schema; should it ever not parse, the note falls back to the default rather than not opening.
  const parsed = noteTemplate.safeParse({ sections: JSON.parse(row.sections) as unknown });
  return { row, template: parsed.success ? parsed.data : DEFAULT_NOTE_TEMPLATE };
}

/**
 * The template a meeting's note is written with: a group meeting's (a session may belong to a
 * group) is its group's, else the default; a mentoring meeting has the default.
 */
export async function templateForSubject(manager: EntityManager, subject: NoteSubjectRef): Promise<NoteTemplate> {
  if (subject.subjectKind !== 'occurrence') return DEFAULT_NOTE_TEMPLATE;
  const occurrence = await manager.findOneBy(OccurrenceEntity, { id: subject.subjectId });
  const session = occurrence ? await manager.findOneBy(SessionEntity, { id: occurrence.sessionId }) : null;
  const stored = session?.groupId ? await storedGroupTemplate(manager, session.groupId) : null;
  return stored?.template ?? DEFAULT_NOTE_TEMPLATE;
}

/** A revision's content: those saved before templates have no `sections` and read as having none (their hash is unchanged: canonical-content.ts). */
export function readNoteContent(json: string): NoteContent {
  const stored = JSON.parse(json) as Omit<NoteContent, 'sections'> & { sections?: NoteContent['sections'] };
  return { ...stored, sections: stored.sections ?? [] };
}
