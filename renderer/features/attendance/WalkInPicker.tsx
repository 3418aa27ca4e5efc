import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESIDENTS_PAGE_MAX } from '../../../shared/contract/residents';
import { useHearthQuery } from '../../app/queries';

interface Props {
  /** Who is on the roster already (not offered). */
  rosterIds: ReadonlySet<string>;
  disabled: boolean;
  busy: boolean;
  onAdd: (resident: { id: string; name: string }) => void;
}

/** A searchable list of admitted residents not on the roster; the core checks they were admitted that day. */
export function WalkInPicker({ rosterIds, disabled, busy, onAdd }: Props) {
  const { t } = useTranslation();
  const residents = useHearthQuery('residents.list', { status: 'admitted', sort: 'name', direction: 'asc', limit: RESIDENTS_PAGE_MAX, offset: 0 }, { enabled: !disabled });
  const [chosen, setChosen] = useState<string | null>(null);
  const options = (residents.data?.rows ?? [])
    .filter((resident) => !rosterIds.has(resident.id))
    .map((resident) => ({ value: resident.id, label: `${resident.lastName}, ${resident.preferredName ?? resident.firstName}` }));
  const chosenOption = options.find((option) => option.value === chosen);

  return (
    <Group align="flex-end">
      <Select
        label={t('attendance.walkIn.resident')}
        placeholder={t('attendance.walkIn.placeholder')}
        nothingFoundMessage={t('attendance.walkIn.nothingFound')}
        data={options}
        value={chosen}
        onChange={setChosen}
        searchable
        clearable
        disabled={disabled}
        w={360}
      />
      <Button
        variant="default"
        disabled={disabled || !chosenOption}
        loading={busy}
        onClick={() => {
          if (!chosenOption) return;
          onAdd({ id: chosenOption.value, name: chosenOption.label });
          setChosen(null);
        }}
      >
        {t('attendance.walkIn.add')}
      </Button>
    </Group>
  );
}
