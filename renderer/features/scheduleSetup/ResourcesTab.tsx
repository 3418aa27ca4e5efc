import { Button, Checkbox, Group, NativeSelect, NumberInput, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { createResourceInput, RESOURCE_KINDS, updateResourceInput, WEEKDAY_NUMBERS, type Resource, type ResourceKind, type WeekdayNumber } from '../../../shared/contract/schedule-catalogue';
import { dateLanguageOf, firstDayOfWeek, weekdayName } from '../../../shared/dates';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { useContractForm } from '../../app/forms';
import { useHearthMutation, useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { useCentreTime } from '../../app/useCentreTime';
import { OutOfServiceModal } from './OutOfServiceModal';
import { ActiveSwitch, ReadOnlyNote, StatusCell } from './setupParts';
import { SetupFormModal } from './SetupFormModal';

/** The weekdays in the order of the interface language's week (Sunday first in English, Monday in French). */
function useWeekdays(): Array<{ day: WeekdayNumber; name: string }> {
  const { i18n } = useTranslation();
  const language = dateLanguageOf(i18n.language);
  const start = firstDayOfWeek(language);
  return WEEKDAY_NUMBERS.map((_, index) => ((index + start) % 7) as WeekdayNumber).map((day) => ({ day, name: weekdayName(day, language) }));
}

/** Horses and equipment: their workload limits, rest days and periods out of service. */
export function ResourcesTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { formatDate, today } = useCentreTime();
  const weekdays = useWeekdays();
  const canEdit = can('schedule.write');
  const [includeInactive, setIncludeInactive] = useState(false);
  const resources = useHearthQuery('resources.list', { includeInactive });
  const [editing, setEditing] = useState<Resource | 'new' | null>(null);
  const [periodsOf, setPeriodsOf] = useState<string | null>(null);
  const rows = resources.data ?? [];
  const shownPeriods = rows.find((resource) => resource.id === periodsOf);

  const columns: DataTableColumn<Resource>[] = [
    { id: 'kind', header: t('scheduleSetup.resources.kind'), cell: (resource) => t(`scheduleSetup.resources.kinds.${resource.kind}`) },
    { id: 'name', header: t('scheduleSetup.resources.name'), cell: (resource) => resource.name },
    { id: 'perDay', header: t('scheduleSetup.resources.sessionsPerDay'), cell: (resource) => resource.maxSessionsPerDay ?? t('scheduleSetup.resources.noLimit') },
    {
      id: 'restDays',
      header: t('scheduleSetup.resources.restDays'),
      cell: (resource) =>
        resource.restDays.length === 0
          ? t('scheduleSetup.resources.noRestDays')
          : weekdays
              .filter(({ day }) => resource.restDays.includes(day))
              .map(({ name }) => name)
              .join(', '),
    },
    {
      id: 'outOfService',
      header: t('scheduleSetup.resources.outOfService'),
      cell: (resource) => {
        // Current and future periods come first: the first one, if not over, is the one to know about.
        const next = resource.outOfService[0];
        return next && next.endsOn >= today() ? `${formatDate(next.startsOn)} – ${formatDate(next.endsOn)}: ${next.reason}` : '—';
      },
    },
    { id: 'status', header: t('scheduleSetup.status'), cell: (resource) => <StatusCell active={resource.active} /> },
    {
      id: 'periods',
      header: t('scheduleSetup.resources.periods'),
      cell: (resource) => (
        <Button size="xs" variant="default" onClick={() => setPeriodsOf(resource.id)} aria-label={t('scheduleSetup.resources.managePeriods', { name: resource.name })}>
          {t('scheduleSetup.resources.periods')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Group justify="space-between" mb="md">
        <Switch label={t('scheduleSetup.showInactive')} checked={includeInactive} onChange={(event) => setIncludeInactive(event.currentTarget.checked)} />
        {canEdit ? <Button onClick={() => setEditing('new')}>{t('scheduleSetup.resources.add')}</Button> : <ReadOnlyNote />}
      </Group>
      <ErrorAlert error={resources.error} />
      <DataTable
        label={t('scheduleSetup.resources.caption', { count: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={(resource) => resource.id}
        loading={resources.busy}
        emptyText={t('scheduleSetup.resources.none')}
        minWidth={900}
        onRowActivate={canEdit ? setEditing : undefined}
      />
      {editing && <ResourceModal resource={editing === 'new' ? undefined : editing} weekdays={weekdays} onClose={() => setEditing(null)} onReload={resources.refetch} />}
      {shownPeriods && <OutOfServiceModal resource={shownPeriods} onClose={() => setPeriodsOf(null)} />}
    </>
  );
}

type ResourceValues = { kind: ResourceKind; name: string; maxSessionsPerDay: number | null; restDays: WeekdayNumber[]; active: boolean; id?: string; expectedVersion?: number };

function ResourceModal({ resource, weekdays, onClose, onReload }: { resource?: Resource; weekdays: Array<{ day: WeekdayNumber; name: string }>; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const create = useHearthMutation('resources.create');
  const update = useHearthMutation('resources.update');
  const initial: ResourceValues = {
    kind: resource?.kind ?? 'horse',
    name: resource?.name ?? '',
    maxSessionsPerDay: resource ? resource.maxSessionsPerDay : 3,
    restDays: resource?.restDays ?? [],
    active: resource?.active ?? true,
  };
  const form = useContractForm<ResourceValues>(
    resource ? updateResourceInput : createResourceInput.extend({ active: z.boolean() }),
    resource ? { ...initial, id: resource.id, expectedVersion: resource.version } : initial,
  );
  const values = form.getValues();
  return (
    <SetupFormModal
      title={resource ? t('scheduleSetup.resources.editTitle', { name: resource.name }) : t('scheduleSetup.resources.addTitle')}
      form={form}
      save={({ id: _id, expectedVersion: _version, active, ...fields }) =>
        resource ? update.run({ ...fields, active, id: resource.id, expectedVersion: resource.version }) : create.run(fields)
      }
      successMessage={resource ? t('scheduleSetup.resources.saved') : t('scheduleSetup.resources.created', { name: values.name })}
      submitLabel={resource ? t('common.saveChanges') : t('scheduleSetup.resources.add')}
      onClose={onClose}
      onReload={onReload}
    >
      <NativeSelect
        label={t('scheduleSetup.resources.kind')}
        required
        data-autofocus
        data={RESOURCE_KINDS.map((kind) => ({ value: kind, label: t(`scheduleSetup.resources.kinds.${kind}`) }))}
        {...form.getInputProps('kind')}
      />
      <TextInput label={t('scheduleSetup.resources.name')} required autoComplete="off" {...form.getInputProps('name')} />
      <NumberInput
        label={t('scheduleSetup.resources.sessionsPerDay')}
        description={t('scheduleSetup.resources.sessionsPerDayHint')}
        min={1}
        max={20}
        allowDecimal={false}
        {...form.getInputProps('maxSessionsPerDay')}
        value={values.maxSessionsPerDay ?? ''}
        onChange={(value) => form.setFieldValue('maxSessionsPerDay', typeof value === 'number' ? value : null)}
      />
      <Checkbox.Group
        label={t('scheduleSetup.resources.restDays')}
        {...form.getInputProps('restDays')}
        value={values.restDays.map(String)}
        onChange={(days) => form.setFieldValue('restDays', days.map(Number) as WeekdayNumber[])}
      >
        <Group mt="xs">
          {weekdays.map(({ day, name }) => (
            <Checkbox key={day} value={String(day)} label={name} />
          ))}
        </Group>
      </Checkbox.Group>
      {resource && <ActiveSwitch {...form.getInputProps('active', { type: 'checkbox' })} />}
    </SetupFormModal>
  );
}
