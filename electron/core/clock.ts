/** Time source of the core; tests pass a controllable one. Instants are always UTC. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** An instant as stored: ISO 8601 in UTC, e.g. 2026-11-23T14:05:00.000Z (sorts as text). */
export function toInstant(date: Date): string {
  return date.toISOString();
}
