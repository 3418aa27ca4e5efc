import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangePreview, PreviewChangeInput } from '../../../shared/contract/schedule';
import { notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { maySave } from './PreviewAnswer';
import { previewChange } from './previewChange';

/**
 * Check first, then save: the conflict check's answer is kept for the exact change it was asked
 * about, so editing a field after checking asks again before anything can be saved.
 */
export function useCheckedChange() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [checked, setChecked] = useState<{ key: string; preview: ChangePreview } | null>(null);
  const [reason, setReason] = useState('');

  /** The answer for this change, if it was checked as it stands. */
  const answerFor = (input: PreviewChangeInput): ChangePreview | null => (checked && checked.key === JSON.stringify(input) ? checked.preview : null);

  return {
    answerFor,
    reason,
    setReason,
    /** Asks the conflict check; false when the question itself failed (told in a notification). */
    check: async (input: PreviewChangeInput): Promise<boolean> => {
      const result = await previewChange(input);
      if (!result.ok) {
        notifyError(t, result.error);
        return false;
      }
      setChecked({ key: JSON.stringify(input), preview: result.value });
      return true;
    },
    maySave: (preview: ChangePreview) => maySave(preview, reason, can('schedule.overrideCapacity')),
    /** What the save sends: the manager's reason, when capacity is overridden. */
    overrideReason: (preview: ChangePreview): string | null => (preview.needsCapacityOverride && reason.trim() !== '' ? reason.trim() : null),
  };
}
