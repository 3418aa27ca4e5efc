import { createContext, useContext, type ReactNode } from 'react';
import type { SessionInfo } from '../../shared/contract/auth';
import type { Permission } from '../../shared/permissions';

// The signed-in person as the screens see it. `can` hides what their roles do not allow; the core
// checks the same permissions again on every call.

export interface SessionContextValue {
  session: SessionInfo;
  can: (permission: Permission) => boolean;
  /** Replace the session after an operation returned a new one (lock, change password). */
  setSession: (session: SessionInfo | null) => void;
  /** Ask the core for the session again (after it may have locked or ended it). */
  refreshSession: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ value, children }: { value: SessionContextValue; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession is used outside a signed-in screen.');
  return value;
}
