import { expect, test } from 'vitest';
import { todayIn, wallTimeIn } from '../../../shared/time';

test('an instant is shown on the centre’s wall clock, not the machine’s', () => {
  expect(wallTimeIn('2026-11-23T03:30:00.000Z', 'America/Toronto')).toBe('2026-11-22 22:30');
  expect(wallTimeIn('2026-11-23T03:30:00.000Z', 'Europe/Paris')).toBe('2026-11-23 04:30');
  // Summer time: Toronto is UTC-4 in July.
  expect(wallTimeIn('2026-07-01T12:00:00.000Z', 'America/Toronto')).toBe('2026-07-01 08:00');
});

test('"today" is the centre’s calendar day: late evening in Toronto is already tomorrow in UTC', () => {
  const lateEvening = new Date('2026-11-24T03:30:00.000Z');
  expect(todayIn('America/Toronto', lateEvening)).toBe('2026-11-23');
  expect(todayIn('UTC', lateEvening)).toBe('2026-11-24');
});
