import { Button, Checkbox, Group, NumberInput, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { createLocationInput, updateLocationInput, type Location } from '../../../shared/contract/schedule-catalogue';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { useContractForm } from '../../app/forms';
import { useHearthMutation, useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { ActiveSwitch, ReadOnlyNote, StatusCell } from './setupParts';
import { SetupFormModal } from './SetupFormModal';

/** The places sessions are booked into. */
export function LocationsTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const canEdit = can('schedule.write');
  const [includeInactive, setIncludeInactive] = useState(false);
  const locations = useHearthQuery('locations.list', { includeInactive });
  const [editing, setEditing] = useState<Location | 'new' | null>(null);
  const rows = locations.data ?? [];

  const columns: DataTableColumn<Location>[] = [
    { id: 'name', header: t('scheduleSetup.locations.name'), cell: (location) => location.name },
    { id: 'capacity', header: t('scheduleSetup.locations.capacity'), cell: (location) => location.capacity },
    { id: 'where', header: t('scheduleSetup.locations.where'), cell: (location) => (location.onSite ? t('scheduleSetup.locations.onSite') : t('scheduleSetup.locations.offSite')) },
    { id: 'status', header: t('scheduleSetup.status'), cell: (location) => <StatusCell active={location.active} /> },
  ];

  return (
    <>
      <Group justify="space-between" mb="md">
        <Switch label={t('scheduleSetup.showInactive')} checked={includeInactive} onChange={(event) => setIncludeInactive(event.currentTarget.checked)} />
        {canEdit ? <Button onClick={() => setEditing('new')}>{t('scheduleSetup.locations.add')}</Button> : <ReadOnlyNote />}
      </Group>
      <ErrorAlert error={locations.error} />
      <DataTable
        label={t('scheduleSetup.locations.caption', { count: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={(location) => location.id}
        loading={locations.busy}
        emptyText={t('scheduleSetup.locations.none')}
        onRowActivate={canEdit ? setEditing : undefined}
      />
      {editing && <LocationModal location={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onReload={locations.refetch} />}
    </>
  );
}

type LocationValues = { name: string; capacity: number | string; onSite: boolean; active: boolean; id?: string; expectedVersion?: number };

function LocationModal({ location, onClose, onReload }: { location?: Location; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const create = useHearthMutation('locations.create');
  const update = useHearthMutation('locations.update');
  const initial: LocationValues = { name: location?.name ?? '', capacity: location?.capacity ?? 10, onSite: location?.onSite ?? true, active: location?.active ?? true };
  const form = useContractForm<LocationValues>(
    location ? updateLocationInput : createLocationInput.extend({ active: z.boolean() }),
    location ? { ...initial, id: location.id, expectedVersion: location.version } : initial,
  );
  return (
    <SetupFormModal
      title={location ? t('scheduleSetup.locations.editTitle', { name: location.name }) : t('scheduleSetup.locations.addTitle')}
      form={form}
      save={({ id: _id, expectedVersion: _version, active, ...values }) => {
        const fields = { ...values, capacity: Number(values.capacity) };
        return location ? update.run({ ...fields, active, id: location.id, expectedVersion: location.version }) : create.run(fields);
      }}
      successMessage={location ? t('scheduleSetup.locations.saved') : t('scheduleSetup.locations.created')}
      submitLabel={location ? t('common.saveChanges') : t('scheduleSetup.locations.add')}
      onClose={onClose}
      onReload={onReload}
    >
      <TextInput label={t('scheduleSetup.locations.name')} required autoComplete="off" data-autofocus {...form.getInputProps('name')} />
      <NumberInput label={t('scheduleSetup.locations.capacity')} required min={1} allowDecimal={false} {...form.getInputProps('capacity')} />
      <Checkbox label={t('scheduleSetup.locations.onSite')} {...form.getInputProps('onSite', { type: 'checkbox' })} />
      {location && <ActiveSwitch {...form.getInputProps('active', { type: 'checkbox' })} />}
    </SetupFormModal>
  );
}
