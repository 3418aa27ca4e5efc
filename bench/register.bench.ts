import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { admission, startTestCore, type TestCore } from '../test/support/test-core';

// Figures for a large centre: 150 residents on the register plus 1,350 former residents, and
// an audit trail of ~20,000 rows. `npm run bench` prints operations per second; no test fails on them.
const CURRENT = 150;
const FORMER = 1350;
let t: TestCore;
let someId = '';

beforeAll(async () => {
  t = await startTestCore();
  for (let i = 0; i < CURRENT + FORMER; i += 1) {
    const resident = await t.must('admin', 'residents.admit', admission({ firstName: `Person${i}`, lastName: `Family${i % 97}`, dateOfBirth: `19${50 + (i % 49)}-0${1 + (i % 9)}-1${i % 9}` }));
    if (i >= CURRENT) await t.must('admin', 'residents.discharge', { id: resident.id, expectedVersion: resident.version, dischargeDate: '2026-11-20', reason: 'program_completed', note: '' });
    someId = resident.id;
  }
  // Each a new opening, so each writes its audit row.
  for (let i = 0; i < 3000; i += 1) await t.must('admin', 'residents.get', { id: someId, openingId: randomUUID() });
  const memory = process.memoryUsage();
  console.log(`register ready: ${CURRENT + FORMER} residents; heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB`);
}, 600_000);

afterAll(() => t.dispose());

describe('the register', () => {
  bench('first page of admitted residents, sorted by name, with the count', async () => {
    await t.must('admin', 'residents.list', { status: 'admitted' });
  });
  bench('first page of all residents by admission date, with the count', async () => {
    await t.must('admin', 'residents.list', { sort: 'admissionDate', direction: 'desc' });
  });
  bench('last page of all residents, sorted by name', async () => {
    await t.must('admin', 'residents.list', { offset: CURRENT + FORMER - 50 });
  });
  bench('search by part of a name across all residents (first page and count)', async () => {
    await t.must('admin', 'residents.list', { search: 'family4' });
  });
  bench('open one resident (with history and its audit row)', async () => {
    await t.must('admin', 'residents.get', { id: someId, openingId: randomUUID() });
  });
});

describe('the audit trail', () => {
  bench('verify the whole hash chain', async () => {
    await t.must('admin', 'audit.verify', {});
  }, { iterations: 5 });
  bench('list the newest 200 audit rows of one resident, with the count', async () => {
    await t.must('admin', 'audit.list', { residentId: someId });
  });
  bench('a page of 200 audit rows 10,000 rows deep, unfiltered', async () => {
    await t.must('admin', 'audit.list', { offset: 10_000 });
  });
});

describe('backups', () => {
  // What a daily copy costs at start-up on this database (it runs before the window opens).
  bench('copy and check the whole database (Back up now)', async () => {
    await t.must('admin', 'backups.create', {});
    t.clock.advance(1000);
  }, { iterations: 5 });
});
