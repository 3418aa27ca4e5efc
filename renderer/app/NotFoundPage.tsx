import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader';
import { AppLink } from './links';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common.notFound')} />
      <Text>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Text>
    </>
  );
}
