import { Button, Group, NativeSelect, Select, Stack, Switch, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ABSENCE_KINDS, createStaffAbsenceInput, type AbsenceKind, type StaffAbsence } from '../../../shared/contract/staff-absences';
import type { AppError } from '../../../shared/errors';
import { AppModal } from '../../app/AppModal';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { DateField } from '../../app/DateField';
import { ErrorAlert } from '../../app/errors';
import { FormActions } from '../../app/FormActions';
import { fullName } from '../../app/format';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';
import { notifyError, notifySuccess } from '../../app/notify';
import { useHearthMutation, useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { useCentreTime } from '../../app/useCentreTime';
import { availabilityChange, AvailabilityPreview, useAvailabilityPreview } from './AvailabilityPreview';
import { ConfirmRemoval } from './ConfirmRemoval';
import { ReadOnlyNote } from './setupParts';

/** Staff members' days away, by person; current and coming ones unless the past is asked for. */
export function StaffAbsencesTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { formatDate, today } = useCentreTime();
  const canWrite = can('schedule.write');
  const [includePast, setIncludePast] = useState(false);
  const absences = useHearthQuery('staffAbsences.list', { staffId: null, from: includePast ? null : today() });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<StaffAbsence | null>(null);
  const remove = useHearthMutation('staffAbsences.remove');
  const rows = absences.data ?? [];

  async function confirmRemoval() {
    if (!removing) return;
    const result = await remove.run({ id: removing.id });
    if (!result.ok) return notifyError(t, result.error);
    notifySuccess(t('scheduleSetup.absences.removed'));
    setRemoving(null);
  }

  const columns: DataTableColumn<StaffAbsence>[] = [
    { id: 'person', header: t('scheduleSetup.absences.person'), cell: (absence) => absence.staffName },
    { id: 'kind', header: t('scheduleSetup.absences.kind'), cell: (absence) => t(`scheduleSetup.absences.kinds.${absence.kind}`) },
    { id: 'from', header: t('scheduleSetup.absences.from'), cell: (absence) => formatDate(absence.startsOn) },
    { id: 'to', header: t('scheduleSetup.absences.to'), cell: (absence) => formatDate(absence.endsOn) },
    { id: 'note', header: t('scheduleSetup.absences.note'), cell: (absence) => absence.note ?? '—' },
    ...(canWrite
      ? [
          {
            id: 'remove',
            header: t('common.actions'),
            cell: (absence: StaffAbsence) => (
              <Button
                size="xs"
                variant="default"
                onClick={() => setRemoving(absence)}
                aria-label={t('scheduleSetup.absences.removeLabel', { name: absence.staffName, from: formatDate(absence.startsOn), to: formatDate(absence.endsOn) })}
              >
                {t('scheduleSetup.absences.remove')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Group justify="space-between" mb="md">
        <Switch label={t('scheduleSetup.absences.showPast')} checked={includePast} onChange={(event) => setIncludePast(event.currentTarget.checked)} />
        {canWrite ? <Button onClick={() => setAdding(true)}>{t('scheduleSetup.absences.add')}</Button> : <ReadOnlyNote />}
      </Group>
      <ErrorAlert error={absences.error} />
      <DataTable
        label={t('scheduleSetup.absences.caption', { count: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={(absence) => absence.id}
        loading={absences.busy}
        emptyText={t('scheduleSetup.absences.none')}
        minWidth={800}
      />
      {adding && <AbsenceModal onClose={() => setAdding(false)} />}
      {removing && (
        <AppModal opened onClose={() => setRemoving(null)} size="md" title={t('scheduleSetup.absences.removeTitle')}>
          <ConfirmRemoval
            title={removing.staffName}
            consequence={t('scheduleSetup.absences.removeConfirm', { name: removing.staffName, from: formatDate(removing.startsOn), to: formatDate(removing.endsOn) })}
            confirmLabel={t('scheduleSetup.absences.remove')}
            busy={remove.pending}
            onConfirm={() => void confirmRemoval()}
            onCancel={() => setRemoving(null)}
          />
        </AppModal>
      )}
    </>
  );
}

type AbsenceValues = { staffId: string; kind: AbsenceKind | ''; startsOn: string; endsOn: string; note: string };

function AbsenceModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { today } = useCentreTime();
  const [error, setError] = useState<AppError | null>(null);
  const staff = useHearthQuery('staff.list', { search: '', role: 'all', includeInactive: false });
  const create = useHearthMutation('staffAbsences.create');
  const form = useContractForm<AbsenceValues>(createStaffAbsenceInput, { staffId: '', kind: '', startsOn: today(), endsOn: '', note: '' });
  const { staffId, startsOn, endsOn } = form.getValues();
  const change = availabilityChange({ kind: 'staffAbsence', staffId, startsOn, endsOn });
  const preview = useAvailabilityPreview(change);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await create.run({ ...values, kind: values.kind as AbsenceKind });
    if (result.ok) {
      notifySuccess(t('scheduleSetup.absences.created'));
      onClose();
    } else if (!applyServerFieldErrors(form, result.error)) setError(result.error);
  });

  return (
    <AppModal opened onClose={onClose} unsavedChanges={form.isDirty()} size="xl" title={t('scheduleSetup.absences.addTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={staff.error} />
          <Select
            label={t('scheduleSetup.absences.person')}
            placeholder={t('scheduleSetup.absences.personPlaceholder')}
            nothingFoundMessage={t('scheduleSetup.absences.nothingFound')}
            required
            searchable
            data-autofocus
            data={(staff.data ?? []).map((member) => ({ value: member.id, label: fullName(member) }))}
            {...form.getInputProps('staffId')}
            onChange={(value: string | null) => form.setFieldValue('staffId', value ?? '')}
          />
          <NativeSelect
            label={t('scheduleSetup.absences.kind')}
            required
            data={[{ value: '', label: t('common.choose'), disabled: true }, ...ABSENCE_KINDS.map((kind) => ({ value: kind, label: t(`scheduleSetup.absences.kinds.${kind}`) }))]}
            {...form.getInputProps('kind')}
          />
          <Group grow align="flex-start">
            <DateField label={t('scheduleSetup.absences.from')} required {...form.getInputProps('startsOn')} />
            <DateField label={t('scheduleSetup.absences.to')} required {...form.getInputProps('endsOn')} />
          </Group>
          <Textarea label={t('scheduleSetup.absences.note')} rows={2} {...form.getInputProps('note')} />
          <AvailabilityPreview preview={preview} asked={change !== null} />
          <ErrorAlert error={error} />
          <FormActions submitLabel={t('scheduleSetup.absences.save')} submitting={form.submitting || (change !== null && !preview.ready)} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
