import { Loader, type LoaderProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's spinner, announced as "Loading". It needs a role: an aria-label on a plain element is
 * not allowed (axe: aria-prohibited-attr), and screen readers would ignore it.
 */
export function LoadingIndicator(props: LoaderProps) {
  const { t } = useTranslation();
  return <Loader role="status" aria-label={t('common.loading')} {...props} />;
}
