import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { InputOf } from '../../shared/contract';
import type { ResidentSortKey } from '../../shared/contract/residents';
import { auditRows, countRows, expectNothingWritten } from '../support/db-snapshot';
import { ADMIN_PASSWORD, admission, errorOf, startTestCore, versionOf, type TestCore, newOpening } from '../support/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startTestCore();
});
afterEach(() => t.dispose());

const admit = (overrides: Partial<InputOf<'residents.admit'>> = {}) => t.must('admin', 'residents.admit', admission(overrides));
const names = (list: Array<{ firstName: string }>) => list.map((r) => r.firstName);
/** The editable details of a resident as an update input. */
async function detailsOf(overrides: Partial<InputOf<'residents.update'>> & { id: string }): Promise<InputOf<'residents.update'>> {
  const { admissionDate: _admissionDate, confirmNotDuplicate: _confirm, ...details } = admission();
  return { ...details, expectedVersion: await versionOf(t, 'residents', overrides.id), ...overrides };
}

describe('admitting a resident', () => {
  test('keeps every field as typed, with status "admitted" and a first history row', async () => {
    const input = admission({
      firstName: '  Éloïse ',
      preferredName: 'Lo',
      emergencyContactEmail: 'marc.tremblay@example.org',
      photoConsent: false,
    });
    const resident = await t.must('admin', 'residents.admit', input);
    expect(resident).toMatchObject({
      firstName: 'Éloïse',
      lastName: 'Tremblay',
      preferredName: 'Lo',
      pronouns: 'she/her',
      dateOfBirth: '1990-04-12',
      program: 'residential',
      language: 'fr',
      house: 'Maple House',
      room: '104',
      emergencyContactName: 'Marc Tremblay',
      emergencyContactRelationship: 'Brother',
      emergencyContactPhone: '819-555-0142',
      emergencyContactEmail: 'marc.tremblay@example.org',
      equineWaiverSignedOn: '2026-11-03',
      photoConsent: false,
      status: 'admitted',
      admissionDate: '2026-11-02',
      dischargeDate: null,
      createdAt: '2026-11-23T15:00:00.000Z',
    });
    expect(resident.history).toEqual([
      expect.objectContaining({ kind: 'admitted', effectiveDate: '2026-11-02', program: 'residential', dischargeReason: null, note: null, recordedAt: '2026-11-23T15:00:00.000Z', recordedByName: 'Ada Admin' }),
    ]);
    const { history: _history, ...reopened } = await t.must('admin', 'residents.get', { id: resident.id, openingId: newOpening() });
    const { history: _h, ...admitted } = resident;
    expect(reopened).toEqual(admitted);
  });

  test('stores empty optional fields as "not given"', async () => {
    const resident = await admit({ preferredName: '', pronouns: '  ', house: '', room: '', emergencyContactPhone: '', emergencyContactEmail: '', equineWaiverSignedOn: '' });
    expect(resident).toMatchObject({ preferredName: null, pronouns: null, house: null, room: null, emergencyContactPhone: null, emergencyContactEmail: null, equineWaiverSignedOn: null });
  });

  test('warns of a possible duplicate (same name, ignoring case and accents, same birth date) and writes nothing', async () => {
    const first = await admit();
    const result = await expectNothingWritten(t, () => t.call('admin', 'residents.admit', admission({ firstName: 'ELOISE', lastName: 'tremblay' })));
    const error = errorOf(result);
    expect(error.code).toBe('conflict');
    expect(error.details).toEqual({ duplicates: [expect.objectContaining({ id: first.id, firstName: 'Éloïse', lastName: 'Tremblay', dateOfBirth: '1990-04-12' })] });
    expect((await t.must('admin', 'residents.findDuplicates', { firstName: 'eloïse', lastName: 'TREMBLAY', dateOfBirth: '1990-04-12' })).map((r) => r.id)).toEqual([first.id]);
  });

  test('admits the second person once staff confirm it is someone else, and says so in the audit trail', async () => {
    await admit();
    const second = await t.must('admin', 'residents.admit', admission({ firstName: 'Eloise', confirmNotDuplicate: true }));
    expect(await countRows(t, 'residents')).toBe(2);
    expect((await auditRows(t)).at(-1)).toMatchObject({ action: 'record.create', entity_id: second.id, details: { possibleDuplicateConfirmed: true } });
  });

  test('does not take a same-name person with another birth date for a duplicate', async () => {
    await admit();
    await admit({ dateOfBirth: '1990-04-13' });
    expect(await countRows(t, 'residents')).toBe(2);
  });

  test('refuses a birth date after today in the centre’s time zone, not the machine’s or UTC', async () => {
    // 03:00 UTC on the 24th is still the evening of the 23rd in Toronto.
    t.clock.set('2026-11-24T03:00:00.000Z');
    await t.must('admin', 'auth.unlock', { password: ADMIN_PASSWORD }); // the jump idled the session out
    const result = await expectNothingWritten(t, () => t.call('admin', 'residents.admit', admission({ dateOfBirth: '2026-11-24', admissionDate: '2026-11-24' })));
    expect(errorOf(result)).toMatchObject({ code: 'validation', fieldErrors: { dateOfBirth: ['validation.dateInFuture'] } });

    t.clock.set('2026-11-24T05:00:00.000Z'); // midnight in Toronto
    await t.must('admin', 'auth.unlock', { password: ADMIN_PASSWORD });
    await admit({ dateOfBirth: '2026-11-24', admissionDate: '2026-11-24' });
  });

  test('refuses a birth date after the admission date', async () => {
    const result = await t.call('admin', 'residents.admit', admission({ dateOfBirth: '2026-11-10', admissionDate: '2026-11-02' }));
    expect(errorOf(result)).toMatchObject({ code: 'validation', fieldErrors: { dateOfBirth: ['validation.birthAfterAdmission'] } });
  });
});

describe('editing a resident', () => {
  test('saves the changes and records each changed field as [old, new] in the audit trail', async () => {
    const resident = await admit();
    t.clock.advance(60_000);
    const updated = await t.must('admin', 'residents.update', await detailsOf({ id: resident.id, room: '210', preferredName: 'Lo', photoConsent: false }));
    expect(updated).toMatchObject({ room: '210', preferredName: 'Lo', photoConsent: false, updatedAt: '2026-11-23T15:01:00.000Z', createdAt: resident.createdAt });
    expect((await t.must('admin', 'residents.get', { id: resident.id, openingId: newOpening() })).room).toBe('210');

    const updates = (await auditRows(t)).filter((row) => row.action === 'record.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ entity_type: 'resident', entity_id: resident.id, resident_id: resident.id });
    expect(updates[0].details).toEqual({ changes: { preferredName: [null, 'Lo'], room: ['104', '210'], photoConsent: [true, false] } });
  });

  test('writes nothing when nothing changed', async () => {
    const resident = await admit();
    await expectNothingWritten(t, async () => t.must('admin', 'residents.update', await detailsOf({ id: resident.id })));
  });

  test('makes the new name searchable', async () => {
    const resident = await admit();
    await t.must('admin', 'residents.update', await detailsOf({ id: resident.id, lastName: 'Gagnon' }));
    expect((await t.must('admin', 'residents.list', { search: 'gagnon' })).rows).toHaveLength(1);
    expect((await t.must('admin', 'residents.list', { search: 'tremblay' })).rows).toHaveLength(0);
  });

  test('refuses a birth date in the future or after the admission date', async () => {
    const resident = await admit();
    for (const [dateOfBirth, message] of [['2027-01-01', 'validation.dateInFuture'], ['2026-11-10', 'validation.birthAfterAdmission']]) {
      const result = await expectNothingWritten(t, async () => t.call('admin', 'residents.update', await detailsOf({ id: resident.id, dateOfBirth })));
      expect(errorOf(result)).toMatchObject({ code: 'validation', fieldErrors: { dateOfBirth: [message] } });
    }
  });
});

describe('discharging a resident', () => {
  test('records the date, reason and note, and adds a history row', async () => {
    const resident = await admit();
    const discharged = await t.must('admin', 'residents.discharge', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), dischargeDate: '2026-11-20', reason: 'other', note: 'Moved closer to family.' });
    expect(discharged).toMatchObject({ status: 'discharged', dischargeDate: '2026-11-20', admissionDate: '2026-11-02' });
    expect(discharged.history.map((h) => [h.kind, h.effectiveDate, h.dischargeReason, h.note])).toEqual([
      ['admitted', '2026-11-02', null, null],
      ['discharged', '2026-11-20', 'other', 'Moved closer to family.'],
    ]);
    expect((await auditRows(t)).at(-1)).toMatchObject({
      action: 'record.update',
      resident_id: resident.id,
      details: { event: 'discharged', changes: { status: ['admitted', 'discharged'], dischargeDate: [null, '2026-11-20'], dischargeReason: [null, 'other'] } },
    });
  });

  test('is refused with a conflict when the resident is already discharged', async () => {
    const resident = await admit();
    await t.must('admin', 'residents.discharge', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), dischargeDate: '2026-11-20', reason: 'program_completed', note: '' });
    const result = await expectNothingWritten(t, async () => t.call('admin', 'residents.discharge', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), dischargeDate: '2026-11-21', reason: 'program_completed', note: '' }));
    expect(errorOf(result).code).toBe('conflict');
  });

  test('refuses a discharge date before the admission date, on that field', async () => {
    const resident = await admit();
    const result = await expectNothingWritten(t, async () => t.call('admin', 'residents.discharge', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), dischargeDate: '2026-11-01', reason: 'program_completed', note: '' }));
    expect(errorOf(result)).toMatchObject({ code: 'validation', fieldErrors: { dischargeDate: ['validation.dischargeBeforeAdmission'] } });
  });

  test('needs a note when the reason is "other"', async () => {
    const resident = await admit();
    for (const note of ['', '   ', null]) {
      const result = await expectNothingWritten(t, async () => t.call('admin', 'residents.discharge', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), dischargeDate: '2026-11-20', reason: 'other', note }));
      expect(errorOf(result)).toMatchObject({ code: 'validation', fieldErrors: { note: ['validation.reasonNoteRequired'] } });
    }
  });
});

describe('readmitting a resident', () => {
  test('keeps the whole history (admitted, discharged, readmitted) and shows the newest state', async () => {
    const resident = await admit();
    await t.must('admin', 'residents.discharge', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), dischargeDate: '2026-11-20', reason: 'left_against_advice', note: '' });
    t.clock.advance(1000);
    const back = await t.must('admin', 'residents.readmit', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), admissionDate: '2026-11-22', program: 'outpatient', note: 'Day program.' });
    expect(back).toMatchObject({ status: 'admitted', admissionDate: '2026-11-22', program: 'outpatient', dischargeDate: null });
    expect(back.history.map((h) => [h.kind, h.effectiveDate, h.program, h.dischargeReason])).toEqual([
      ['admitted', '2026-11-02', 'residential', null],
      ['discharged', '2026-11-20', 'residential', 'left_against_advice'],
      ['readmitted', '2026-11-22', 'outpatient', null],
    ]);
    expect((await t.must('admin', 'residents.list', { status: 'admitted', program: 'outpatient' })).rows.map((r) => r.id)).toEqual([resident.id]);
  });

  test('is refused with a conflict while the resident is admitted', async () => {
    const resident = await admit();
    const result = await expectNothingWritten(t, async () => t.call('admin', 'residents.readmit', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), admissionDate: '2026-11-22', program: 'residential', note: '' }));
    expect(errorOf(result).code).toBe('conflict');
  });

  test('refuses a readmission dated before the discharge, on that field', async () => {
    const resident = await admit();
    await t.must('admin', 'residents.discharge', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), dischargeDate: '2026-11-20', reason: 'program_completed', note: '' });
    const result = await expectNothingWritten(t, async () => t.call('admin', 'residents.readmit', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), admissionDate: '2026-11-19', program: 'residential', note: '' }));
    expect(errorOf(result)).toMatchObject({ code: 'validation', fieldErrors: { admissionDate: ['validation.readmitBeforeDischarge'] } });
  });
});

test('status history is only ever appended to, never rewritten', async () => {
  const resident = await admit();
  const events = () => t.core.services.dataSource.query<unknown[]>('SELECT * FROM resident_status_events WHERE resident_id = ? ORDER BY rowid', [resident.id]);
  const seen: unknown[][] = [await events()];
  const steps = [
    async () => t.must('admin', 'residents.discharge', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), dischargeDate: '2026-11-10', reason: 'program_completed', note: '' }),
    async () => t.must('admin', 'residents.readmit', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), admissionDate: '2026-11-12', program: 'residential', note: '' }),
    async () => t.must('admin', 'residents.update', await detailsOf({ id: resident.id, room: '301' })),
    async () => t.must('admin', 'residents.discharge', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), dischargeDate: '2026-11-20', reason: 'transferred', note: '' }),
  ];
  for (const step of steps) {
    t.clock.advance(1000);
    await step();
    seen.push(await events());
  }
  expect(seen.map((rows) => rows.length)).toEqual([1, 2, 3, 3, 4]);
  // Every earlier row is still there, byte for byte.
  for (let i = 1; i < seen.length; i += 1) expect(seen[i].slice(0, seen[i - 1].length)).toEqual(seen[i - 1]);
});

describe('searching the register', () => {
  beforeEach(async () => {
    await admit(); // Éloïse Tremblay
    await admit({ firstName: 'Jean-Luc', lastName: 'Côté', preferredName: 'Lulu', dateOfBirth: '1979-08-30' });
    await admit({ firstName: 'Maya', lastName: 'Smith_Jones', dateOfBirth: '1988-01-01' });
    await admit({ firstName: 'Paul', lastName: 'Grand%Pré', dateOfBirth: '1966-06-06' });
  });
  const search = async (text: string) => names((await t.must('admin', 'residents.list', { search: text })).rows);

  test('finds by first, last or preferred name, ignoring case and accents', async () => {
    expect(await search('eloise')).toEqual(['Éloïse']);
    expect(await search('ÉLOÏSE')).toEqual(['Éloïse']);
    expect(await search('TREMB')).toEqual(['Éloïse']);
    expect(await search('cote')).toEqual(['Jean-Luc']);
    expect(await search('lulu')).toEqual(['Jean-Luc']);
    expect(await search('  maya  ')).toEqual(['Maya']);
    expect(await search('zzz')).toEqual([]);
  });

  test('matches every word typed, in any order', async () => {
    expect(await search('tremblay eloise')).toEqual(['Éloïse']);
    expect(await search('elo trem')).toEqual(['Éloïse']);
    expect(await search('eloise cote')).toEqual([]);
  });

  test('takes % and _ literally, not as wildcards', async () => {
    expect(await search('%')).toEqual(['Paul']);
    expect(await search('_')).toEqual(['Maya']);
    expect(await search('h_j')).toEqual(['Maya']);
    expect(await search('tr_mblay')).toEqual([]);
    expect(await search('tr%y')).toEqual([]);
    expect(await search('\\')).toEqual([]);
  });
});

test('the register filters by status and by program', async () => {
  const stay = await admit({ firstName: 'Ana' }); // admitted, residential
  const day = await admit({ firstName: 'Bea', program: 'outpatient' }); // admitted, outpatient
  const gone = await admit({ firstName: 'Cy' });
  await t.must('admin', 'residents.discharge', { id: gone.id, expectedVersion: await versionOf(t, 'residents', gone.id), dischargeDate: '2026-11-20', reason: 'program_completed', note: '' });
  const goneDay = await admit({ firstName: 'Di', program: 'outpatient' });
  await t.must('admin', 'residents.discharge', { id: goneDay.id, expectedVersion: await versionOf(t, 'residents', goneDay.id), dischargeDate: '2026-11-20', reason: 'transferred', note: '' });

  const list = async (status: 'all' | 'admitted' | 'discharged', program: 'all' | 'residential' | 'outpatient') =>
    (await t.must('admin', 'residents.list', { status, program })).rows.map((r) => r.id);
  expect(await list('all', 'all')).toEqual([stay.id, day.id, gone.id, goneDay.id]);
  expect(await list('admitted', 'all')).toEqual([stay.id, day.id]);
  expect(await list('discharged', 'all')).toEqual([gone.id, goneDay.id]);
  expect(await list('all', 'outpatient')).toEqual([day.id, goneDay.id]);
  expect(await list('admitted', 'residential')).toEqual([stay.id]);
  expect(await list('discharged', 'outpatient')).toEqual([goneDay.id]);
});

describe('sorting the register', () => {
  beforeEach(async () => {
    await admit({ firstName: 'Aaron', lastName: 'Abbott', dateOfBirth: '1980-01-01', admissionDate: '2026-11-05' });
    const eloise = await admit({ firstName: 'Éloïse', lastName: 'Bouchard', dateOfBirth: '1995-06-06', admissionDate: '2026-10-01' });
    await admit({ firstName: 'Farid', lastName: 'Cohen', dateOfBirth: '1970-03-03', admissionDate: '2026-11-10' });
    const zoe = await admit({ firstName: 'Zoé', lastName: 'Durand', dateOfBirth: '2000-12-12', admissionDate: '2026-09-15' });
    for (const { id, version } of [eloise, zoe]) await t.must('admin', 'residents.discharge', { id, expectedVersion: version, dischargeDate: '2026-11-20', reason: 'program_completed', note: '' });
  });

  // Ascending order; descending is its exact reverse. Éloïse sorts as "e", not after "z".
  const ascending: Record<ResidentSortKey, string[]> = {
    name: ['Aaron', 'Éloïse', 'Farid', 'Zoé'],
    admissionDate: ['Zoé', 'Éloïse', 'Aaron', 'Farid'],
    dateOfBirth: ['Farid', 'Aaron', 'Éloïse', 'Zoé'],
    status: ['Aaron', 'Farid', 'Éloïse', 'Zoé'],
  };

  test('by name means by last name, then first name', async () => {
    await admit({ firstName: 'Aaron', lastName: 'Zimmer', dateOfBirth: '1981-01-01' });
    await admit({ firstName: 'Zack', lastName: 'Abbott', dateOfBirth: '1982-01-01' });
    const sorted = (await t.must('admin', 'residents.list', { sort: 'name' })).rows.map((r) => `${r.lastName}, ${r.firstName}`);
    expect(sorted).toEqual(['Abbott, Aaron', 'Abbott, Zack', 'Bouchard, Éloïse', 'Cohen, Farid', 'Durand, Zoé', 'Zimmer, Aaron']);
  });

  test.each(Object.keys(ascending) as ResidentSortKey[])('by %s, both directions', async (sort) => {
    expect(names((await t.must('admin', 'residents.list', { sort, direction: 'asc' })).rows)).toEqual(ascending[sort]);
    expect(names((await t.must('admin', 'residents.list', { sort, direction: 'desc' })).rows)).toEqual([...ascending[sort]].reverse());
  });
});

describe('a resident id that does not exist', () => {
  test('is not found, whatever the operation, and nothing is written', async () => {
    await admit();
    const id = randomUUID();
    const attempts = [
      () => t.call('admin', 'residents.get', { id, openingId: newOpening() }),
      async () => t.call('admin', 'residents.update', await detailsOf({ id })),
      () => t.call('admin', 'residents.discharge', { id, expectedVersion: 1, dischargeDate: '2026-11-20', reason: 'program_completed', note: '' }),
      () => t.call('admin', 'residents.readmit', { id, expectedVersion: 1, admissionDate: '2026-11-22', program: 'residential', note: '' }),
    ];
    for (const attempt of attempts) expect(errorOf(await expectNothingWritten(t, attempt)).code).toBe('not_found');
  });
});

describe('two people editing the same resident', () => {
  test('the second save, made from an older copy, is refused and changes nothing', async () => {
    const resident = await admit();
    const loadedByBoth = await versionOf(t, 'residents', resident.id);
    // Both saves happen within the same millisecond: updatedAt could not tell them apart, the version does.
    await t.must('admin', 'residents.update', { ...(await detailsOf({ id: resident.id })), expectedVersion: loadedByBoth, room: '201' });
    const stale = await expectNothingWritten(t, async () =>
      t.call('admin', 'residents.update', { ...(await detailsOf({ id: resident.id })), expectedVersion: loadedByBoth, room: '305' }),
    );
    expect(errorOf(stale)).toMatchObject({
      code: 'conflict',
      messageKey: 'problems.staleRecord',
      details: { expectedVersion: loadedByBoth, currentVersion: loadedByBoth + 1 },
      messageParams: { expectedVersion: loadedByBoth, currentVersion: loadedByBoth + 1 },
    });
    expect((await t.must('admin', 'residents.list', {})).rows[0].room).toBe('201');
  });
});

test('moving a resident between residential and outpatient is kept in the status history', async () => {
  const resident = await admit();
  const updated = await t.must('admin', 'residents.update', await detailsOf({ id: resident.id, program: 'outpatient', house: '', room: '' }));
  expect(updated.history.map((h) => [h.kind, h.program])).toEqual([
    ['admitted', 'residential'],
    ['programChanged', 'outpatient'],
  ]);
  // The centre's calendar day (the manual clock is 2026-11-23 15:00 UTC: 10:00 in Toronto).
  expect(updated.history[1].effectiveDate).toBe('2026-11-23');
});

test('admissions, discharges and readmissions cannot be dated after today at the centre', async () => {
  const future = '2026-11-24';
  expect(errorOf(await expectNothingWritten(t, () => t.call('admin', 'residents.admit', admission({ admissionDate: future }))))).toMatchObject({
    code: 'validation',
    fieldErrors: { admissionDate: ['validation.dateInFuture'] },
  });
  const resident = await admit();
  expect(errorOf(await t.call('admin', 'residents.discharge', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), dischargeDate: future, reason: 'program_completed', note: '' })).fieldErrors).toEqual({
    dischargeDate: ['validation.dateInFuture'],
  });
  await t.must('admin', 'residents.discharge', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), dischargeDate: '2026-11-20', reason: 'program_completed', note: '' });
  expect(errorOf(await t.call('admin', 'residents.readmit', { id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), admissionDate: future, program: 'outpatient', note: '' })).fieldErrors).toEqual({
    admissionDate: ['validation.dateInFuture'],
  });
});

test('emergency access needs at least two letters of a name, not accents alone', async () => {
  await admit();
  const itAdmin = await t.signInAs('it', ['administrator']);
  expect(itAdmin.roles).toEqual(['administrator']);
  const result = await expectNothingWritten(t, () =>
    t.call('it', 'residents.openWithBreakGlass', { reason: 'Checking what happens with accents only.', name: '\u0301\u0301 \u0301', dateOfBirth: '1990-04-12' }),
  );
  expect(errorOf(result).fieldErrors).toEqual({ name: ['validation.nameTooShort'] });
});
