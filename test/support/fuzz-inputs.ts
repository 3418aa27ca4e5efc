import fc from 'fast-check';

// What a fuzzed call sends. The window talks to the core over Electron IPC (structured clone:
// Dates, Maps, Sets, typed arrays, BigInts, boxed primitives, null prototypes and cycles all
// arrive intact) and the preview over JSON (own `__proto__` keys arrive intact), so inputs are
// anything those two can carry: fully arbitrary values, and valid inputs bent in one to three places.

/** Keys that name something on Object.prototype, or that code reading `.length` trips on. */
export const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'toJSON', 'length', 'hasOwnProperty', 'isPrototypeOf', 'then', '', ' ', '0', '-1', 'a.b'];

/** Invisible and control characters: C0, DEL, C1, bidi controls, zero-width, separators, lone surrogate halves. */
export const HIDDEN_CHARACTERS = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\u000B', '\f', '\r', '\u001B', '\u007F', '\u0080', '\u0085', '\u009B', '\u00AD', '\u061C', '\u200B', '\u200E', '\u202A', '\u202E', '\u2028', '\u2066', '\u2069', '\uFEFF', '\uD800', '\uDFFF'];

function withOwnKey(key: string, value: unknown): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

function nestedArray(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

function cyclic(): Record<string, unknown> {
  const value: Record<string, unknown> = { name: 'loop' };
  value.self = value;
  return value;
}

/** Objects that are not text but have a `length`, or a `toString` that cannot be called: zod 4's length checks choked on them. */
export const POSING_AS_TEXT: readonly unknown[] = [
  { length: [{ toString: 1 }] },
  { length: { toString: 1, valueOf: 1 } },
  { length: [Object.create(null)] },
  { length: 1e9 },
  { length: -1 },
  { length: '5' },
  { toString: 1, valueOf: 1 },
  [{ toString: 1 }],
  [Object.create(null)],
];

/** Values chosen to break things: sizes, edges of numbers and dates, look-alike ids, objects posing as text. */
export const ADVERSARIAL_VALUES: readonly unknown[] = [
  '',
  ' ',
  '\u00A0',
  '   padded   ',
  'a'.repeat(1024 * 1024 + 1),
  'é'.repeat(5000),
  '😀'.repeat(3000),
  "' OR 1=1 --",
  '%',
  '_',
  '\\',
  '%_%',
  '"',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '../../etc/passwd',
  'null',
  'undefined',
  'true',
  '0',
  'NaN',
  '1e309',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  '1899-12-31',
  '2026-11-23T15:00:00Z',
  '2026-1-1',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '019ad9f0-0000-7000-8000-000000000000',
  'ADA',
  'America/Toronto',
  'Etc/GMT+99',
  0,
  -0,
  1,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE,
  1e308,
  2n ** 64n,
  true,
  false,
  null,
  undefined,
  [],
  {},
  [[]],
  [null],
  ['administrator', 'administrator'],
  new Date(Number.NaN),
  new Date(0),
  new Map([['firstName', 'Ada']]),
  new Set(['administrator']),
  new Uint8Array([0, 1, 2]),
  /regex/g,
  new Error('an error object'),
  new String('boxed'),
  Object.create(null) as unknown,
  withOwnKey('__proto__', { admin: true }),
  { constructor: { prototype: { polluted: true } } },
  ...POSING_AS_TEXT,
  nestedArray(1000),
  cyclic(),
  ...HIDDEN_CHARACTERS,
  ...HIDDEN_CHARACTERS.map((character) => `Na${character}me`),
];

const key = fc.oneof(fc.constantFrom(...SPECIAL_KEYS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }));

const leaf = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ADVERSARIAL_VALUES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);

/** Anything at all, nested a little, with hostile keys and leaves. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  key,
  values: [leaf],
  maxDepth: 3,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** One change to a valid input. Field choices are indexes, resolved against the input's own keys at run time. */
export type Mutation =
  | { kind: 'drop'; field: number }
  | { kind: 'replace'; field: number; value: unknown }
  | { kind: 'posing'; field: number; value: unknown }
  | { kind: 'wrongType'; field: number }
  | { kind: 'add'; key: string; value: unknown }
  | { kind: 'hide'; field: number; character: string; at: number }
  | { kind: 'knownId'; field: number; id: number }
  | { kind: 'nested'; field: number; key: string; value: unknown };

const field = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), field }),
  fc.record({ kind: fc.constant('replace' as const), field, value: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ADVERSARIAL_VALUES) }, { weight: 1, arbitrary: anyValue }) }),
  fc.record({ kind: fc.constant('posing' as const), field, value: fc.constantFrom(...POSING_AS_TEXT) }),
  fc.record({ kind: fc.constant('wrongType' as const), field }),
  fc.record({ kind: fc.constant('add' as const), key, value: leaf }),
  fc.record({ kind: fc.constant('hide' as const), field, character: fc.constantFrom(...HIDDEN_CHARACTERS), at: fc.nat() }),
  fc.record({ kind: fc.constant('knownId' as const), field, id: fc.nat() }),
  fc.record({ kind: fc.constant('nested' as const), field, key, value: leaf }),
);

/** How to build one fuzzed input: as it comes, or from the operation's valid input. */
export type Recipe = { kind: 'arbitrary'; value: unknown } | { kind: 'valid' } | { kind: 'mutated'; mutations: Mutation[] };

export const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 2, arbitrary: anyValue.map((value) => ({ kind: 'arbitrary' as const, value })) },
  { weight: 1, arbitrary: fc.dictionary(key, anyValue, { maxKeys: 5 }).map((value) => ({ kind: 'arbitrary' as const, value })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'valid' as const }) },
  { weight: 6, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => ({ kind: 'mutated' as const, mutations })) },
);

/** Something of another type than `value`. */
function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (Array.isArray(value)) return 'administrator';
  if (value === null) return {};
  return [value];
}

/** The input a recipe stands for, built on a fresh valid input (valid inputs may hold unique names). */
export function cook(plan: Recipe, valid: () => Record<string, unknown>, knownIds: readonly string[]): unknown {
  if (plan.kind === 'arbitrary') return plan.value;
  const input = { ...valid() };
  if (plan.kind === 'valid') return input;
  for (const change of plan.mutations) {
    const fields = Object.keys(input);
    const name = 'field' in change && fields.length > 0 ? fields[change.field % fields.length] : undefined;
    switch (change.kind) {
      case 'add':
        Object.defineProperty(input, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
        break;
      case 'drop':
        if (name !== undefined) delete input[name];
        break;
      case 'replace':
      case 'posing':
        if (name !== undefined) input[name] = change.value;
        break;
      case 'wrongType':
        if (name !== undefined) input[name] = wrongTypeFor(input[name]);
        break;
      case 'hide':
        if (name !== undefined) {
          const current = input[name];
          const text = typeof current === 'string' ? current : '';
          const at = change.at % (text.length + 1);
          input[name] = `${text.slice(0, at)}${change.character}${text.slice(at)}`;
        }
        break;
      case 'knownId':
        if (name !== undefined && knownIds.length > 0) input[name] = knownIds[change.id % knownIds.length];
        break;
      case 'nested':
        if (name !== undefined) {
          const current = input[name];
          const inner = current && typeof current === 'object' && !Array.isArray(current) ? { ...(current as Record<string, unknown>) } : {};
          Object.defineProperty(inner, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
          input[name] = inner;
        }
        break;
    }
  }
  return input;
}
