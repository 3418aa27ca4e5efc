import { useEffect, useEffectEvent } from 'react';
import type { SessionInfo } from '../../../shared/contract/auth';
import { call } from '../../app/backend';

const ACTIVITY_EVENTS = ['mousemove', 'keydown', 'pointerdown', 'wheel', 'touchstart', 'scroll'] as const;
/**
 * The core keeps its own idle clock; telling it "still here" every 30 s of activity is enough,
 * or twice per idle period when the delay is very short (tests, demos).
 */
const STILL_HERE_AT_MOST_EVERY_MS = 30_000;
const CHECK_EVERY_MS = 1_000;

/**
 * Locks the screen after `session.idleLockSeconds` without mouse, keyboard or touch, and tells
 * the core while the person is active so both idle clocks agree. Runs only while unlocked.
 */
export function useIdleLock(session: SessionInfo | null, onLocked: (session: SessionInfo) => void): void {
  const active = session !== null && !session.locked;
  const idleLockSeconds = session?.idleLockSeconds ?? 0;
  // The latest callback, without restarting the idle clock when the caller passes a new one.
  const reportLocked = useEffectEvent((locked: SessionInfo) => onLocked(locked));

  useEffect(() => {
    if (!active || idleLockSeconds <= 0) return;
    let lastActivity = Date.now();
    let lastStillHere = Date.now();
    let locking = false;
    const stillHereEvery = Math.min(STILL_HERE_AT_MOST_EVERY_MS, idleLockSeconds * 500);

    const onActivity = () => {
      const now = Date.now();
      lastActivity = now;
      if (now - lastStillHere >= stillHereEvery) {
        lastStillHere = now;
        void call('auth.stillHere', {});
      }
    };

    const timer = window.setInterval(() => {
      if (locking || Date.now() - lastActivity < idleLockSeconds * 1000) return;
      locking = true;
      void call('auth.lock', {}).then((result) => {
        if (result.ok) reportLocked(result.value);
        // On failure `call` has already asked for the session again (the core may have locked it).
      });
    }, CHECK_EVERY_MS);

    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, onActivity, { passive: true, capture: true });
    return () => {
      window.clearInterval(timer);
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, onActivity, { capture: true });
    };
  }, [active, idleLockSeconds]);
}
