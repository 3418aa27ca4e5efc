import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { backupFolderOf, listBackups } from '../../electron/core/backups/backup-files';
import { admission, startTestCore } from '../support/test-core';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function newFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'hearth-cli-test-'));
  folders.push(folder);
  return folder;
}

function captureOutput() {
  const info: string[] = [];
  const errors: string[] = [];
  return { info, errors, out: { info: (line: string) => info.push(line), error: (line: string) => errors.push(line) } };
}

/** A data folder whose database already holds people and audit rows, and no daily copy yet. */
async function folderWithHistory(): Promise<string> {
  const dataDir = newFolder();
  const t = await startTestCore({ dataDir });
  await t.must('admin', 'residents.admit', admission());
  await t.dispose();
  expect(listBackups(backupFolderOf(dataDir)).filter((b) => b.kind === 'daily')).toEqual([]);
  return dataDir;
}

test('demo data on a folder with history is refused in one readable sentence, and the day’s backup copy is still made', async () => {
  const dataDir = await folderWithHistory();
  const { info, errors, out } = captureOutput();
  expect(await runCli('seed-demo', dataDir, out)).toBe(1);
  // The start-up copy ran first in the core's queue, not inside the seeding transaction.
  expect(errors).toEqual(['The register already holds people; demo data is only loaded into a new, empty one.']);
  expect(info).toEqual([]);
  expect(listBackups(backupFolderOf(dataDir)).filter((b) => b.kind === 'daily')).toHaveLength(1);
});

test('demo data on a new folder is loaded, with one line saying so', async () => {
  const dataDir = newFolder();
  const { info, errors, out } = captureOutput();
  expect(await runCli('seed-demo', dataDir, out)).toBe(0);
  expect(errors).toEqual([]);
  expect(info).toEqual([expect.stringMatching(/^Loaded 60 demo residents and 15 demo staff into /)]);
});
