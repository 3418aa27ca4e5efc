import type { ChangePreview, PreviewChangeInput } from '../../../shared/contract/schedule';
import type { Result } from '../../../shared/errors';
import { call } from '../../app/backend';

/** The one conflict check's answer for a change, before it is saved. */
export function previewChange(input: PreviewChangeInput): Promise<Result<ChangePreview>> {
  return call('schedule.previewChange', input);
}

/** Nothing in the way: no clash at all (a capacity warning still needs a manager's reason). */
export function isClear(preview: ChangePreview): boolean {
  return !preview.blocksSaving && !preview.needsCapacityOverride;
}
