import { Alert } from '@mantine/core';
import { useMatches } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './session';

/**
 * Guards every screen by its route's `staticData.permission` (routes.tsx): someone reaching a screen
 * by its address without the permission is told so plainly. The core refuses its calls anyway.
 */
export function PermittedScreen({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const allowed = useMatches({ select: (matches) => matches.every((match) => !match.staticData.permission || can(match.staticData.permission)) });
  if (!allowed) {
    return (
      <Alert color="red" variant="light" title={t('errors.forbidden')} role="alert">
        {t('common.notAllowed')}
      </Alert>
    );
  }
  return <>{children}</>;
}
