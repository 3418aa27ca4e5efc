import type { EntityManager } from 'typeorm';
import type { Actor } from '../context';
import { DomainError } from '../errors';
import { OccurrenceFacilitatorEntity } from '../schedule/sessions/occurrence-links.entity';

// Who may read (and so write) a meeting's note, checked per record on every call: counsellors and
// managers, any meeting; everyone else with the notes permission (facilitators, peer support
// specialists), only the meetings they facilitate. Scheduling staff and administrators without a
// clinical role hold no notes permission at all (shared/permissions.ts).

export const seesEveryNote = (actor: Actor): boolean => actor.roles.includes('manager') || actor.roles.includes('counsellor');

export async function mayReadMeetingNote(manager: EntityManager, actor: Actor, occurrenceId: string): Promise<boolean> {
  if (seesEveryNote(actor)) return true;
  return (await manager.countBy(OccurrenceFacilitatorEntity, { occurrenceId, staffId: actor.staffId })) > 0;
}

/** Said the same way whether the meeting does not exist or is not the person's: nothing to probe. */
export const noteNotFound = () => new DomainError('not_found', 'problems.notFound.note', 'There is no such note, or it is not yours to open.');

export async function assertMayReadMeetingNote(manager: EntityManager, actor: Actor, occurrenceId: string): Promise<void> {
  if (!(await mayReadMeetingNote(manager, actor, occurrenceId))) throw noteNotFound();
}
