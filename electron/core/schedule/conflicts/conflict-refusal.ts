import type { ChangePreview } from '../../../../shared/contract/schedule';
import { hasPermission } from '../../../../shared/permissions';
import type { Actor } from '../../context';
import { DomainError } from '../../errors';

/**
 * What a write does with the conflict check's answer, inside its transaction and before it writes:
 * any blocking clash refuses the change (the preview goes with the refusal, so the screen names
 * each clash); capacity warnings need a reason, and only someone allowed to override capacity may
 * give one. Returns the override reason to record, or null when none was needed.
 */
export function acceptedCapacityOverride(preview: ChangePreview, reason: string | null, actor: Actor): string | null {
  if (preview.blocksSaving) {
    throw new DomainError('conflict', 'problems.scheduleClash', 'This change clashes with the schedule; nothing was saved.', { details: preview });
  }
  if (!preview.needsCapacityOverride) return null;
  if (!reason) {
    throw new DomainError('conflict', 'problems.capacityOverrideNeeded', 'This change goes over capacity: a manager may save it with a reason.', { details: preview });
  }
  if (!hasPermission(actor.roles, 'schedule.overrideCapacity')) {
    throw new DomainError('forbidden', 'problems.capacityOverrideForbidden', 'Only a manager may book past capacity.', { details: preview });
  }
  return reason;
}
