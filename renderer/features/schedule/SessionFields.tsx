import { Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../app/DateField';
import { RepeatFields } from './RepeatFields';
import type { SessionFormValues } from './sessionFormValues';
import type { useScheduleChoices } from './useScheduleChoices';

interface SessionFieldsProps {
  form: UseFormReturnType<SessionFormValues>;
  choices: ReturnType<typeof useScheduleChoices>;
  /** A new session's type sets its length and capacity; an occurrence edited on its own keeps its type and has no repeat rule. */
  withType: boolean;
  withRepeat: boolean;
}

/** What a session books: the activity, place, people and things, when, and how it repeats. */
export function SessionFields({ form, choices, withType, withRepeat }: SessionFieldsProps) {
  const { t } = useTranslation();

  function chooseType(id: string | null) {
    form.setFieldValue('activityTypeId', id ?? '');
    const type = choices.activityTypes.find((candidate) => candidate.id === id);
    if (type) form.setValues({ durationMinutes: type.defaultDurationMinutes, capacity: type.defaultCapacity });
  }

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {withType && (
          <Select label={t('schedule.fields.activityType')} required data-autofocus data={choices.types} searchable {...form.getInputProps('activityTypeId')} value={form.values.activityTypeId || null} onChange={chooseType} />
        )}
        <TextInput label={t('schedule.fields.title')} description={t('schedule.fields.titleHint')} {...form.getInputProps('title')} />
        <Select label={t('schedule.fields.location')} required data={choices.locations} searchable {...form.getInputProps('locationId')} value={form.values.locationId || null} onChange={(value: string | null) => form.setFieldValue('locationId', value ?? '')} />
        <MultiSelect label={t('schedule.fields.resources')} data={choices.resources} searchable {...form.getInputProps('resourceIds')} />
        <MultiSelect label={t('schedule.fields.facilitators')} required data={choices.staff} searchable {...form.getInputProps('facilitatorIds')} />
        {withRepeat && choices.canChooseGroup && (
          <Select label={t('schedule.fields.group')} description={t('schedule.fields.groupHint')} data={choices.groups} searchable clearable {...form.getInputProps('groupId')} value={form.values.groupId || null} onChange={(value: string | null) => form.setFieldValue('groupId', value ?? '')} />
        )}
        {choices.canChooseResidents && <MultiSelect label={t('schedule.fields.participants')} data={choices.residents} searchable {...form.getInputProps('participantIds')} />}
      </SimpleGrid>
      <Group align="flex-start" grow>
        <DateField label={t('schedule.fields.date')} required {...form.getInputProps('startDate')} />
        <TimeInput label={t('schedule.fields.startTime')} required {...form.getInputProps('startTime')} />
        <NumberInput label={t('schedule.fields.durationMinutes')} required min={5} step={15} allowDecimal={false} allowNegative={false} {...form.getInputProps('durationMinutes')} />
        <NumberInput label={t('schedule.fields.capacity')} required min={1} allowDecimal={false} allowNegative={false} {...form.getInputProps('capacity')} />
      </Group>
      {withRepeat && <RepeatFields form={form} />}
    </Stack>
  );
}
