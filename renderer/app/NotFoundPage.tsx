import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader';
import { Link } from './router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common.notFound')} />
      <Text>
        <Link to="/">{t('common.backHome')}</Link>
      </Text>
    </>
  );
}
