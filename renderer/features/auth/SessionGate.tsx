import { Alert, Button, Center, MantineThemeProvider, Stack, createTheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/contract/auth';
import type { DatabaseState } from '../../../shared/contract/system';
import type { AppError } from '../../../shared/errors';
import { invoke } from '../../app/api';
import { onUnauthenticated } from '../../app/backend';
import { describeError } from '../../app/errors';
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

/** `session` only once the boot is ready: then it is this window's session, or null if nobody is signed in. */
type BootAnswer = { boot: Boot; session?: SessionInfo | null };

/** Asks the core where things stand: database state, first run, the session of this window. */
async function readBoot(): Promise<BootAnswer> {
  const status = await invoke('system.status', {});
  if (!status.ok) return { boot: { phase: 'failed', error: status.error } };
  const { database, needsFirstAdministrator } = status.value;
  if (database.state !== 'ready') return { boot: { phase: 'unavailable', database } };
  if (needsFirstAdministrator) return { boot: { phase: 'firstRun' } };
  const current = await invoke('auth.session', {});
  if (!current.ok) return { boot: { phase: 'failed', error: current.error } };
  return { boot: { phase: 'ready' }, session: current.value };
}

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

  const showBoot = useCallback((next: BootAnswer) => {
    if (next.session !== undefined) setSession(next.session);
    setBoot(next.boot);
  }, []);
  // The first state is already `loading`; "try again" and "sign in instead" show it again first.
  useEffect(() => {
    void readBoot().then(showBoot);
  }, [showBoot]);
  const start = useCallback(() => {
    setBoot({ phase: 'loading' });
    void readBoot().then(showBoot);
  }, [showBoot]);

  const refreshSession = useCallback(async () => {
    const current = await invoke('auth.session', {});
    if (current.ok) setSession(current.value);
  }, []);

  // A call refused as `unauthenticated` while signed in: the core locked or ended the session.
  const callRefused = useEffectEvent(() => {
    if (session) void refreshSession();
  });
  useEffect(() => onUnauthenticated(() => callRefused()), []);

  useIdleLock(boot.phase === 'ready' ? session : null, setSession);

  // After a sign-out the next person starts from their own first screen, not the last one's page;
  // an address pasted before anyone signed in is kept, so it opens once they have.
  const signedInAccount = useRef<string | null>(null);
  useEffect(() => {
    if (boot.phase !== 'ready') return;
    if (session === null && signedInAccount.current !== null) window.location.replace('#/');
    signedInAccount.current = session?.accountId ?? null;
  }, [boot.phase, session]);

  // Notifications live outside the hidden app and may name residents: none may stay on screen over
  // the lock screen or carry over to the next person after sign-out.
  const signedOut = session === null;
  const locked = session?.locked ?? false;
  useEffect(() => {
    if (boot.phase === 'ready' && (signedOut || locked)) notifications.clean();
  }, [boot.phase, signedOut, locked]);

  // Kept in step while rendering (React's pattern for state that follows other state), not in an
  // effect: no render passes with the previous account's value.
  const unlockedAccount = session && !session.locked && !session.mustChangePassword ? session.accountId : null;
  const nextMountedFor = session ? (unlockedAccount ?? mountedFor) : null;
  if (nextMountedFor !== mountedFor) setMountedFor(nextMountedFor);

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
            <Button onClick={start}>{t('common.tryAgain')}</Button>
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
          onSignInInstead={start}
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
