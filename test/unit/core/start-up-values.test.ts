import { describe, expect, test } from 'vitest';
import { MAX_IDLE_LOCK_SECONDS, parseIdleLockSeconds, parsePort } from '../../../electron/core/config/start-up-values';
import { readPreviewOptions } from '../../../electron/preview/preview-options';

describe('HEARTH_IDLE_LOCK_SECONDS', () => {
  test('unset means the centre’s own idle-lock setting applies', () => {
    expect(parseIdleLockSeconds(undefined)).toEqual({ ok: true, value: undefined });
  });

  test.each([['5', 5], ['1', 1], ['600', 600], [String(MAX_IDLE_LOCK_SECONDS), MAX_IDLE_LOCK_SECONDS]])('accepts %s seconds', (raw, seconds) => {
    expect(parseIdleLockSeconds(raw)).toEqual({ ok: true, value: seconds });
  });

  test.each(['abc', '-1', '0', '1.5', '', ' 5', '5s', '1e3', '+5', 'Infinity', 'NaN', '0x10', String(MAX_IDLE_LOCK_SECONDS + 1), '99999999999999999999'])(
    'refuses %j with a sentence naming the variable and the allowed range, never turning it into no idle lock',
    (raw) => {
      const parsed = parseIdleLockSeconds(raw);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.problem).toMatch(/^HEARTH_IDLE_LOCK_SECONDS must be a whole number of seconds from 1 to 7200 \(it is .+\)/);
      expect(parsed.problem.split('. ').length).toBe(1);
    },
  );

  test('shows an empty value as “empty” so the person sees what went wrong', () => {
    expect(parseIdleLockSeconds('')).toMatchObject({ ok: false, problem: expect.stringContaining('(it is empty)') });
  });
});

describe('the preview’s port', () => {
  test.each([['0', 0], ['4320', 4320], ['65535', 65535]])('accepts %s', (raw, port) => {
    expect(parsePort(raw, '--port')).toEqual({ ok: true, value: port });
  });

  test.each(['abc', '-1', '65536', '1.5', '', '80 ', '1e3'])('refuses %j', (raw) => {
    expect(parsePort(raw, '--port')).toMatchObject({ ok: false, problem: expect.stringMatching(/^--port must be a port number from 0 to 65535/) });
  });

  test('--port wins over HEARTH_PREVIEW_PORT, and both default to any free port', () => {
    expect(readPreviewOptions(['--port', '4321'], { HEARTH_PREVIEW_PORT: '9999' })).toEqual({ ok: true, value: { port: 4321, idleLockSecondsOverride: undefined } });
    expect(readPreviewOptions([], { HEARTH_PREVIEW_PORT: '9999' })).toEqual({ ok: true, value: { port: 9999, idleLockSecondsOverride: undefined } });
    expect(readPreviewOptions([], {})).toEqual({ ok: true, value: { port: 0, idleLockSecondsOverride: undefined } });
  });

  test('refuses --port without a number, a bad HEARTH_PREVIEW_PORT, and a bad idle lock', () => {
    expect(readPreviewOptions(['--port'], {})).toMatchObject({ ok: false, problem: expect.stringContaining('--port must be') });
    expect(readPreviewOptions([], { HEARTH_PREVIEW_PORT: 'eighty' })).toMatchObject({ ok: false, problem: expect.stringContaining('HEARTH_PREVIEW_PORT must be') });
    expect(readPreviewOptions(['--port', '0'], { HEARTH_IDLE_LOCK_SECONDS: 'abc' })).toMatchObject({ ok: false, problem: expect.stringContaining('HEARTH_IDLE_LOCK_SECONDS must be') });
    expect(readPreviewOptions(['--port', '0'], { HEARTH_IDLE_LOCK_SECONDS: '6' })).toEqual({ ok: true, value: { port: 0, idleLockSecondsOverride: 6 } });
  });
});
