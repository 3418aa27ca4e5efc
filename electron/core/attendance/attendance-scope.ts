import type { EntityManager } from 'typeorm';
import { hasPermission } from '../../../shared/permissions';
import type { Actor } from '../context';
import { DomainError } from '../errors';
import { OccurrenceFacilitatorEntity } from '../schedule/sessions/occurrence-links.entity';

// Attendance is scoped to the record: a role's permission covers the occurrences the person
// facilitates, unless they also hold the permission that lifts the scope. Checked here, in the
// core, on every call; the screens hide what this refuses, nothing more.

export type AttendanceAccess = 'take' | 'read';

/** Whose occurrences a person may act on: every occurrence, or those they facilitate (their staff id). */
export type OccurrenceScope = { kind: 'all' } | { kind: 'own'; staffId: string };

export function scopeOf(actor: Actor, access: AttendanceAccess): OccurrenceScope {
  const wide = access === 'take' ? 'attendance.takeAny' : 'attendance.readAll';
  return hasPermission(actor.roles, wide) ? { kind: 'all' } : { kind: 'own', staffId: actor.staffId };
}

export async function facilitates(manager: EntityManager, staffId: string, occurrenceId: string): Promise<boolean> {
  return (await manager.countBy(OccurrenceFacilitatorEntity, { occurrenceId, staffId })) > 0;
}

/** Whether the person may take (or read) this occurrence's attendance, by role and by record. */
export async function mayOnOccurrence(manager: EntityManager, actor: Actor, occurrenceId: string, access: AttendanceAccess): Promise<boolean> {
  if (!hasPermission(actor.roles, access === 'take' ? 'attendance.take' : 'attendance.read')) return false;
  const scope = scopeOf(actor, access);
  return scope.kind === 'all' || facilitates(manager, scope.staffId, occurrenceId);
}

export async function assertMayOnOccurrence(manager: EntityManager, actor: Actor, occurrenceId: string, access: AttendanceAccess): Promise<void> {
  if (!(await mayOnOccurrence(manager, actor, occurrenceId, access))) throw notYourOccurrence();
}

/** `forbidden` like a role refusal, with `{ scope: 'record' }`: the role allows it, this record does not. */
export const notYourOccurrence = () =>
  new DomainError('forbidden', 'problems.attendance.notYourOccurrence', 'Only the facilitators of this session (or a manager) can take or see its attendance.', { details: { scope: 'record' } });
