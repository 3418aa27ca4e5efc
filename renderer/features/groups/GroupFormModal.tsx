import { MultiSelect, NativeSelect, NumberInput, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_KINDS, type GroupDetail, type GroupKind } from '../../../shared/contract/groups';
import type { AppError } from '../../../shared/errors';
import { AppModal } from '../../app/AppModal';
import { ErrorAlert } from '../../app/errors';
import { FormActions } from '../../app/FormActions';
import { applyServerFieldErrors } from '../../app/forms';
import { notifySuccess } from '../../app/notify';
import { useHearthMutation } from '../../app/queries';
import { translateMessageKey } from '../../i18n/messageKeys';
import { useStaffOptions } from './usePeopleOptions';

interface GroupValues {
  name: string;
  kind: GroupKind;
  focus: string;
  capacity: number | string;
  openEnrolment: boolean;
  active: boolean;
  facilitatorIds: string[];
  coFacilitatorIds: string[];
}

/**
 * Create or edit a group. The form keeps leads and co-leads apart; the contract takes one list of
 * links with a role each, and the core's field errors come back under `facilitators`.
 */
export function GroupFormModal({ group, onClose, onSaved }: { group?: GroupDetail; onClose: () => void; onSaved?: (id: string) => void }) {
  const { t } = useTranslation();
  const staff = useStaffOptions();
  const create = useHearthMutation('groups.create');
  const update = useHearthMutation('groups.update');
  const [error, setError] = useState<AppError | null>(null);
  const form = useForm<GroupValues>({
    mode: 'controlled',
    initialValues: {
      name: group?.name ?? '',
      kind: group?.kind ?? 'discussion',
      focus: group?.focus ?? '',
      capacity: group?.capacity ?? 10,
      openEnrolment: group?.openEnrolment ?? true,
      active: group?.active ?? true,
      facilitatorIds: group?.facilitators.filter((f) => f.role === 'facilitator').map((f) => f.staffId) ?? [],
      coFacilitatorIds: group?.facilitators.filter((f) => f.role === 'coFacilitator').map((f) => f.staffId) ?? [],
    },
    enhanceGetInputProps: ({ inputProps }) => (typeof inputProps.error === 'string' ? { error: translateMessageKey(t, inputProps.error, inputProps.error) } : undefined),
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const details = {
      name: values.name,
      kind: values.kind,
      focus: values.focus,
      capacity: Number(values.capacity),
      openEnrolment: values.openEnrolment,
      facilitators: [
        ...values.facilitatorIds.map((staffId) => ({ staffId, role: 'facilitator' as const })),
        ...values.coFacilitatorIds.map((staffId) => ({ staffId, role: 'coFacilitator' as const })),
      ],
    };
    const result = group ? await update.run({ id: group.id, expectedVersion: group.version, active: values.active, ...details }) : await create.run(details);
    if (!result.ok) {
      if (result.error.fieldErrors?.facilitators) form.setFieldError('facilitatorIds', result.error.fieldErrors.facilitators[0]);
      if (!applyServerFieldErrors(form, result.error)) setError(result.error);
      return;
    }
    notifySuccess(group ? t('groups.form.saved') : t('groups.form.created'));
    onSaved?.(result.value.id);
    onClose();
  });

  return (
    <AppModal opened onClose={onClose} unsavedChanges={form.isDirty()} title={group ? t('groups.form.editTitle') : t('groups.form.createTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('groups.fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <NativeSelect label={t('groups.fields.kind')} required data={GROUP_KINDS.map((kind) => ({ value: kind, label: t(`groups.kinds.${kind}`) }))} {...form.getInputProps('kind')} />
          <Textarea label={t('groups.fields.focus')} rows={2} {...form.getInputProps('focus')} />
          <NumberInput label={t('groups.fields.capacity')} required min={1} max={100} allowDecimal={false} {...form.getInputProps('capacity')} />
          <MultiSelect label={t('groups.fields.facilitators')} required searchable data={staff} {...form.getInputProps('facilitatorIds')} />
          <MultiSelect label={t('groups.fields.coFacilitators')} searchable data={staff} {...form.getInputProps('coFacilitatorIds')} />
          <Switch label={t('groups.fields.openEnrolment')} description={t('groups.fields.openEnrolmentHint')} {...form.getInputProps('openEnrolment', { type: 'checkbox' })} />
          {group && <Switch label={t('groups.fields.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
          <ErrorAlert error={error} />
          <FormActions submitLabel={group ? t('groups.form.save') : t('groups.form.create')} submitting={create.pending || update.pending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
