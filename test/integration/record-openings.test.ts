import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { countRows } from '../support/db-snapshot';
import { admission, startTestCore, type TestCore } from '../support/test-core';

let t: TestCore;
let residentId: string;
beforeEach(async () => {
  t = await startTestCore();
  residentId = (await t.must('admin', 'residents.admit', admission())).id;
});
afterEach(() => t.dispose());

const openings = (id: string = residentId) => countRows(t, 'audit_events', "action = 'record.open' AND resident_id = ?", [id]);

describe('opening a resident’s record', () => {
  test('asked twice for the same opening (a re-render, StrictMode’s second effect) writes one audit row, and returns the record both times', async () => {
    const openingId = randomUUID();
    const first = await t.must('admin', 'residents.get', { id: residentId, openingId });
    const again = await t.must('admin', 'residents.get', { id: residentId, openingId });
    expect(again).toEqual(first);
    expect(await openings()).toBe(1);
  });

  test('a new opening of the same record writes another row', async () => {
    await t.must('admin', 'residents.get', { id: residentId, openingId: randomUUID() });
    await t.must('admin', 'residents.get', { id: residentId, openingId: randomUUID() });
    expect(await openings()).toBe(2);
  });

  test('the same opening id from another window is another opening', async () => {
    await t.signInAs('second-window', ['counsellor']);
    const openingId = randomUUID();
    await t.must('admin', 'residents.get', { id: residentId, openingId });
    await t.must('second-window', 'residents.get', { id: residentId, openingId });
    expect(await openings()).toBe(2);
  });

  test('reusing an opening id for another resident still records that resident’s opening', async () => {
    const other = await t.must('admin', 'residents.admit', admission({ firstName: 'Omar', lastName: 'Benali', dateOfBirth: '1985-02-01' }));
    const openingId = randomUUID();
    await t.must('admin', 'residents.get', { id: residentId, openingId });
    await t.must('admin', 'residents.get', { id: other.id, openingId });
    expect([await openings(), await openings(other.id)]).toEqual([1, 1]);
  });

  test('an opening whose audit row could not be written is not remembered: the next ask records it', async () => {
    const openingId = randomUUID();
    await t.core.services.dataSource.query(`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'audit refused'); END`);
    expect((await t.call('admin', 'residents.get', { id: residentId, openingId })).ok).toBe(false);
    await t.core.services.dataSource.query('DROP TRIGGER refuse_audit');
    await t.must('admin', 'residents.get', { id: residentId, openingId });
    expect(await openings()).toBe(1);
  });

  test('without an opening id the record is not given out', async () => {
    const result = await t.call('admin', 'residents.get', { id: residentId } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { openingId: expect.any(Array) } } });
    expect(await openings()).toBe(0);
  });
});
