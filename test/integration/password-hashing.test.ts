import { rmSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { hashPassword, needsRehash, PRODUCTION_COST, TEST_COST, verifyPassword, type PasswordHashCost } from '../../electron/core/auth/passwords';
import { ADMIN_PASSWORD, errorOf, startTestCore, type TestCore } from '../support/test-core';

// Hashes carry their own scrypt parameters. When the parameters are raised (N=2^16 → 2^17 for
// OWASP's minimum), existing hashes are upgraded at the next successful sign-in, the only moment
// the password is known; the tests keep a cheap cost and raise it a step to see the upgrade.

const HIGHER: PasswordHashCost = { ...TEST_COST, log2N: TEST_COST.log2N + 1 };
const cores: TestCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.dispose();
});

async function storedHash(t: TestCore, username = 'ada'): Promise<string> {
  const rows = await t.core.services.dataSource.query<Array<{ h: string }>>('SELECT password_hash AS h FROM accounts WHERE username = ?', [username]);
  return rows[0].h;
}

/** A database whose admin hash was made at TEST_COST, reopened by a core that asks for HIGHER. */
async function reopenedWithHigherCost(): Promise<TestCore> {
  const first = await startTestCore();
  const { dataDir } = first;
  await first.core.close();
  const second = await startTestCore({ dataDir, setUpAdmin: false, passwordCost: HIGHER });
  cores.push({ ...second, dispose: async () => (await second.dispose(), rmSync(dataDir, { recursive: true, force: true })) });
  return second;
}

describe('the scrypt parameters', () => {
  test('are at least OWASP’s minimum in production: N=2^17, r=8, p=1', async () => {
    expect(PRODUCTION_COST.log2N).toBeGreaterThanOrEqual(17);
    expect(PRODUCTION_COST.r).toBeGreaterThanOrEqual(8);
    expect(PRODUCTION_COST.p).toBeGreaterThanOrEqual(1);
    // Node's default memory cap (32 MiB) would refuse these: the hash must really be computed.
    const hash = await hashPassword('lantern orchard velvet', PRODUCTION_COST);
    expect(hash).toMatch(/^scrypt\$17\$8\$1\$/);
    expect(await verifyPassword('lantern orchard velvet', hash)).toBe(true);
    expect(await verifyPassword('lantern orchard velvets', hash)).toBe(false);
  });

  test('a hash is judged weaker when any parameter is below the asked cost', () => {
    const at = (log2N: number, r: number, p: number) => `scrypt$${log2N}$${r}$${p}$c2FsdA==$a2V5`;
    expect(needsRehash(at(16, 8, 1), PRODUCTION_COST)).toBe(true);
    expect(needsRehash(at(17, 4, 1), PRODUCTION_COST)).toBe(true);
    expect(needsRehash(at(17, 8, 1), PRODUCTION_COST)).toBe(false);
    expect(needsRehash(at(18, 8, 2), PRODUCTION_COST)).toBe(false);
  });
});

describe('a hash made with weaker parameters', () => {
  test('is replaced at the next successful sign-in, and the password still works afterwards', async () => {
    const t = await reopenedWithHigherCost();
    const before = await storedHash(t);
    expect(before.startsWith(`scrypt$${TEST_COST.log2N}$`)).toBe(true);

    await t.must('x', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD });
    const after = await storedHash(t);
    expect(after.startsWith(`scrypt$${HIGHER.log2N}$${HIGHER.r}$${HIGHER.p}$`)).toBe(true);
    expect(after).not.toBe(before);

    await t.must('x', 'auth.signOut', {});
    await t.must('y', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD });
    expect(await storedHash(t)).toBe(after); // upgraded once, not at every sign-in
  });

  test('is left alone by a failed sign-in', async () => {
    const t = await reopenedWithHigherCost();
    const before = await storedHash(t);
    expect(errorOf(await t.call('x', 'auth.signIn', { username: 'ada', password: 'not her password at all' })).code).toBe('unauthenticated');
    expect(await storedHash(t)).toBe(before);
  });

  test('is upgraded inside the sign-in’s transaction: if the sign-in cannot be recorded, the old hash stays', async () => {
    const t = await reopenedWithHigherCost();
    const before = await storedHash(t);
    // Make the sign-in's audit row fail after the hash was replaced in the same transaction.
    await t.core.services.dataSource.query(
      "CREATE TRIGGER refuse_sign_in BEFORE INSERT ON audit_events WHEN NEW.action = 'auth.signIn' BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    expect(errorOf(await t.call('x', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD })).code).toBe('internal');
    expect(await storedHash(t)).toBe(before);
    await t.core.services.dataSource.query('DROP TRIGGER refuse_sign_in');
  });
});
