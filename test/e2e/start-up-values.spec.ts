import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// A typo in a start-up value stops the preview with one sentence; it never starts without an idle lock.
const badValues: Array<[string, Record<string, string>, string[], RegExp]> = [
  ['an idle lock of "abc" seconds', { HEARTH_IDLE_LOCK_SECONDS: 'abc' }, [], /^HEARTH_IDLE_LOCK_SECONDS must be a whole number of seconds from 1 to 7200 \(it is "abc"\)/],
  ['an idle lock of -1 seconds', { HEARTH_IDLE_LOCK_SECONDS: '-1' }, [], /^HEARTH_IDLE_LOCK_SECONDS must be/],
  ['an empty idle lock', { HEARTH_IDLE_LOCK_SECONDS: '' }, [], /\(it is empty\)/],
  ['a port that is not a number', {}, ['--port', 'eighty'], /^--port must be a port number from 0 to 65535/],
  ['a port out of range in HEARTH_PREVIEW_PORT', { HEARTH_PREVIEW_PORT: '70000' }, [], /^HEARTH_PREVIEW_PORT must be a port number/],
];

for (const [label, env, args, expected] of badValues) {
  test(`the preview refuses to start with ${label}, in one sentence, and opens no database`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hearth-e2e-start-'));
    try {
      const child = spawn(process.execPath, ['out/main/preview.js', ...args], { env: { ...process.env, HEARTH_DATA_DIR: dataDir, HEARTH_PREVIEW_PORT: undefined, HEARTH_IDLE_LOCK_SECONDS: undefined, ...env } });
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const code = await new Promise<number | null>((done) => child.on('exit', done));
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr.trim()).toMatch(expected);
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
