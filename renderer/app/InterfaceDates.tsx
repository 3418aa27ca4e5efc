import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dateLanguageOf, firstDayOfWeek } from '../../shared/dates';

/**
 * Mantine's date fields and calendars in the interface language: dayjs locale `en` or `fr` (month
 * and day names, "3 déc. 2026"), and the locale's first day of the week (Sunday / Monday).
 * Switching the language re-renders the fields in the new one.
 */
export function InterfaceDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = dateLanguageOf(i18n.language);
  return <DatesProvider settings={{ locale: language, firstDayOfWeek: firstDayOfWeek(language) }}>{children}</DatesProvider>;
}
