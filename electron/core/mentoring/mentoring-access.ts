import type { Actor } from '../context';
import { DomainError } from '../errors';
import type { MentoringPairEntity } from './mentoring-pair.entity';

// Record-scoped permissions of mentoring: a peer support specialist reaches only the pairs they
// mentor; clinical staff (managers, counsellors) reach every pair and every private note.

const CLINICAL_ROLES = ['manager', 'counsellor'] as const;

export function isClinical(actor: Actor): boolean {
  return actor.roles.some((role) => (CLINICAL_ROLES as readonly string[]).includes(role));
}

export const pairNotFound = () => new DomainError('not_found', 'problems.mentoring.pairNotFound', 'The mentoring pair was not found.');

export function maySeePair(actor: Actor, pair: MentoringPairEntity): boolean {
  return isClinical(actor) || pair.mentorStaffId === actor.staffId;
}

/** Another specialist's pair answers like a pair that does not exist. */
export function assertMaySeePair(actor: Actor, pair: MentoringPairEntity | null): asserts pair is MentoringPairEntity {
  if (!pair || !maySeePair(actor, pair)) throw pairNotFound();
}

/** A meeting's private note: the pair's mentor and clinical staff, nobody else. */
export function mayReadPrivateNote(actor: Actor, pair: MentoringPairEntity): boolean {
  return isClinical(actor) || pair.mentorStaffId === actor.staffId;
}
