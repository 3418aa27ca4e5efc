import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outOfServicePeriodInput, type OutOfServicePeriod, type Resource } from '../../../shared/contract/schedule-catalogue';
import type { AppError } from '../../../shared/errors';
import { AppModal } from '../../app/AppModal';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { DateField } from '../../app/DateField';
import { ErrorAlert } from '../../app/errors';
import { FormActions } from '../../app/FormActions';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';
import { notifyError, notifySuccess } from '../../app/notify';
import { useHearthMutation } from '../../app/queries';
import { useSession } from '../../app/session';
import { useCentreTime } from '../../app/useCentreTime';
import { availabilityChange, AvailabilityPreview, useAvailabilityPreview } from './AvailabilityPreview';
import { ConfirmRemoval } from './ConfirmRemoval';

/**
 * A resource's periods out of service: the list, a removal (confirmed), and "take out of service"
 * for a new period, which first shows the sessions booked on the resource in it.
 */
export function OutOfServiceModal({ resource, onClose }: { resource: Resource; onClose: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { formatDate } = useCentreTime();
  const canWrite = can('schedule.write');
  const [removing, setRemoving] = useState<OutOfServicePeriod | null>(null);
  const remove = useHearthMutation('resources.removeOutOfService');

  async function confirmRemoval() {
    if (!removing) return;
    const result = await remove.run({ periodId: removing.id });
    if (!result.ok) return notifyError(t, result.error);
    notifySuccess(t('scheduleSetup.outOfService.removed'));
    setRemoving(null);
  }

  const columns: DataTableColumn<OutOfServicePeriod>[] = [
    { id: 'from', header: t('scheduleSetup.outOfService.from'), cell: (period) => formatDate(period.startsOn) },
    { id: 'to', header: t('scheduleSetup.outOfService.to'), cell: (period) => formatDate(period.endsOn) },
    { id: 'reason', header: t('scheduleSetup.outOfService.reason'), cell: (period) => period.reason },
    ...(canWrite
      ? [
          {
            id: 'remove',
            header: t('common.actions'),
            cell: (period: OutOfServicePeriod) => (
              <Button
                size="xs"
                variant="default"
                onClick={() => setRemoving(period)}
                aria-label={t('scheduleSetup.outOfService.removeLabel', { from: formatDate(period.startsOn), to: formatDate(period.endsOn) })}
              >
                {t('scheduleSetup.outOfService.remove')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <AppModal opened onClose={onClose} size="xl" title={t('scheduleSetup.outOfService.title', { name: resource.name })}>
      {removing ? (
        <ConfirmRemoval
          title={t('scheduleSetup.outOfService.removeTitle')}
          consequence={t('scheduleSetup.outOfService.removeConfirm', { name: resource.name, from: formatDate(removing.startsOn), to: formatDate(removing.endsOn) })}
          confirmLabel={t('scheduleSetup.outOfService.remove')}
          busy={remove.pending}
          onConfirm={() => void confirmRemoval()}
          onCancel={() => setRemoving(null)}
        />
      ) : (
        <Stack>
          <DataTable
            label={t('scheduleSetup.outOfService.caption', { count: resource.outOfService.length })}
            columns={columns}
            rows={resource.outOfService}
            rowKey={(period) => period.id}
            emptyText={t('scheduleSetup.outOfService.none')}
            minWidth={500}
          />
          {canWrite && (resource.active ? <TakeOutOfServiceForm resource={resource} /> : <Text size="sm">{t('scheduleSetup.outOfService.inactive')}</Text>)}
        </Stack>
      )}
    </AppModal>
  );
}

type PeriodValues = { resourceId: string; startsOn: string; endsOn: string; reason: string };

function TakeOutOfServiceForm({ resource }: { resource: Resource }) {
  const { t } = useTranslation();
  const { today } = useCentreTime();
  const [error, setError] = useState<AppError | null>(null);
  const add = useHearthMutation('resources.addOutOfService');
  const blank: PeriodValues = { resourceId: resource.id, startsOn: today(), endsOn: '', reason: '' };
  const form = useContractForm<PeriodValues>(outOfServicePeriodInput, blank);
  const { startsOn, endsOn } = form.getValues();
  const change = availabilityChange({ kind: 'resourceOutOfService', resourceId: resource.id, startsOn, endsOn });
  const preview = useAvailabilityPreview(change);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await add.run(values);
    if (result.ok) {
      notifySuccess(t('scheduleSetup.outOfService.added'));
      form.setValues(blank);
      form.resetDirty(blank);
    } else if (!applyServerFieldErrors(form, result.error)) setError(result.error);
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="take-out-of-service">
      <Stack>
        <Title order={2} size="h4" id="take-out-of-service">
          {t('scheduleSetup.outOfService.formTitle')}
        </Title>
        <Group grow align="flex-start">
          <DateField label={t('scheduleSetup.outOfService.from')} required {...form.getInputProps('startsOn')} />
          <DateField label={t('scheduleSetup.outOfService.to')} required {...form.getInputProps('endsOn')} />
        </Group>
        <TextInput label={t('scheduleSetup.outOfService.reason')} required autoComplete="off" {...form.getInputProps('reason')} />
        <AvailabilityPreview preview={preview} asked={change !== null} />
        <ErrorAlert error={error} />
        <FormActions submitLabel={t('scheduleSetup.outOfService.takeOut')} submitting={form.submitting || (change !== null && !preview.ready)} />
      </Stack>
    </form>
  );
}
