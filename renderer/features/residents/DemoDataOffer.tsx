import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../app/notify';
import { useSession } from '../../app/session';
import { useHearthMutation, useHearthQuery } from '../../app/queries';

/** On an empty register, offers fictional demo data (only to those allowed to load it). */
export function DemoDataOffer() {
  const { t } = useTranslation();
  const { can } = useSession();
  const empty = useHearthQuery('demo.isDatabaseEmpty', {}, { enabled: can('demo.load') });
  // Loading refreshes the register and this offer (both read the residents), as declared in the contract.
  const demo = useHearthMutation('demo.load');

  if (empty.data !== true) return null;

  async function load() {
    const result = await demo.run({});
    if (!result.ok) return notifyError(t, result.error);
    notifySuccess(t('residents.demo.done', { residents: result.value.residents, staff: result.value.staff }));
  }

  return (
    <Alert color="blue" variant="light" title={t('residents.demo.title')} mb="md">
      <Text mb="sm">{t('residents.demo.intro')}</Text>
      <Button onClick={() => void load()} loading={demo.pending}>
        {t('residents.demo.load')}
      </Button>
    </Alert>
  );
}
