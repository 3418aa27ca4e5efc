import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import * as english from '@zxcvbn-ts/language-en';
import { afterEach, describe, expect, test } from 'vitest';
import { countRows, expectNothingWritten } from '../support/db-snapshot';
import { ADMIN_PASSWORD, errorOf, STAFF_PASSWORD, startTestCore, type TestCore, versionOf } from '../support/test-core';

// Length alone let "aaaaaaaaaa" and "password123" guard every record. A chosen password is now
// judged by how guessable it is (zxcvbn, with the person's own names), wherever one is chosen.

let t: TestCore;
afterEach(() => t.dispose());

const ADA = { firstName: 'Ada', lastName: 'Admin', username: 'ada' };
const WEAK = ['aaaaaaaaaa', 'password123', '1234567890', 'qwertyuiop', 'admin12345', 'motdepasse123'];
/** Her own names and user name, however dressed up: the first thing anyone who knows her tries. */
const ADAS_OWN_NAME = ['Ada Admin 2026', 'adaadmin!!', 'ADMIN-ADA-1990', 'ada.admin.ada'];

function expectWeakPasswordRefusal(error: ReturnType<typeof errorOf>, field: string): void {
  expect(error).toMatchObject({ code: 'validation', messageKey: 'problems.checkFields' });
  const keys = error.fieldErrors?.[field] ?? [];
  expect(keys[0]).toMatch(/^validation\.weakPassword\.[a-zA-Z]+$/);
  expect(keys.slice(1).length).toBeGreaterThan(0);
  for (const key of keys.slice(1)) expect(key).toMatch(/^validation\.passwordHint\.[a-zA-Z]+$/);
}

describe('the first administrator’s password', () => {
  test.each([...WEAK, ...ADAS_OWN_NAME])('%j is refused with a reason and a hint, and no account is made', async (password) => {
    t = await startTestCore({ setUpAdmin: false });
    const result = await expectNothingWritten(t, () => t.call('a', 'auth.setUpFirstAdministrator', { ...ADA, password }));
    expectWeakPasswordRefusal(errorOf(result), 'password');
    expect(await countRows(t, 'accounts')).toBe(0);
  });

  test('names why: a common password, a keyboard row, repeated letters, her own name', async () => {
    t = await startTestCore({ setUpAdmin: false });
    const reasonFor = async (password: string) => errorOf(await t.call('a', 'auth.setUpFirstAdministrator', { ...ADA, password })).fieldErrors?.password?.[0];
    expect(await reasonFor('password123')).toBe('validation.weakPassword.common');
    expect(await reasonFor('aaaaaaaaaa')).toBe('validation.weakPassword.simpleRepeat');
    expect(await reasonFor('qwertyuiop')).toBe('validation.weakPassword.topHundred');
    expect(await reasonFor('Ada Admin 2026')).toBe('validation.weakPassword.userInputs');
  });

  test('a few unrelated words are accepted', async () => {
    t = await startTestCore({ setUpAdmin: false });
    await t.must('a', 'auth.setUpFirstAdministrator', { ...ADA, password: ADMIN_PASSWORD });
  });
});

describe('changing one’s password', () => {
  test('to a weak one, or to one’s own name, is refused on the new-password field and the old one still works', async () => {
    t = await startTestCore();
    for (const newPassword of ['password123', 'qwertyuiop', 'Ada Admin 2026']) {
      const result = await expectNothingWritten(t, () => t.call('admin', 'auth.changePassword', { currentPassword: ADMIN_PASSWORD, newPassword }));
      expectWeakPasswordRefusal(errorOf(result), 'newPassword');
    }
    await t.must('admin', 'auth.signOut', {});
    await t.must('admin', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD });
  });
});

describe('an administrator’s temporary password', () => {
  test('for a new account is judged against the new person’s names and user name', async () => {
    t = await startTestCore();
    const member = await t.must('admin', 'staff.create', { firstName: 'Marie-Ève', lastName: 'Tremblay', roles: ['counsellor'], email: '', phone: '' });
    for (const temporaryPassword of ['marie eve tremblay', 'Tremblay2026!', 'metremblay99', '1234567890']) {
      const result = await expectNothingWritten(t, () => t.call('admin', 'accounts.create', { staffId: member.id, username: 'metremblay', temporaryPassword }));
      expectWeakPasswordRefusal(errorOf(result), 'temporaryPassword');
    }
    await t.must('admin', 'accounts.create', { staffId: member.id, username: 'metremblay', temporaryPassword: 'lantern orchard velvet' });
  });

  test('on a reset is judged the same way', async () => {
    t = await startTestCore();
    const colleague = await t.signInAs('c', ['counsellor'], 'Noah');
    const expectedVersion = await versionOf(t, 'accounts', colleague.accountId);
    const result = await expectNothingWritten(t, () => t.call('admin', 'accounts.resetPassword', { accountId: colleague.accountId, expectedVersion, temporaryPassword: 'admin12345' }));
    expectWeakPasswordRefusal(errorOf(result), 'temporaryPassword');
    expect(await t.must('c', 'auth.session', {})).not.toBeNull(); // the refused reset ended nobody's session
    await t.must('admin', 'accounts.resetPassword', { accountId: colleague.accountId, expectedVersion, temporaryPassword: 'another temporary 7' });
  });
});

describe('the reasons shown', () => {
  const catalog = (language: string) => {
    const flat: Record<string, string> = {};
    const dir = resolve(__dirname, '../../renderer/i18n', language);
    for (const file of readdirSync(dir)) {
      const walk = (value: unknown, prefix: string) => {
        if (typeof value === 'string') flat[prefix] = value;
        else for (const [key, child] of Object.entries(value as object)) walk(child, `${prefix}.${key}`);
      };
      walk(JSON.parse(readFileSync(resolve(dir, file), 'utf8')), file.replace(/\.json$/, ''));
    }
    return flat;
  };

  test.each(['en', 'fr'])('exist in %s for every warning and suggestion zxcvbn can give', (language) => {
    const messages = catalog(language);
    const keys = [
      'validation.weakPassword.generic',
      ...Object.keys(english.translations.warnings).map((warning) => `validation.weakPassword.${warning}`),
      ...Object.keys(english.translations.suggestions).map((suggestion) => `validation.passwordHint.${suggestion}`),
    ];
    expect(keys.filter((key) => !messages[key])).toEqual([]);
  });
});

describe('the test suite’s own passwords', () => {
  test('pass the rule, so the tests exercise real accounts', async () => {
    t = await startTestCore();
    // startTestCore set up ADMIN_PASSWORD; signInAs chooses a temporary password, then STAFF_PASSWORD.
    const session = await t.signInAs('s', ['manager']);
    expect(session.mustChangePassword).toBe(false);
    await t.must('s', 'auth.signOut', {});
    await t.must('s', 'auth.signIn', { username: session.username, password: STAFF_PASSWORD });
  });
});
