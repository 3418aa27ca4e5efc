import { Checkbox, Group, NumberInput, Radio, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { WEEKDAY_CODES } from '../../../shared/contract/schedule';
import { DateField } from '../../app/DateField';
import type { EndsKind, SessionFormValues } from './sessionFormValues';

const ENDS: EndsKind[] = ['never', 'onDate', 'afterCount'];

/** The repeat rule: none, or weekly on chosen days every N weeks, ending never, on a date or after N times. */
export function RepeatFields({ form }: { form: UseFormReturnType<SessionFormValues> }) {
  const { t } = useTranslation();
  const { repeat, ends } = form.values;
  return (
    <Stack gap="sm">
      <Radio.Group label={t('schedule.repeat.label')} value={repeat} onChange={(value) => form.setFieldValue('repeat', value)}>
        <Group mt={4}>
          <Radio value="none" label={t('schedule.repeat.none')} />
          <Radio value="weekly" label={t('schedule.repeat.weekly')} />
        </Group>
      </Radio.Group>
      {repeat === 'weekly' && (
        <>
          <Checkbox.Group label={t('schedule.repeat.weekdays')} required {...form.getInputProps('weekdays')}>
            <Group mt={4} gap="sm">
              {WEEKDAY_CODES.map((code) => (
                <Checkbox key={code} value={code} label={t(`schedule.weekdays.${code}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <NumberInput label={t('schedule.repeat.interval')} min={1} max={4} allowDecimal={false} allowNegative={false} w={200} {...form.getInputProps('interval')} />
          <Radio.Group label={t('schedule.repeat.ends')} {...form.getInputProps('ends')}>
            <Group mt={4}>
              {ENDS.map((kind) => (
                <Radio key={kind} value={kind} label={t(`schedule.repeat.endsKind.${kind}`)} />
              ))}
            </Group>
          </Radio.Group>
          {ends === 'onDate' && <DateField label={t('schedule.repeat.until')} required {...form.getInputProps('until')} />}
          {ends === 'afterCount' && <NumberInput label={t('schedule.repeat.count')} required min={1} max={520} allowDecimal={false} allowNegative={false} w={200} {...form.getInputProps('count')} />}
        </>
      )}
    </Stack>
  );
}

