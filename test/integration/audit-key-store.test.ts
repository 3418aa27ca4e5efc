import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { defaultAuditKeyFile, fileAuditKeyStore } from '../../electron/core/audit/audit-key-store';
import { newAuditKey } from '../../electron/core/audit/audit-key';
import { TEST_COST } from '../../electron/core/auth/passwords';
import { createCore } from '../../electron/core/core';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
function newDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('where the audit key file is', () => {
  test('HEARTH_AUDIT_KEY_FILE wins; otherwise one file per data folder in the user’s configuration folder, named by its real path', () => {
    const config = newDir('hearth-config-');
    const data = newDir('hearth-data-');
    const other = newDir('hearth-data-');
    const env = { XDG_CONFIG_HOME: config };
    expect(defaultAuditKeyFile(data, { ...env, HEARTH_AUDIT_KEY_FILE: '/somewhere/else.key' })).toBe('/somewhere/else.key');
    const file = defaultAuditKeyFile(data, env);
    if (process.platform === 'linux') expect(file).toMatch(new RegExp(`^${config}/hearth/audit-keys/[0-9a-f]{16}\\.key$`));
    expect(file.startsWith(data)).toBe(false);
    expect(defaultAuditKeyFile(other, env)).not.toBe(file);
    // The same folder reached through a link is the same installation.
    const link = join(newDir('hearth-link-'), 'data');
    symlinkSync(data, link);
    expect(defaultAuditKeyFile(link, env)).toBe(file);
  });
});

describe('the key file store', () => {
  test('keeps the key owner-only, in an owner-only folder, and loads it back', () => {
    const file = join(newDir('hearth-keys-'), 'nested', 'audit.key');
    const store = fileAuditKeyStore(file);
    expect(store.load()).toEqual({ state: 'none' });
    const secret = newAuditKey();
    store.save(secret);
    expect(store.load()).toEqual({ state: 'found', secret });
    if (process.platform !== 'win32') {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    }
    expect(readdirSync(dirname(file))).toEqual(['audit.key']); // no temporary file left
  });

  test('an unreadable key is kept aside, never overwritten; the core makes a new key, says so, and opens', async () => {
    const keys = newDir('hearth-keys-');
    const file = join(keys, 'audit.key');
    mkdirSync(keys, { recursive: true });
    writeFileSync(file, 'not a key');
    expect(fileAuditKeyStore(file).load()).toMatchObject({ state: 'unreadable' });

    const logged: unknown[] = [];
    const core = await createCore({ dataDir: newDir('hearth-data-'), passwordCost: TEST_COST, auditKeyStore: fileAuditKeyStore(file), log: (error) => logged.push(error) });
    cleanups.push(() => core.close());
    expect(core.state).toBe('ready');
    expect(fileAuditKeyStore(file).load()).toMatchObject({ state: 'found' });
    expect(readdirSync(keys).sort()).toEqual(['audit.key', expect.stringMatching(/^audit\.key\.unreadable-/)]);
    expect(String(logged[0])).toContain('could not be used');
  });
});
