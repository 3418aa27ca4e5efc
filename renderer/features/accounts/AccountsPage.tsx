import { Button, Group } from '@mantine/core';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/contract/accounts';
import { ErrorAlert } from '../../app/errors';
import { isStaleRecord } from '../../app/SaveErrorAlert';
import { useCentreTime } from '../../app/useCentreTime';
import { notifyError, notifySuccess } from '../../app/notify';
import { PageHeader } from '../../app/PageHeader';
import { useHearthMutation, useHearthQuery } from '../../app/queries';
import { ConfirmActiveChange } from '../staff/ConfirmActiveChange';
import { CreateAccountModal } from './CreateAccountModal';
import { ResetPasswordModal } from './ResetPasswordModal';

/** Sign-in accounts: create one per staff member, reset passwords, deactivate or reactivate. */
export function AccountsPage() {
  const centre = useCentreTime();
  const { t } = useTranslation();
  const accounts = useHearthQuery('accounts.list', {});
  const setActive = useHearthMutation('accounts.setActive');
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<AccountSummary | null>(null);
  const [toggling, setToggling] = useState<AccountSummary | null>(null);
  const busy = setActive.pending;
  const rows = accounts.data ?? [];

  async function confirmToggle() {
    if (!toggling) return;
    // The version of the row the person saw: a change made from an outdated list is refused.
    const result = await setActive.run({ accountId: toggling.id, expectedVersion: toggling.version, active: !toggling.active });
    if (!result.ok) {
      // Changed elsewhere meanwhile: show the stored rows, so the next try is made from them.
      if (isStaleRecord(result.error)) {
        setToggling(null);
        accounts.refetch();
      }
      return notifyError(t, result.error);
    }
    notifySuccess(result.value.active ? t('accounts.reactivated') : t('accounts.deactivated'));
    setToggling(null);
  }

  const columns: DataTableColumn<AccountSummary>[] = [
    { id: 'name', header: t('accounts.name'), cell: (account) => account.displayName },
    { id: 'username', header: t('accounts.username'), cell: (account) => account.username },
    { id: 'roles', header: t('accounts.rolesLabel'), cell: (account) => account.roles.map((role) => t(`accounts.roles.${role}`)).join(', ') },
    {
      id: 'status',
      header: t('accounts.status'),
      cell: (account) => (
        <>
          {account.active ? t('common.active') : t('common.inactive')}
          {account.mustChangePassword && ` · ${t('accounts.mustChangePassword')}`}
        </>
      ),
    },
    { id: 'lastSignIn', header: t('accounts.lastSignIn'), cell: (account) => centre.formatInstant(account.lastSignInAt) },
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (account) => (
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" onClick={() => setResetting(account)} aria-label={`${t('accounts.reset.open')} ${account.username}`}>
            {t('accounts.reset.open')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => setToggling(account)}
            aria-label={`${account.active ? t('common.deactivate') : t('common.reactivate')} ${account.username}`}
          >
            {account.active ? t('common.deactivate') : t('common.reactivate')}
          </Button>
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('accounts.title')}>
        <Button onClick={() => setCreating(true)}>{t('accounts.create.title')}</Button>
      </PageHeader>

      <ErrorAlert error={accounts.error} />

      <DataTable
        label={t('accounts.caption', { n: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={(account) => account.id}
        loading={accounts.busy}
        emptyText={t('accounts.none')}
        minWidth={900}
      />

      <CreateAccountModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          notifySuccess(t('accounts.create.done'));
        }}
      />
      {resetting && (
        <ResetPasswordModal
          account={resetting}
          onClose={() => setResetting(null)}
          onDone={() => {
            setResetting(null);
            notifySuccess(t('accounts.reset.done'));
          }}
        />
      )}
      {toggling && (
        <ConfirmActiveChange
          opened
          activate={!toggling.active}
          name={toggling.displayName}
          consequence={toggling.active ? t('accounts.deactivateConsequence') : t('accounts.reactivateConsequence')}
          busy={busy}
          onConfirm={() => void confirmToggle()}
          onCancel={() => setToggling(null)}
        />
      )}
    </>
  );
}
