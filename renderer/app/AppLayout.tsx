import { AppShell, Button, Group, Menu, NavLink, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm';
import { AppModal } from './AppModal';
import { call } from './backend';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { LanguageSwitch } from './LanguageSwitch';
import { visibleNavItems } from './navigation';
import { notifyError, notifySuccess } from './notify';
import { usePath } from './router';
import { useSession } from './session';

/** The frame of the signed-in app: header with language, theme, lock and user menu; navbar of permitted screens. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session, can, setSession } = useSession();
  const path = usePath();
  const [changingPassword, setChangingPassword] = useState(false);

  async function lock() {
    const result = await call('auth.lock', {});
    if (result.ok) setSession(result.value);
    else notifyError(t, result.error);
  }

  async function signOut() {
    await call('auth.signOut', {});
    setSession(null);
  }

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'xs' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg">
            {t('common.appName')}
          </Text>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <ColorSchemeToggle />
            <Button variant="default" onClick={() => void lock()}>
              {t('common.lockScreen')}
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="subtle" aria-label={t('common.userMenu', { name: session.displayName })}>
                  {session.displayName}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setChangingPassword(true)}>{t('auth.changePassword.menu')}</Menu.Item>
                <Menu.Item onClick={() => void signOut()}>{t('common.signOut')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" aria-label={t('common.mainNavigation')}>
        {visibleNavItems(can).map((item) => (
          <NavLink
            key={item.path}
            href={`#${item.path}`}
            label={t(item.labelKey)}
            variant="filled"
            active={path === item.path || path.startsWith(`${item.path}/`)}
            aria-current={path === item.path || path.startsWith(`${item.path}/`) ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main>{children}</AppShell.Main>

      <AppModal opened={changingPassword} onClose={() => setChangingPassword(false)} title={t('auth.changePassword.title')} size="md">
        <ChangePasswordForm
          onCancel={() => setChangingPassword(false)}
          onChanged={(updated) => {
            setChangingPassword(false);
            setSession(updated);
            notifySuccess(t('auth.changePassword.done'));
          }}
        />
      </AppModal>
    </AppShell>
  );
}
