import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SignInThrottleEntity } from './sign-in-throttle.entity';

/**
 * Failed sign-ins per typed user name, existing or not, so the delay itself reveals nothing.
 * Kept in the database so restarting the app does not reset the count. The name is stored only as
 * a keyed hash: people sometimes type their password into the user-name box.
 */

/** Failures allowed before the first wait. */
export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 15 * 60;

/** Seconds to wait after `failures` consecutive failures: 0 for the first five, then 30 s doubling to 15 min. */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_WAIT_SECONDS * 2 ** (failures - FREE_ATTEMPTS), LONGEST_WAIT_SECONDS);
}

/** The row key for a typed user name: HMAC-SHA-256 with the installation's secret. */
export function throttleKey(secret: Buffer, typedUsername: string): string {
  return createHmac('sha256', secret).update(typedUsername).digest('hex');
}

/** Seconds the typed user name must still wait, or 0. */
export async function secondsToWait(manager: EntityManager, key: string, now: Date): Promise<number> {
  const row = await manager.findOneBy(SignInThrottleEntity, { username: key });
  if (!row?.blockedUntil) return 0;
  return Math.max(0, Math.ceil((Date.parse(row.blockedUntil) - now.getTime()) / 1000));
}

export async function recordFailure(manager: EntityManager, key: string, now: Date): Promise<void> {
  const row = await manager.findOneBy(SignInThrottleEntity, { username: key });
  const failures = (row?.consecutiveFailures ?? 0) + 1;
  const wait = waitAfterFailures(failures);
  await manager.save(SignInThrottleEntity, {
    username: key,
    consecutiveFailures: failures,
    lastFailureAt: now.toISOString(),
    blockedUntil: wait > 0 ? new Date(now.getTime() + wait * 1000).toISOString() : null,
  });
}

export async function clearFailures(manager: EntityManager, key: string): Promise<void> {
  await manager.delete(SignInThrottleEntity, { username: key });
}
