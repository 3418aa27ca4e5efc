import { Alert, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChangePreview } from '../../../shared/contract/schedule';
import { useSession } from '../../app/session';
import { ClashList } from './ClashList';

/**
 * Whether a checked change may be saved: nothing blocks it, and a capacity warning has a manager's
 * reason (the core checks both again; this only keeps the button honest).
 */
export function maySave(preview: ChangePreview, reason: string, canOverride: boolean): boolean {
  if (preview.blocksSaving) return false;
  return !preview.needsCapacityOverride || (canOverride && reason.trim() !== '');
}

/**
 * The conflict check's answer under a change, before saving: the list naming each clash, and when
 * only capacity is exceeded, the reason field for a manager (others are told who may override).
 */
export function PreviewAnswer({ preview, reason, onReasonChange }: { preview: ChangePreview; reason: string; onReasonChange: (reason: string) => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const overridable = !preview.blocksSaving && preview.needsCapacityOverride;
  return (
    <Stack gap="sm">
      <ClashList preview={preview} />
      {preview.blocksSaving && (
        <Alert color="red" variant="light" role="alert">
          {t('schedule.check.blocked')}
        </Alert>
      )}
      {overridable &&
        (can('schedule.overrideCapacity') ? (
          <Textarea label={t('schedule.check.overrideReason')} description={t('schedule.check.overrideHint')} required value={reason} onChange={(event) => onReasonChange(event.currentTarget.value)} />
        ) : (
          <Alert color="orange" variant="light" role="alert">
            {t('schedule.check.managerOnly')}
          </Alert>
        ))}
    </Stack>
  );
}
