import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../shared/permissions';
import { useSession } from './session';

/** Guards a screen reached by typing its address: the core refuses anyway; this says so plainly. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (!can(permission)) {
    return (
      <Alert color="red" variant="light" title={t('errors.forbidden')} role="alert">
        {t('common.notAllowed')}
      </Alert>
    );
  }
  return <>{children}</>;
}
