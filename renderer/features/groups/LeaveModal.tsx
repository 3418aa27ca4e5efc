import { NativeSelect, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAVE_REASONS, type GroupMembership, type LeaveReason } from '../../../shared/contract/groups';
import type { AppError } from '../../../shared/errors';
import { AppModal } from '../../app/AppModal';
import { DateField } from '../../app/DateField';
import { ErrorAlert } from '../../app/errors';
import { FormActions } from '../../app/FormActions';
import { applyServerFieldErrors } from '../../app/forms';
import { notifySuccess } from '../../app/notify';
import { useHearthMutation } from '../../app/queries';
import { useCentreTime } from '../../app/useCentreTime';
import { translateMessageKey } from '../../i18n/messageKeys';

/** End a membership from a date (today or later), with a reason; a discharge does it by itself. */
export function LeaveModal({ membership, onClose }: { membership: GroupMembership; onClose: () => void }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const leave = useHearthMutation('groups.leave');
  const [error, setError] = useState<AppError | null>(null);
  const form = useForm<{ leftOn: string; reason: LeaveReason | ''; note: string }>({
    mode: 'controlled',
    initialValues: { leftOn: centre.today(), reason: '', note: '' },
    validate: { reason: (value) => (value ? null : 'validation.choose') },
    enhanceGetInputProps: ({ inputProps }) => (typeof inputProps.error === 'string' ? { error: translateMessageKey(t, inputProps.error, inputProps.error) } : undefined),
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await leave.run({ membershipId: membership.id, leftOn: values.leftOn, reason: values.reason as LeaveReason, note: values.note });
    if (!result.ok) {
      if (!applyServerFieldErrors(form, result.error)) setError(result.error);
      return;
    }
    notifySuccess(t('groups.leave.done'));
    onClose();
  });

  return (
    <AppModal opened onClose={onClose} unsavedChanges={form.isDirty()} title={`${t('groups.leave.title')}: ${membership.residentName}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <DateField label={t('groups.fields.leftOn')} description={t('groups.leave.hint')} required data-autofocus {...form.getInputProps('leftOn')} />
          <NativeSelect
            label={t('groups.fields.reason')}
            required
            data={[{ value: '', label: t('common.choose'), disabled: true }, ...LEAVE_REASONS.filter((reason) => reason !== 'discharged').map((reason) => ({ value: reason, label: t(`groups.leaveReasons.${reason}`) }))]}
            {...form.getInputProps('reason')}
          />
          <Textarea label={t('groups.fields.note')} rows={3} {...form.getInputProps('note')} />
          <ErrorAlert error={error} />
          <FormActions submitLabel={t('groups.leave.submit')} submitting={leave.pending} onCancel={onClose} danger />
        </Stack>
      </form>
    </AppModal>
  );
}
