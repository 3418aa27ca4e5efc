import { Alert, Button, Center, MantineThemeProvider, Stack, createTheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/contract/auth';
import type { DatabaseState } from '../../../shared/contract/system';
import type { AppError } from '../../../shared/errors';
import { invoke } from '../../app/api';
import { onUnauthenticated } from '../../app/backend';
import { describeError } from '../../app/errors';
import { navigate } from '../../app/router';
import { SessionProvider, type SessionContextValue } from '../../app/session';
import { AuthFrame } from './AuthFrame';
import { ChangePasswordForm } from './ChangePasswordForm';
import { DamagedDatabaseScreen } from './DamagedDatabaseScreen';
import { DatabaseInUseScreen } from './DatabaseInUseScreen';
import { FirstRunForm } from './FirstRunForm';
import { LockScreen } from './LockScreen';
import { SignInForm } from './SignInForm';
import { useIdleLock } from './useIdleLock';

const APP_PORTAL_ID = 'hearth-app-portal';
const portalInsideApp = createTheme({ components: { Portal: { defaultProps: { target: `#${APP_PORTAL_ID}` } } } });

type Boot =
  | { phase: 'loading' }
  | { phase: 'failed'; error: AppError }
  | { phase: 'unavailable'; database: Exclude<DatabaseState, { state: 'ready' }> }
  | { phase: 'firstRun' }
  | { phase: 'ready' };

/**
 * The boot flow and the session's owner: database state, first administrator, sign-in, forced
 * password change, then the app. While locked, the app stays mounted but hidden and inert (so a
 * half-filled form survives) and the lock screen is shown beside it; signing out unmounts it.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ phase: 'loading' });
  const [session, setSession] = useState<SessionInfo | null>(null);
  // The account whose app is mounted; kept while locked, cleared at sign-out.
  const [mountedFor, setMountedFor] = useState<string | null>(null);
  const sessionRef = useRef(session);
  sessionRef.current = session;

  const start = useCallback(async () => {
    setBoot({ phase: 'loading' });
    const status = await invoke('system.status', {});
    if (!status.ok) return setBoot({ phase: 'failed', error: status.error });
    const { database, needsFirstAdministrator } = status.value;
    if (database.state !== 'ready') return setBoot({ phase: 'unavailable', database });
    if (needsFirstAdministrator) return setBoot({ phase: 'firstRun' });
    const current = await invoke('auth.session', {});
    if (!current.ok) return setBoot({ phase: 'failed', error: current.error });
    setSession(current.value);
    setBoot({ phase: 'ready' });
  }, []);

  useEffect(() => {
    void start();
  }, [start]);

  const refreshSession = useCallback(async () => {
    const current = await invoke('auth.session', {});
    if (current.ok) setSession(current.value);
  }, []);

  // A call refused as `unauthenticated` while signed in: the core locked or ended the session.
  useEffect(() => onUnauthenticated(() => void (sessionRef.current && refreshSession())), [refreshSession]);

  useIdleLock(boot.phase === 'ready' ? session : null, setSession);

  // After a sign-out the next person starts from their own first screen, not the last one's page.
  useEffect(() => {
    if (boot.phase === 'ready' && session === null) navigate('/', { replace: true });
  }, [boot.phase, session]);

  // Notifications live outside the hidden app and may name residents: none may stay on screen over
  // the lock screen or carry over to the next person after sign-out.
  const signedOut = session === null;
  const locked = session?.locked ?? false;
  useEffect(() => {
    if (boot.phase === 'ready' && (signedOut || locked)) notifications.clean();
  }, [boot.phase, signedOut, locked]);

  const unlockedAccount = session && !session.locked && !session.mustChangePassword ? session.accountId : null;
  useEffect(() => {
    if (!session) setMountedFor(null);
    else if (unlockedAccount) setMountedFor(unlockedAccount);
  }, [session, unlockedAccount]);

  const contextValue = useMemo<SessionContextValue | null>(
    () =>
      session && {
        session,
        can: (permission) => session.permissions.includes(permission),
        setSession,
        refreshSession,
      },
    [session, refreshSession],
  );

  switch (boot.phase) {
    case 'loading':
      return (
        <Center mih="100vh">
          <LoadingIndicator />
        </Center>
      );
    case 'failed': {
      const { title, message } = describeError(t, boot.error);
      return (
        <AuthFrame title={t('auth.bootFailed')}>
          <Stack>
            <Alert color="red" variant="light" title={title} role="alert">
              {message}
            </Alert>
            <Button onClick={() => void start()}>{t('common.tryAgain')}</Button>
          </Stack>
        </AuthFrame>
      );
    }
    case 'unavailable':
      return boot.database.state === 'inUse' ? (
        <DatabaseInUseScreen database={boot.database} />
      ) : (
        <DamagedDatabaseScreen file={boot.database.file} problem={boot.database.problem} latestBackup={boot.database.latestBackup} />
      );
    case 'firstRun':
      return (
        <FirstRunForm
          onDone={(created) => {
            setSession(created);
            setBoot({ phase: 'ready' });
          }}
          onSignInInstead={() => void start()}
        />
      );
  }

  if (!session || !contextValue) return <SignInForm onSignedIn={setSession} />;

  const appMounted = mountedFor === session.accountId;
  if (!appMounted && session.locked) return <LockScreen session={session} onUnlocked={setSession} onSignedOut={() => setSession(null)} />;
  if (session.mustChangePassword && !session.locked) {
    return (
      <AuthFrame title={t('auth.changePassword.forcedTitle')} intro={t('auth.changePassword.forcedIntro')}>
        <ChangePasswordForm onChanged={setSession} />
      </AuthFrame>
    );
  }

  return (
    <SessionProvider value={contextValue}>
      {/* `hidden` removes the app from view and from the accessibility tree; `inert` also blocks focus. */}
      <div key={session.accountId} hidden={session.locked} inert={session.locked}>
        {(appMounted || !session.locked) && <MantineThemeProvider theme={portalInsideApp}>{children}</MantineThemeProvider>}
        {/* Modals and dropdowns of the app render here, so locking hides them with the rest. */}
        <div id={APP_PORTAL_ID} />
      </div>
      {session.locked && <LockScreen session={session} onUnlocked={setSession} onSignedOut={() => setSession(null)} />}
    </SessionProvider>
  );
}
