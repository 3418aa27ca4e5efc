import { AppShell, Button, Group, Menu, NavLink, Stack, Text } from '@mantine/core';
import { Outlet, useLocation, useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm';
import { CommandPalette } from '../features/palette/CommandPalette';
import { PaletteButton } from '../features/palette/PaletteButton';
import { AppModal } from './AppModal';
import { call } from './backend';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { LanguageSwitch } from './LanguageSwitch';
import { visibleNavItems } from './navigation';
import { notifySuccess } from './notify';
import { AppLink } from './links';
import { PermittedScreen } from './PermittedScreen';
import { useSession } from './session';
import { hasUnsavedWork } from './unsavedWork';
import { useLockScreen } from './useLockScreen';

/** The frame of the signed-in app (the root route): header with the command palette, language, theme, lock and user menu; navbar of permitted screens. */
export function AppLayout() {
  const { t } = useTranslation();
  const { session, can, setSession } = useSession();
  const path = useLocation({ select: (location) => location.pathname });
  const { routeTree } = useRouter();
  const [changingPassword, setChangingPassword] = useState(false);

  const lock = useLockScreen();

  const [confirmingSignOut, setConfirmingSignOut] = useState(false);

  async function signOut() {
    setConfirmingSignOut(false);
    await call('auth.signOut', {});
    setSession(null);
  }

  // Signing out unmounts every form: typed work that is not saved yet is asked about first.
  const requestSignOut = () => (hasUnsavedWork() ? setConfirmingSignOut(true) : void signOut());

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'xs' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg">
            {t('common.appName')}
          </Text>
          <Group gap="sm" wrap="nowrap">
            <PaletteButton />
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
                <Menu.Item onClick={requestSignOut}>{t('common.signOut')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" aria-label={t('common.mainNavigation')}>
        {visibleNavItems(routeTree, can).map((item) => {
          const current = path === item.to || path.startsWith(`${item.to}/`);
          return <NavLink key={item.to} component={AppLink} to={item.to} label={t(item.labelKey)} variant="filled" active={current} aria-current={current ? 'page' : undefined} />;
        })}
      </AppShell.Navbar>

      <AppShell.Main>
        <PermittedScreen>
          <Outlet />
        </PermittedScreen>
      </AppShell.Main>

      <CommandPalette />

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

      <AppModal opened={confirmingSignOut} onClose={() => setConfirmingSignOut(false)} title={t('common.signOutUnsaved.title')} size="md">
        <Stack>
          <Text>{t('common.signOutUnsaved.message')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingSignOut(false)} data-autofocus>
              {t('common.unsavedChanges.stay')}
            </Button>
            <Button color="red" onClick={() => void signOut()}>
              {t('common.signOutUnsaved.signOut')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </AppShell>
  );
}
