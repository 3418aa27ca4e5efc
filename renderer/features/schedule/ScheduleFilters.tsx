import { Group, MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SCHEDULE_GROUPINGS, type ScheduleSearch } from '../../app/routeSearch';
import type { useScheduleChoices } from './useScheduleChoices';

interface ScheduleFiltersProps {
  search: ScheduleSearch;
  choices: ReturnType<typeof useScheduleChoices>;
  onChange: (next: Partial<ScheduleSearch>) => void;
}

/** The calendar's grouping and filters, all held in the address by the page. Empty means "all". */
export function ScheduleFilters({ search, choices, onChange }: ScheduleFiltersProps) {
  const { t } = useTranslation();
  const all = t('common.all');
  return (
    <Group align="flex-end" mb="md" role="search" aria-label={t('schedule.filters.label')}>
      <Select
        label={t('schedule.filters.groupBy')}
        value={search.groupBy}
        allowDeselect={false}
        data={SCHEDULE_GROUPINGS.map((value) => ({ value, label: t(`schedule.grouping.${value}`) }))}
        onChange={(value) => onChange({ groupBy: (value ?? 'none') })}
        w={170}
      />
      <MultiSelect
        label={t('schedule.filters.activityTypes')}
        placeholder={search.types.length === 0 ? all : undefined}
        value={search.types}
        data={choices.types}
        onChange={(types) => onChange({ types })}
        searchable
        clearable
        w={260}
      />
      <Select label={t('schedule.filters.facilitator')} placeholder={all} value={search.facilitator || null} data={choices.staff} onChange={(value) => onChange({ facilitator: value ?? '' })} searchable clearable w={200} />
      <Select label={t('schedule.filters.location')} placeholder={all} value={search.location || null} data={choices.locations} onChange={(value) => onChange({ location: value ?? '' })} searchable clearable w={180} />
      {choices.canChooseResidents && (
        <Select label={t('schedule.filters.resident')} placeholder={all} value={search.resident || null} data={choices.residents} onChange={(value) => onChange({ resident: value ?? '' })} searchable clearable w={200} />
      )}
    </Group>
  );
}
