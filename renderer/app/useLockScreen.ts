import { useTranslation } from 'react-i18next';
import { call } from './backend';
import { notifyError } from './notify';
import { useSession } from './session';

/** Locks the screen now (the header's button and the command palette): the core locks, the gate shows the lock screen. */
export function useLockScreen(): () => Promise<void> {
  const { t } = useTranslation();
  const { setSession } = useSession();
  return async () => {
    const result = await call('auth.lock', {});
    if (result.ok) setSession(result.value);
    else notifyError(t, result.error);
  };
}
