import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

// Runs after every other end-to-end test: the database they filled through the UI (demo data,
// admissions, discharges, sign-ins) must still have an intact audit trail, checked by the same
// command-line tool an administrator would use.
test('the audit trail of the end-to-end database verifies as intact from the command line', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['out/main/cli.js', 'verify-audit'], {
    env: { ...process.env, HEARTH_DATA_DIR: resolve('.tmp/e2e-main'), HEARTH_AUDIT_KEY_FILE: resolve('.tmp/e2e-audit-keys/e2e-main.key') },
  });
  expect(stdout).toMatch(/Audit trail intact: \d+ rows checked/);
  // With the key the preview made: every row's content checked, and the head file agrees.
  expect(stdout).toMatch(/^Rows #1–#\d+: keyed with key [0-9a-f]{16}, which is on this computer: every row checked\.$/m);
  expect(stdout).toMatch(/^The head file \(audit-head\.json\) agrees: row #\d+\.$/m);
  const rows = Number(/intact: (\d+) rows/.exec(stdout)?.[1]);
  // Demo data alone writes more than 80 rows; an empty trail would not prove anything.
  expect(rows).toBeGreaterThan(80);
});
