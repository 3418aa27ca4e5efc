import { Alert, Button, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentSummary } from '../../../shared/contract/residents';
import { fullName } from '../../app/format';
import { AppLink } from '../../app/links';
import { useCentreTime } from '../../app/useCentreTime';

/** Possible second record of the same person: show who matches and let staff confirm it is someone else. */
export function DuplicateWarning({ duplicates, onConfirm, confirming }: { duplicates: ResidentSummary[]; onConfirm: () => void; confirming: boolean }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  return (
    <Alert color="yellow" variant="light" role="alert" title={t('residents.duplicates.title')} mb="md">
      <Text mb="xs">{t('residents.duplicates.intro')}</Text>
      <List mb="md">
        {duplicates.map((match) => (
          <List.Item key={match.id}>
            <AppLink to="/residents/$id" params={{ id: match.id }}>
              {fullName(match)}
            </AppLink> — {t('residents.fields.dateOfBirth')} {centre.formatDate(match.dateOfBirth)},{' '}
            {t(`residents.status.${match.status}`)}
          </List.Item>
        ))}
      </List>
      <Button color="yellow" c="dark" onClick={onConfirm} loading={confirming}>
        {t('residents.duplicates.admitAnyway')}
      </Button>
    </Alert>
  );
}

/** A `conflict` answer of residents.admit carries the matches; older cores sent the bare list. */
export function duplicatesFromDetails(details: unknown): ResidentSummary[] | null {
  if (Array.isArray(details)) return details as ResidentSummary[];
  if (details && typeof details === 'object' && Array.isArray((details as { duplicates?: unknown }).duplicates)) {
    return (details as { duplicates: ResidentSummary[] }).duplicates;
  }
  return null;
}
