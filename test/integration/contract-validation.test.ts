import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contract, OPERATION_NAMES, type OperationName } from '../../shared/contract';
import { ROLES } from '../../shared/permissions';
import { expectNothingWritten } from '../support/db-snapshot';
import { untranslatableFieldMessages } from '../support/message-keys';
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

/**
 * The fields of an operation's input. For a union of objects told apart by a field
 * (schedule.previewChange's `kind`), those of the option the operation's valid input takes.
 */
function shapeOf(name: OperationName): Record<string, z.ZodType> {
  const input = contract[name].input as unknown as z.ZodObject | z.ZodDiscriminatedUnion<z.ZodObject[]>;
  if (!('options' in input)) return input.shape;
  const discriminator = input.def.discriminator;
  const chosen = (validInputFor[name](PLACEHOLDERS) as Record<string, unknown>)[discriminator];
  const option = input.options.find((candidate) => (candidate.shape[discriminator] as z.ZodType).safeParse(chosen).success);
  if (!option) throw new Error(`The valid input of ${name} takes none of its options.`);
  return option.shape;
}
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
  schedule: {
    yogaTypeId: '',
    activityTypeId: '',
    activityTypeVersion: 1,
    locationId: '',
    locationVersion: 1,
    resourceId: '',
    resourceVersion: 1,
    outOfServicePeriodId: '',
    absenceId: '',
    sessionId: '',
    sessionVersion: 1,
    occurrenceId: '',
    occurrenceVersion: 1,
    cancelledOccurrenceId: '',
    cancelledOccurrenceVersion: 1,
  },
  attendance: { occurrenceId: '', markId: '', markVersion: 1, walkInResidentId: '' },
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

/** Objects that are not strings but have a `length` (or a `toString`) that cannot be compared. */
const OBJECTS_POSING_AS_TEXT: unknown[] = [
  { length: [{ toString: 1 }] },
  { length: { toString: 1, valueOf: 1 } },
  { length: 1e9 },
  { toString: 1, valueOf: 1 },
  [{ toString: 1 }],
];

/**
 * Refused as `validation`, nothing written, every message a translatable key, and (when given)
 * `field` named: the field itself or a path inside it (`noted` for `noted.seq`). Returns the field's messages.
 */
async function expectRefused(name: OperationName, input: unknown, field?: string): Promise<string[]> {
  const result = await expectNothingWritten(t, () => t.core.dispatch(CHANNEL, name, input));
  const error = errorOf(result);
  expect(error.code, `${name} accepted ${JSON.stringify(input).slice(0, 120)}`).toBe('validation');
  expect(untranslatableFieldMessages(error.fieldErrors), `${name} answered raw text`).toEqual([]);
  if (field === undefined) return [];
  const named = Object.keys(error.fieldErrors ?? {}).filter((key) => key === field || key.startsWith(`${field}.`));
  expect(named, `${name}.${field}: ${JSON.stringify(error.fieldErrors)}`).not.toEqual([]);
  return named.flatMap((key) => error.fieldErrors?.[key] ?? []);
}

test('the valid inputs used below are themselves valid (so each refusal below is for the one bad value)', () => {
  for (const name of OPERATION_NAMES) expect(contract[name].input.safeParse(validInput(name)).success, name).toBe(true);
});

describe.each(OPERATION_NAMES)('%s', (name) => {
  test('refuses an input that is not an object, and changes nothing', async () => {
    for (const input of ['x', 42, [], [validInput(name)], true]) await expectRefused(name, input);
  });

  test('refuses an unknown extra field with a message key under that field, and changes nothing', async () => {
    expect(await expectRefused(name, { ...validInput(name), sneaky: 1 }, 'sneaky')).toEqual(['validation.unknownField']);
    expect(await expectRefused(name, { ...validInput(name), constructor: 'x' }, 'constructor')).toEqual(['validation.unknownField']);
  });

  const fields = Object.keys(shapeOf(name));
  if (fields.length > 0) test('refuses a value of the wrong type in each field, naming the field', async () => {
    for (const field of fields) {
      const input = validInput(name);
      await expectRefused(name, { ...input, [field]: wrongTypeFor(input[field]) }, field);
      await expectRefused(name, { ...input, [field]: { nested: 'object' } }, field);
    }
  });

  // Found by trying it: zod 4 ran its length checks on such objects and threw, an `internal` error.
  if (fields.length > 0) test('refuses an object posing as text or as a list in each field as `validation` naming the field, never `internal`', async () => {
    for (const field of fields) {
      for (const value of OBJECTS_POSING_AS_TEXT) await expectRefused(name, { ...validInput(name), [field]: value }, field);
    }
  });

  const stringFields = fields.filter((field) => takesText(name, field));
  if (stringFields.length > 0) test('refuses a 1 MB string in each text field, naming the field', async () => {
    for (const field of stringFields) await expectRefused(name, { ...validInput(name), [field]: ONE_MEGABYTE }, field);
  });

  if (stringFields.length > 0) test('refuses a NUL, an escape or a right-to-left override inside each text field, naming the field', async () => {
    for (const field of stringFields) {
      for (const character of ['\u0000', '\u001B', '\u202E']) {
        const value = String(validInput(name)[field]);
        const middle = Math.ceil(value.length / 2);
        await expectRefused(name, { ...validInput(name), [field]: `${value.slice(0, middle)}${character}${value.slice(middle)}` }, field);
      }
    }
  });
});

describe('operations that take no input', () => {
  const empty = OPERATION_NAMES.filter((name) => Object.keys(shapeOf(name)).length === 0);

  test('are the ones expected (a strict empty object each)', () => {
    expect(empty.length).toBeGreaterThanOrEqual(10);
  });

  test.each(empty)('%s still refuses any field, naming it', async (name) => {
    expect(await expectRefused(name, { anything: true }, 'anything')).toEqual(['validation.unknownField']);
  });
});

describe('an operation name the contract does not have', () => {
  test.each([['residents.delete'], ['staff.drop'], [''], ['__proto__'], ['constructor'], ['toString'], ['hasOwnProperty'], [42], [null], [{ name: 'residents.list' }], [{ toString: 1 }], [Object.create(null)]])(
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

describe('control and invisible characters in text', () => {
  const HIDDEN = {
    NUL: '\u0000',
    bell: '\u0007',
    escape: '\u001B',
    'line feed': '\n',
    tab: '\t',
    DEL: '\u007F',
    'C1 next line': '\u0085',
    'C1 control sequence introducer': '\u009B',
    'right-to-left override': '\u202E',
    'left-to-right isolate': '\u2066',
    'zero-width space': '\u200B',
    'byte order mark': '\uFEFF',
    'line separator': '\u2028',
    'lone surrogate half': '\uD800',
  };

  test.each(Object.entries(HIDDEN))('a name with a %s inside is refused with the control-characters message', async (_label, character) => {
    const messages = await expectRefused('staff.create', { ...validInput('staff.create'), firstName: `Ad${character}a` }, 'firstName');
    expect(messages).toContain('validation.controlCharacters');
    expect(await expectRefused('residents.admit', { ...validInput('residents.admit'), lastName: `Trem${character}blay` }, 'lastName')).toContain('validation.controlCharacters');
  });

  test('names keep their accents, apostrophes, hyphens, spaces and the joiners some scripts need', async () => {
    const names = ['Zoë', 'O’Brien', "D'Arcy", 'Jean-Luc', 'Anne Marie', 'Nguyễn', 'José', 'محمد', 'می\u200Cخواهم', 'Łukasz Żółć'];
    for (const firstName of names) {
      const staff = await t.must(CHANNEL, 'staff.create', { ...validInput('staff.create'), firstName } as never);
      expect((staff as { firstName: string }).firstName).toBe(firstName);
    }
    const resident = await t.must(CHANNEL, 'residents.admit', { ...validInput('residents.admit'), firstName: 'Marie-Ève', lastName: 'O’Connor', preferredName: "Mimi d'Amour" } as never);
    expect(resident).toMatchObject({ firstName: 'Marie-Ève', lastName: 'O’Connor', preferredName: "Mimi d'Amour" });
  });

  test('a note keeps its line breaks and tabs but refuses any other control character', async () => {
    const resident = await t.must(CHANNEL, 'residents.admit', { ...validInput('residents.admit') } as never);
    const note = 'Left for a transfer.\r\nCalled the family:\n\t- brother informed';
    for (const character of ['\u0000', '\u0007', '\u000B', '\u000C', '\u007F', '\u0085', '\u202E', '\u200B']) {
      expect(await expectRefused('residents.discharge', { id: (resident as { id: string }).id, expectedVersion: (resident as { version: number }).version, dischargeDate: '2026-11-20', reason: 'other', note: `${note}${character}x` }, 'note'), JSON.stringify(character)).toContain(
        'validation.controlCharacters',
      );
    }
    const discharged = await t.must(CHANNEL, 'residents.discharge', { id: (resident as { id: string }).id, expectedVersion: (resident as { version: number }).version, dischargeDate: '2026-11-20', reason: 'other', note });
    expect(discharged.history.at(-1)?.note).toBe(note);
  });
});
