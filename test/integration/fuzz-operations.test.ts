import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OPERATION_NAMES, type OperationName } from '../../shared/contract';
import { ERROR_CODES, type Result } from '../../shared/errors';
import { countResult, createCallers, formatCounts, reachesValidation, removeBackup, restore, WriteWatcher, writesAllowedForRefusal, type Caller, type OperationCounts } from '../support/fuzz-harness';
import { anyValue, cook, recipe, SPECIAL_KEYS } from '../support/fuzz-inputs';
import { MESSAGE_KEYS, untranslatableFieldMessages } from '../support/message-keys';
import { startTestCore, type TestCore } from '../support/test-core';
import { createOperationFixtures, validInputFor, type OperationFixtures } from '../support/valid-inputs';

// Every operation of the contract (OPERATION_NAMES: one added later is fuzzed without a change
// here), called with arbitrary and bent inputs by each of the six roles, by a window with nobody
// signed in and by a locked one, all on one real SQLite file. For every call:
// - the dispatcher answers (never throws) and never with `internal`;
// - a refusal carries a known code and translatable message keys (the field errors' too);
// - a refusal writes nothing, except what a wrong password writes by design (see
//   writesAllowedForRefusal in test/support/fuzz-harness.ts);
// and at the end the audit trail verifies.
//
// FUZZ_RUNS sets the runs per operation (200 here, 1,000 with `npm run fuzz`, which also prints
// the counts per operation); FUZZ_SEED replays a run that failed (fast-check prints the seed).

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`FUZZ_RUNS must be a whole number of 1 or more, not "${process.env.FUZZ_RUNS}"`);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let t: TestCore;
let fx: OperationFixtures;
let callers: Caller[];
let watcher: WriteWatcher;
let backupsFolder: string;
/** Ids of real records, to put where they do not belong. */
let knownIds: string[];
const counts = new Map<OperationName, OperationCounts>();

beforeAll(async () => {
  t = await startTestCore();
  callers = await createCallers(t);
  fx = await createOperationFixtures(t, callers[0].me);
  knownIds = Object.values(fx).filter((value): value is string => typeof value === 'string' && UUID.test(value));
  watcher = new WriteWatcher(t);
  backupsFolder = (await t.must('admin', 'backups.list', {})).folder;
}, 120_000);

afterAll(async () => {
  if (process.env.FUZZ_RUNS !== undefined) console.log(`\nFuzzed calls per operation (FUZZ_RUNS=${RUNS}, shrinking runs included):\n${formatCounts(counts)}\n`);
  await t?.dispose();
});

/** Keeps the harness's own picture true after a call that went through. */
function afterSuccess(name: OperationName, caller: Caller, input: unknown, result: Result<unknown>): void {
  if (name === 'auth.changePassword') caller.me.password = String((input as { newPassword: string }).newPassword);
  if (name === 'backups.create') removeBackup(backupsFolder, result);
}

describe.each(OPERATION_NAMES)('%s', (name) => {
  test(
    'answers arbitrary and bent inputs from every kind of caller with a result or a clean refusal: never internal, never thrown, nothing written by a refusal',
    async () => {
      // Most runs from callers who get past the access check (so the input is parsed), the rest from those who do not.
      const permitted = callers.filter((caller) => reachesValidation(caller, name));
      const others = callers.filter((caller) => !reachesValidation(caller, name));
      const caller =
        permitted.length > 0 && others.length > 0
          ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...permitted) }, { weight: 1, arbitrary: fc.constantFrom(...others) })
          : fc.constantFrom(...callers);

      await fc.assert(
        fc.asyncProperty(caller, recipe, async (who, plan) => {
          await restore(t, who);
          const input = cook(plan, () => validInputFor[name]({ ...fx, me: who.me }), knownIds);
          await watcher.before();
          let result: Result<unknown>;
          try {
            result = await t.core.dispatch(who.channel, name, input);
          } catch (error) {
            throw new Error(`the dispatcher threw instead of answering: ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
          }
          const writes = await watcher.after();
          countResult(counts, name, result);
          if (result.ok) return afterSuccess(name, who, input, result);

          const { error } = result;
          expect(ERROR_CODES, `unknown code ${error.code}`).toContain(error.code);
          expect(error.code, `internal error for ${who.label}`).not.toBe('internal');
          expect(MESSAGE_KEYS.has(error.messageKey ?? ''), `message key ${error.messageKey}`).toBe(true);
          expect(untranslatableFieldMessages(error.fieldErrors)).toEqual([]);
          expect(writesAllowedForRefusal(name, error, writes), `${error.code} (${error.messageKey}) for ${who.label} wrote ${JSON.stringify(writes)}`).toBe(true);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    30_000 + RUNS * 150,
  );
});

test('an operation name the contract does not have, whatever its type, is refused as `validation` and writes nothing', async () => {
  const names = fc.oneof(anyValue, fc.constantFrom(...SPECIAL_KEYS, 'residents.delete', 'residents.list ', 'RESIDENTS.LIST', 'residents.list\u0000'), fc.string());
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...callers), names, anyValue, async (who, name, input) => {
      fc.pre(!(OPERATION_NAMES as unknown[]).includes(name));
      await restore(t, who);
      await watcher.before();
      const result = await t.core.dispatch(who.channel, name, input);
      const writes = await watcher.after();
      expect(result).toMatchObject({ ok: false, error: { code: 'validation', messageKey: 'problems.unknownOperation' } });
      expect(writes.tables).toEqual([]);
    }),
    { numRuns: RUNS, seed: SEED },
  );
}, 30_000 + RUNS * 150);

test('the audit trail verifies after all the fuzzed calls', async () => {
  for (const caller of callers) await restore(t, caller);
  expect(await t.core.services.audit.verify()).toMatchObject({ intact: true });
  expect(counts.size).toBe(OPERATION_NAMES.length);
});
