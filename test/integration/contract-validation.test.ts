import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contract, OPERATION_NAMES, type OperationName } from '../../shared/contract';
import { ROLES } from '../../shared/permissions';
import { expectNothingWritten } from '../support/db-snapshot';
import { errorOf, STAFF_PASSWORD, startTestCore, type TestCore } from '../support/test-core';
import { createOperationFixtures, validInputFor, type OperationFixtures } from '../support/valid-inputs';

/** The one caller: holds every role, so no input is refused for lack of permission before it is parsed. */
const CHANNEL = 'everything';
const ONE_MEGABYTE = 'a'.repeat(1024 * 1024);

let t: TestCore;
let fx: OperationFixtures;

beforeAll(async () => {
  t = await startTestCore();
  const session = await t.signInAs(CHANNEL, [...ROLES]);
  fx = await createOperationFixtures(t, { username: session.username, password: STAFF_PASSWORD });
});
afterAll(() => t.dispose());

const shapeOf = (name: OperationName): Record<string, z.ZodType> => (contract[name].input as unknown as z.ZodObject).shape;
const validInput = (name: OperationName): Record<string, unknown> => validInputFor[name](fx);
/** Placeholder records, only to see at collection time which fields take text. */
const PLACEHOLDERS: OperationFixtures = {
  residentId: '',
  residentVersion: 1,
  dischargedResidentId: '',
  dischargedResidentVersion: 1,
  colleagueStaffId: '',
  colleagueVersion: 1,
  colleagueAccountId: '',
  colleagueAccountVersion: 1,
  settingsVersion: 1,
  newcomerStaffId: '',
  me: { username: '', password: '' },
};
const takesText = (name: OperationName, field: string) => typeof (validInputFor[name](PLACEHOLDERS) as Record<string, unknown>)[field] === 'string';

/** Something of the wrong type for a field whose valid value is `value`. */
function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return '5';
  if (typeof value === 'boolean') return 'true';
  if (Array.isArray(value)) return 'administrator';
  return { nested: 'object' };
}

async function expectRefused(name: OperationName, input: unknown, field?: string): Promise<void> {
  const result = await expectNothingWritten(t, () => t.core.dispatch(CHANNEL, name, input));
  const error = errorOf(result);
  expect(error.code, `${name} accepted ${JSON.stringify(input).slice(0, 120)}`).toBe('validation');
  if (field !== undefined) expect(Object.keys(error.fieldErrors ?? {}), `${name}.${field}`).toContain(field);
}

test('the valid inputs used below are themselves valid (so each refusal below is for the one bad value)', () => {
  for (const name of OPERATION_NAMES) expect(contract[name].input.safeParse(validInput(name)).success, name).toBe(true);
});

describe.each(OPERATION_NAMES)('%s', (name) => {
  test('refuses an input that is not an object, and changes nothing', async () => {
    for (const input of ['x', 42, [], [validInput(name)], true]) await expectRefused(name, input);
  });

  test('refuses an unknown extra field, and changes nothing', async () => {
    await expectRefused(name, { ...validInput(name), sneaky: 1 }, '');
    await expectRefused(name, { ...validInput(name), constructor: 'x' });
  });

  const fields = Object.keys(shapeOf(name));
  if (fields.length > 0) test('refuses a value of the wrong type in each field, naming the field', async () => {
    for (const field of fields) {
      const input = validInput(name);
      await expectRefused(name, { ...input, [field]: wrongTypeFor(input[field]) }, field);
      await expectRefused(name, { ...input, [field]: { nested: 'object' } }, field);
    }
  });

  const stringFields = fields.filter((field) => takesText(name, field));
  if (stringFields.length > 0) test('refuses a 1 MB string in each text field, naming the field', async () => {
    for (const field of stringFields) await expectRefused(name, { ...validInput(name), [field]: ONE_MEGABYTE }, field);
  });
});

describe('operations that take no input', () => {
  const empty = OPERATION_NAMES.filter((name) => Object.keys(shapeOf(name)).length === 0);

  test('are the ones expected (a strict empty object each)', () => {
    expect(empty.length).toBeGreaterThanOrEqual(10);
  });

  test.each(empty)('%s still refuses any field', async (name) => {
    await expectRefused(name, { anything: true }, '');
  });
});

describe('an operation name the contract does not have', () => {
  test.each([['residents.delete'], ['staff.drop'], [''], ['__proto__'], ['constructor'], ['toString'], ['hasOwnProperty'], [42], [null], [{ name: 'residents.list' }]])(
    '%j is refused as invalid, and nothing is written',
    async (name) => {
      const result = await expectNothingWritten(t, () => t.core.dispatch(CHANNEL, name, {}));
      expect(errorOf(result).code).toBe('validation');
    },
  );

  test('is refused the same way before anyone has signed in', async () => {
    const result = await expectNothingWritten(t, () => t.core.dispatch('stranger', 'residents.delete', {}));
    expect(errorOf(result).code).toBe('validation');
  });
});

test('a rejected call to residents.get records no opening in the audit trail', async () => {
  await expectRefused('residents.get', { id: 'not-a-uuid' }, 'id');
  await expectRefused('residents.get', { id: fx.residentId, extra: true });
});
