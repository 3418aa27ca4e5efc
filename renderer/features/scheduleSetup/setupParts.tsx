import { Switch, Text, type SwitchProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Active" / "Inactive" in a list. */
export function StatusCell({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? t('common.active') : t('common.inactive');
}

/** Said where the add button would be, so a reader knows why there is none. */
export function ReadOnlyNote() {
  const { t } = useTranslation();
  return <Text size="sm">{t('scheduleSetup.readOnly')}</Text>;
}

/** The active flag of an edit form: inactive records stay for history and cannot be booked. */
export function ActiveSwitch(props: SwitchProps) {
  const { t } = useTranslation();
  return <Switch label={t('scheduleSetup.active')} description={t('scheduleSetup.activeHint')} {...props} />;
}
