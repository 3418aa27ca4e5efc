import { Box, Button, Checkbox, Group, NumberInput, SimpleGrid, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { createActivityTypeInput, REQUIREMENTS, updateActivityTypeInput, type ActivityType, type Requirement } from '../../../shared/contract/schedule-catalogue';
import { contrastWithWhite, isHexColour, MIN_CONTRAST_WITH_WHITE } from '../../../shared/schedule/colours';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { useContractForm } from '../../app/forms';
import { useHearthMutation, useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { ActiveSwitch, ReadOnlyNote, StatusCell } from './setupParts';
import { SetupFormModal } from './SetupFormModal';

/** What the centre offers. Managers (schedule.setup) change it; everyone else reads it. */
export function ActivityTypesTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const canEdit = can('schedule.setup');
  const [includeInactive, setIncludeInactive] = useState(false);
  const types = useHearthQuery('activityTypes.list', { includeInactive });
  const [editing, setEditing] = useState<ActivityType | 'new' | null>(null);
  const rows = types.data ?? [];

  const columns: DataTableColumn<ActivityType>[] = [
    {
      id: 'name',
      header: t('scheduleSetup.activityTypes.name'),
      cell: (type) => (
        <Group gap="xs" wrap="nowrap">
          <Box w={14} h={14} bg={type.colour} style={{ borderRadius: 3, flexShrink: 0 }} aria-hidden />
          {type.name}
        </Group>
      ),
    },
    { id: 'colour', header: t('scheduleSetup.activityTypes.colour'), cell: (type) => type.colour },
    { id: 'duration', header: t('scheduleSetup.activityTypes.duration'), cell: (type) => type.defaultDurationMinutes },
    { id: 'capacity', header: t('scheduleSetup.activityTypes.capacity'), cell: (type) => type.defaultCapacity },
    { id: 'clinical', header: t('scheduleSetup.activityTypes.clinicalColumn'), cell: (type) => (type.clinical ? t('scheduleSetup.activityTypes.yes') : t('scheduleSetup.activityTypes.no')) },
    {
      id: 'requirements',
      header: t('scheduleSetup.activityTypes.requirements'),
      cell: (type) => (type.requirements.length === 0 ? t('scheduleSetup.activityTypes.noRequirement') : type.requirements.map((r) => t(`scheduleSetup.activityTypes.requirementNames.${r}`)).join(', ')),
    },
    { id: 'status', header: t('scheduleSetup.status'), cell: (type) => <StatusCell active={type.active} /> },
  ];

  return (
    <>
      <Group justify="space-between" mb="md">
        <Switch label={t('scheduleSetup.showInactive')} checked={includeInactive} onChange={(event) => setIncludeInactive(event.currentTarget.checked)} />
        {canEdit ? <Button onClick={() => setEditing('new')}>{t('scheduleSetup.activityTypes.add')}</Button> : <ReadOnlyNote />}
      </Group>
      <ErrorAlert error={types.error} />
      <DataTable
        label={t('scheduleSetup.activityTypes.caption', { count: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={(type) => type.id}
        loading={types.busy}
        emptyText={t('scheduleSetup.activityTypes.none')}
        minWidth={800}
        onRowActivate={canEdit ? setEditing : undefined}
      />
      {editing && <ActivityTypeModal type={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onReload={types.refetch} />}
    </>
  );
}

type ActivityTypeValues = {
  name: string;
  colour: string;
  defaultDurationMinutes: number | string;
  defaultCapacity: number | string;
  clinical: boolean;
  requirements: Requirement[];
  active: boolean;
  id?: string;
  expectedVersion?: number;
};

function ActivityTypeModal({ type, onClose, onReload }: { type?: ActivityType; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const create = useHearthMutation('activityTypes.create');
  const update = useHearthMutation('activityTypes.update');
  const initial: ActivityTypeValues = {
    name: type?.name ?? '',
    colour: type?.colour ?? '#1864ab',
    defaultDurationMinutes: type?.defaultDurationMinutes ?? 60,
    defaultCapacity: type?.defaultCapacity ?? 10,
    clinical: type?.clinical ?? false,
    requirements: type?.requirements ?? [],
    active: type?.active ?? true,
  };
  // Only an edit sends the id, version and active flag (the create schema refuses them).
  const form = useContractForm<ActivityTypeValues>(
    type ? updateActivityTypeInput : createActivityTypeInput.extend({ active: z.boolean() }),
    type ? { ...initial, id: type.id, expectedVersion: type.version } : initial,
  );
  const colour = form.getValues().colour;

  return (
    <SetupFormModal
      title={type ? t('scheduleSetup.activityTypes.editTitle', { name: type.name }) : t('scheduleSetup.activityTypes.addTitle')}
      form={form}
      save={({ id: _id, expectedVersion: _version, active, ...values }) => {
        const fields = { ...values, defaultDurationMinutes: Number(values.defaultDurationMinutes), defaultCapacity: Number(values.defaultCapacity) };
        return type ? update.run({ ...fields, active, id: type.id, expectedVersion: type.version }) : create.run(fields);
      }}
      successMessage={type ? t('scheduleSetup.activityTypes.saved') : t('scheduleSetup.activityTypes.created')}
      submitLabel={type ? t('common.saveChanges') : t('scheduleSetup.activityTypes.add')}
      onClose={onClose}
      onReload={onReload}
    >
      <TextInput label={t('scheduleSetup.activityTypes.name')} required autoComplete="off" data-autofocus {...form.getInputProps('name')} />
      <Group align="flex-start" wrap="nowrap">
        <TextInput
          label={t('scheduleSetup.activityTypes.colour')}
          description={t('scheduleSetup.activityTypes.colourHint', { min: MIN_CONTRAST_WITH_WHITE })}
          required
          autoComplete="off"
          style={{ flex: 1 }}
          {...form.getInputProps('colour')}
        />
        <ColourSwatch colour={colour} />
      </Group>
      <SimpleGrid cols={2}>
        <NumberInput label={t('scheduleSetup.activityTypes.duration')} required min={5} step={15} allowDecimal={false} {...form.getInputProps('defaultDurationMinutes')} />
        <NumberInput label={t('scheduleSetup.activityTypes.capacity')} required min={1} allowDecimal={false} {...form.getInputProps('defaultCapacity')} />
      </SimpleGrid>
      <Checkbox label={t('scheduleSetup.activityTypes.clinical')} {...form.getInputProps('clinical', { type: 'checkbox' })} />
      <Checkbox.Group label={t('scheduleSetup.activityTypes.requirements')} {...form.getInputProps('requirements')}>
        <Group mt="xs">
          {REQUIREMENTS.map((requirement) => (
            <Checkbox key={requirement} value={requirement} label={t(`scheduleSetup.activityTypes.requirementNames.${requirement}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      {type && <ActiveSwitch {...form.getInputProps('active', { type: 'checkbox' })} />}
    </SetupFormModal>
  );
}

/** White text on the chosen colour, as the calendar will draw it, with its contrast ratio. */
function ColourSwatch({ colour }: { colour: string }) {
  const { t } = useTranslation();
  const valid = isHexColour(colour);
  return (
    <Box mt={28} w={170} role="group" aria-label={t('scheduleSetup.activityTypes.swatch')}>
      <Box bg={valid ? colour : 'dark.6'} c="white" p={6} style={{ borderRadius: 4 }}>
        <Text size="sm" fw={600} c="white" inherit>
          {t('scheduleSetup.activityTypes.sample')}
        </Text>
      </Box>
      {valid && (
        <Text size="xs" mt={4}>
          {t('scheduleSetup.activityTypes.contrast', { ratio: contrastWithWhite(colour).toFixed(1) })}
        </Text>
      )}
    </Box>
  );
}
