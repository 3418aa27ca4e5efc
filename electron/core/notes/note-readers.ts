import type { Actor } from '../context';
import { DomainError } from '../errors';

// The two answers every kind of note subject shares (kept apart from note-access.ts, which goes
// through the subjects, so the subjects can use them without an import cycle).

export const seesEveryNote = (actor: Actor): boolean => actor.roles.includes('manager') || actor.roles.includes('counsellor');

/** Said the same way whether the meeting does not exist or is not the person's: nothing to probe. */
export const noteNotFound = () => new DomainError('not_found', 'problems.notFound.note', 'There is no such note, or it is not yours to open.');
