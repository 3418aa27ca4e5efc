import { createHash } from 'node:crypto';
import type { NoteContent } from '../../../shared/contract/notes';

/**
 * The one serialisation a signature's hash is taken over: keys sorted at every level and the
 * participants' lines in resident-id order, so the same content always gives the same bytes
 * (whatever order a screen or a laptop wrote them in) and anyone can recompute the hash later.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The group's own sections (note templates) are in the canonical form only when the note has some:
 * every note signed before templates existed has none, and its stored hash must still match. They
 * keep their written order (the order the note shows them in).
 */
export function canonicalNoteContent(content: NoteContent): string {
  const participants = [...content.participants].sort((a, b) => (a.residentId < b.residentId ? -1 : a.residentId > b.residentId ? 1 : 0));
  const { sections, ...standard } = content;
  return canonicalJson(sections.length > 0 ? { ...standard, participants, sections } : { ...standard, participants });
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** SHA-256 (hex) of a note's canonical content: what its signature stores. */
export function hashNoteContent(content: NoteContent): string {
  return sha256(canonicalNoteContent(content));
}

/** SHA-256 of an addendum as signed: the note, the text, its author and time. */
export function hashAddendum(addendum: { noteId: string; text: string; authorStaffId: string; writtenAt: string }): string {
  return sha256(canonicalJson(addendum));
}
