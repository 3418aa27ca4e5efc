/**
 * Values read at start from the environment or the command line. Each is either valid or refused
 * with one sentence saying what is wrong and what is expected: a typo must stop the start, never
 * quietly become "no idle lock" (`Number('abc')` is NaN, and NaN seconds never elapse).
 */
export type StartUpValue<T> = { ok: true; value: T } | { ok: false; problem: string };

/** The centre's own setting allows 1 to 120 minutes; an override may not go beyond it. */
export const MAX_IDLE_LOCK_SECONDS = 120 * 60;

/** HEARTH_IDLE_LOCK_SECONDS: unset means "use the centre's setting"; anything else must be a whole number of seconds. */
export function parseIdleLockSeconds(raw: string | undefined, source = 'HEARTH_IDLE_LOCK_SECONDS'): StartUpValue<number | undefined> {
  if (raw === undefined) return { ok: true, value: undefined };
  const seconds = wholeNumber(raw);
  if (seconds === null || seconds < 1 || seconds > MAX_IDLE_LOCK_SECONDS) {
    return { ok: false, problem: `${source} must be a whole number of seconds from 1 to ${MAX_IDLE_LOCK_SECONDS} (it is ${quoted(raw)}); unset it to use the centre's idle-lock setting.` };
  }
  return { ok: true, value: seconds };
}

/** A TCP port on the loopback: 0 asks the system for a free one. Unset means 0. */
export function parsePort(raw: string | undefined, source: string): StartUpValue<number> {
  if (raw === undefined) return { ok: true, value: 0 };
  const port = wholeNumber(raw);
  if (port === null || port > 65535) return { ok: false, problem: `${source} must be a port number from 0 to 65535, 0 for any free port (it is ${quoted(raw)}).` };
  return { ok: true, value: port };
}

/** Digits only: no sign, no decimals, no exponent, no spaces, no empty string. */
function wholeNumber(raw: string): number | null {
  return /^\d{1,7}$/.test(raw) ? Number(raw) : null;
}

/** What was given, shown so the person can find the typo; bounded, and visible even when empty. */
function quoted(raw: string): string {
  if (raw === '') return 'empty';
  return JSON.stringify(raw.length > 20 ? `${raw.slice(0, 20)}…` : raw);
}
