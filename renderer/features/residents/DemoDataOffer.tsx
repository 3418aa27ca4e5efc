import { Alert, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/backend';
import { notifyError, notifySuccess } from '../../app/notify';
import { useSession } from '../../app/session';
import { useOperation } from '../../app/useOperation';

/** On an empty register, offers fictional demo data (only to those allowed to load it). */
export function DemoDataOffer({ onLoaded }: { onLoaded: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const empty = useOperation('demo.isDatabaseEmpty', {}, can('demo.load'));
  const [loading, setLoading] = useState(false);

  if (empty.value !== true) return null;

  async function load() {
    setLoading(true);
    const result = await call('demo.load', {});
    setLoading(false);
    if (!result.ok) return notifyError(t, result.error);
    notifySuccess(t('residents.demo.done', { residents: result.value.residents, staff: result.value.staff }));
    empty.reload();
    onLoaded();
  }

  return (
    <Alert color="blue" variant="light" title={t('residents.demo.title')} mb="md">
      <Text mb="sm">{t('residents.demo.intro')}</Text>
      <Button onClick={() => void load()} loading={loading}>
        {t('residents.demo.load')}
      </Button>
    </Alert>
  );
}
