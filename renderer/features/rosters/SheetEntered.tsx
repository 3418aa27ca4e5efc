import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SignInSheetEntry } from '../../../shared/contract/rosters';
import { useHearthQuery } from '../../app/queries';
import { useCentreTime } from '../../app/useCentreTime';

/** "Entered by … on …" (or "not entered yet") for a returned sign-in sheet, from the entry the core keeps. */
export function EnteredLine({ entered }: { entered: SignInSheetEntry | null }) {
  const { t } = useTranslation();
  const { formatInstant } = useCentreTime();
  if (!entered) return <Text>{t('rosters.enter.notEntered')}</Text>;
  const when = formatInstant(entered.enteredAt);
  return <Text>{t('rosters.enter.entered', { name: entered.enteredByName ?? t('rosters.enter.someone'), when })}</Text>;
}

/** The same line for a sheet chosen by its occurrence (the chooser on #/rosters). */
export function SheetEntered({ occurrenceId }: { occurrenceId: string }) {
  const sheet = useHearthQuery('rosters.signInSheet', { occurrenceId });
  return sheet.data ? <EnteredLine entered={sheet.data.entered} /> : null;
}
