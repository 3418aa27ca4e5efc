import type { InputOf, OperationName } from '../../shared/contract';
import type { SessionDraft } from '../../shared/contract/schedule';
import { admission, newOpening, type TestCore } from './test-core';

/** Records the valid inputs point at, created once per test file by createOperationFixtures. */
export interface OperationFixtures {
  /** An admitted resident (Éloïse Tremblay, born 1990-04-12). */
  residentId: string;
  /** Its version when created (what an edit form would send back as `expectedVersion`). */
  residentVersion: number;
  /** A discharged resident, so a readmission is possible. */
  dischargedResidentId: string;
  dischargedResidentVersion: number;
  /** A colleague with an account: the target of staff and account operations. */
  colleagueStaffId: string;
  colleagueVersion: number;
  colleagueAccountId: string;
  colleagueAccountVersion: number;
  /** The centre settings' version. */
  settingsVersion: number;
  /** A colleague without an account yet. */
  newcomerStaffId: string;
  /** Schedule records (issue 14): a location, a horse with a period out of service, a staff absence, a weekly session and one of its occurrences. */
  schedule: {
    /** The seeded yoga type (sessions book it); `activityTypeId` is a type made for editing. */
    yogaTypeId: string;
    activityTypeId: string;
    activityTypeVersion: number;
    locationId: string;
    locationVersion: number;
    resourceId: string;
    resourceVersion: number;
    outOfServicePeriodId: string;
    absenceId: string;
    sessionId: string;
    sessionVersion: number;
    occurrenceId: string;
    occurrenceVersion: number;
    cancelledOccurrenceId: string;
    cancelledOccurrenceVersion: number;
  };
  /** Attendance (issue 15): a held (past) yoga occurrence led by the colleague, with the resident marked, and an admitted resident not on its roster. */
  attendance: {
    occurrenceId: string;
    markId: string;
    markVersion: number;
    walkInResidentId: string;
  };
  /** The caller's own credentials (sign-in, unlock, password change). */
  me: { username: string; password: string };
}

let sequence = 0;
const next = () => (sequence += 1);

/**
 * One valid input per operation. The mapped type makes a new contract operation without an entry
 * a compile error (and test/integration/permissions.test.ts checks the keys at run time too).
 */
export const validInputFor: { readonly [N in OperationName]: (fx: OperationFixtures) => InputOf<N> } = {
  'system.status': () => ({}),
  'demo.isDatabaseEmpty': () => ({}),
  'demo.load': () => ({}),
  'auth.setUpFirstAdministrator': () => ({ firstName: 'Second', lastName: 'Admin', username: `second.admin${next()}`, password: 'a long enough password', alsoManager: true }),
  'auth.signIn': (fx) => ({ username: fx.me.username, password: fx.me.password }),
  'auth.session': () => ({}),
  'auth.signOut': () => ({}),
  'auth.lock': () => ({}),
  'auth.unlock': (fx) => ({ password: fx.me.password }),
  'auth.stillHere': () => ({}),
  'auth.changePassword': (fx) => ({ currentPassword: fx.me.password, newPassword: `${fx.me.password} renewed` }),
  'accounts.list': () => ({}),
  'accounts.create': (fx) => ({ staffId: fx.newcomerStaffId, username: `newcomer${next()}`, temporaryPassword: 'temporary pass 2' }),
  'accounts.resetPassword': (fx) => ({ accountId: fx.colleagueAccountId, expectedVersion: fx.colleagueAccountVersion, temporaryPassword: 'temporary pass 3' }),
  'accounts.setActive': (fx) => ({ accountId: fx.colleagueAccountId, expectedVersion: fx.colleagueAccountVersion, active: false }),
  'settings.get': () => ({}),
  'settings.update': (fx) => ({ idleLockMinutes: 10, timeZone: 'America/Toronto', scheduleHorizonWeeks: 26, paperSize: 'letter', expectedVersion: fx.settingsVersion }),
  'audit.list': (fx) => ({ residentId: fx.residentId, action: 'record.create', from: '2026-11-01', to: '2026-11-30', limit: 50, offset: 0 }),
  'audit.verify': () => ({}),
  'audit.export': (fx) => ({ residentId: fx.residentId, action: 'record.create', from: '2026-11-01', to: '2026-11-30' }),
  'audit.breakGlassReview': () => ({}),
  'backups.list': () => ({}),
  'backups.create': () => ({}),
  'residents.list': () => ({ search: 'tremblay', status: 'all', program: 'all', sort: 'name', direction: 'asc', limit: 50, offset: 0 }),
  'residents.get': (fx) => ({ id: fx.residentId, openingId: newOpening() }),
  'residents.findDuplicates': () => ({ firstName: 'Eloise', lastName: 'Tremblay', dateOfBirth: '1990-04-12' }),
  'residents.admit': () => admission({ firstName: 'Noor', lastName: `Haddad${next()}`, confirmNotDuplicate: true }),
  'residents.update': (fx) => {
    const { admissionDate: _admissionDate, confirmNotDuplicate: _confirm, ...details } = admission({ room: '210' });
    return { id: fx.residentId, expectedVersion: fx.residentVersion, ...details };
  },
  'residents.discharge': (fx) => ({ id: fx.residentId, expectedVersion: fx.residentVersion, dischargeDate: '2026-11-20', reason: 'program_completed', note: '' }),
  'residents.readmit': (fx) => ({ id: fx.dischargedResidentId, expectedVersion: fx.dischargedResidentVersion, admissionDate: '2026-11-22', program: 'outpatient', note: '' }),
  'residents.openWithBreakGlass': () => ({ reason: 'Found unwell in the garden; need her emergency contact.', name: 'tremblay', dateOfBirth: '1990-04-12' }),
  'staff.list': () => ({ search: '', role: 'all', includeInactive: false }),
  'staff.get': (fx) => ({ id: fx.colleagueStaffId }),
  'staff.create': () => ({ firstName: 'New', lastName: `Colleague${next()}`, roles: ['facilitator'], email: '', phone: '' }),
  'staff.update': (fx) => ({ id: fx.colleagueStaffId, expectedVersion: fx.colleagueVersion, firstName: 'Colleen', lastName: 'Colleague', roles: ['facilitator', 'peer_support_specialist'], email: 'colleen@example.org', phone: '' }),
  'staff.setActive': (fx) => ({ id: fx.colleagueStaffId, expectedVersion: fx.colleagueVersion, active: false }),
  'activityTypes.list': () => ({ includeInactive: true }),
  'activityTypes.create': () => ({ name: `Mindfulness ${next()}`, colour: '#5f3dc4', defaultDurationMinutes: 45, defaultCapacity: 12, clinical: false, requirements: [] }),
  'activityTypes.update': (fx) => ({ id: fx.schedule.activityTypeId, expectedVersion: fx.schedule.activityTypeVersion, active: true, name: 'Outdoor walk', colour: '#2b6b3f', defaultDurationMinutes: 60, defaultCapacity: 20, clinical: false, requirements: ['photoConsent'] }),
  'locations.list': () => ({ includeInactive: false }),
  'locations.create': () => ({ name: `Room ${next()}`, capacity: 12, onSite: true }),
  'locations.update': (fx) => ({ id: fx.schedule.locationId, expectedVersion: fx.schedule.locationVersion, active: true, name: 'Yoga room', capacity: 16, onSite: true }),
  'resources.list': () => ({}),
  'resources.create': () => ({ kind: 'horse', name: `Horse ${next()}`, maxSessionsPerDay: 3, restDays: [0] }),
  'resources.update': (fx) => ({ id: fx.schedule.resourceId, expectedVersion: fx.schedule.resourceVersion, active: true, kind: 'horse', name: 'Biscuit', maxSessionsPerDay: 2, restDays: [0, 6] }),
  'resources.addOutOfService': (fx) => ({ resourceId: fx.schedule.resourceId, startsOn: '2026-12-20', endsOn: '2026-12-24', reason: 'Farrier visit' }),
  'resources.removeOutOfService': (fx) => ({ periodId: fx.schedule.outOfServicePeriodId }),
  'staffAbsences.list': () => ({ staffId: null, from: '2026-11-01' }),
  'staffAbsences.create': (fx) => ({ staffId: fx.colleagueStaffId, kind: 'training', startsOn: '2026-12-28', endsOn: '2026-12-29', note: '' }),
  'staffAbsences.remove': (fx) => ({ id: fx.schedule.absenceId }),
  'schedule.range': (fx) => ({ from: '2026-11-30', to: '2026-12-06', facilitatorId: fx.colleagueStaffId }),
  'schedule.today': () => ({ house: null }),
  'schedule.previewChange': (fx) => ({ kind: 'createSession', draft: sessionDraft(fx, { startDate: '2026-12-07', startTime: '15:00' }) }),
  'sessions.get': (fx) => ({ id: fx.schedule.sessionId }),
  'sessions.create': (fx) => ({ draft: sessionDraft(fx, { startDate: '2026-12-08', startTime: `0${next() % 10}:00`.slice(-5) }) }),
  'sessions.updateSeries': (fx) => ({ sessionId: fx.schedule.sessionId, expectedVersion: fx.schedule.sessionVersion, fromOccurrenceId: null, draft: sessionDraft(fx, { startTime: '11:00' }) }),
  'occurrences.get': (fx) => ({ id: fx.schedule.occurrenceId }),
  'occurrences.update': (fx) => ({
    occurrenceId: fx.schedule.occurrenceId,
    expectedVersion: fx.schedule.occurrenceVersion,
    title: 'Gentle yoga',
    date: '2026-12-09',
    startTime: '13:00',
    durationMinutes: 45,
    locationId: fx.schedule.locationId,
    resourceIds: [],
    facilitatorIds: [fx.colleagueStaffId],
    participantIds: [fx.residentId],
    capacity: 10,
  }),
  'occurrences.move': (fx) => ({ occurrenceId: fx.schedule.occurrenceId, expectedVersion: fx.schedule.occurrenceVersion, date: '2026-12-09', startTime: '16:00', durationMinutes: 60 }),
  'occurrences.cancel': (fx) => ({ occurrenceId: fx.schedule.occurrenceId, expectedVersion: fx.schedule.occurrenceVersion, reason: 'The yoga room is flooded.' }),
  'occurrences.restore': (fx) => ({ occurrenceId: fx.schedule.cancelledOccurrenceId, expectedVersion: fx.schedule.cancelledOccurrenceVersion }),
  'rosters.week': (fx) => ({ kind: 'resident', weekOf: '2026-12-02', residentId: fx.residentId }),
  'rosters.signInSheet': (fx) => ({ occurrenceId: fx.schedule.occurrenceId }),
  'rosters.recordPrint': (fx) => ({ kind: 'signInSheet', subjectId: fx.schedule.occurrenceId, pages: 1, output: 'pdf' }),
  'attendance.sheet': (fx) => ({ occurrenceId: fx.attendance.occurrenceId }),
  'attendance.record': (fx) => ({ occurrenceId: fx.attendance.occurrenceId, marks: [{ residentId: fx.residentId, status: 'late', reason: 'Bus was late', engagement: 'tookPart', expectedVersion: fx.attendance.markVersion }] }),
  'attendance.addWalkIn': (fx) => ({ occurrenceId: fx.attendance.occurrenceId, residentId: fx.attendance.walkInResidentId, status: 'present', reason: null, engagement: 'observed' }),
  'attendance.correct': (fx) => ({ markId: fx.attendance.markId, expectedVersion: fx.attendance.markVersion, status: 'excused', reason: 'Medical appointment', engagement: null }),
  'attendance.resident': (fx) => ({ residentId: fx.residentId }),
  'attendance.flagged': () => ({}),
  'attendance.participation': () => ({ from: '2026-11-01', to: '2026-11-30' }),
  'attendance.exportParticipation': () => ({ from: '2026-11-01', to: '2026-11-30' }),
};

/** A weekly yoga session on Wednesdays for the fixture's resident, led by the colleague. */
function sessionDraft(fx: OperationFixtures, overrides: Partial<SessionDraft> = {}): SessionDraft {
  return { ...sessionDraftFor(fx.schedule, fx.colleagueStaffId, fx.residentId), ...overrides };
}

function sessionDraftFor(schedule: Pick<OperationFixtures['schedule'], 'yogaTypeId' | 'locationId'>, facilitatorId: string, residentId: string): SessionDraft {
  return {
    activityTypeId: schedule.yogaTypeId,
    title: null,
    locationId: schedule.locationId,
    resourceIds: [],
    facilitatorIds: [facilitatorId],
    participantIds: [residentId],
    capacity: 10,
    startDate: '2026-12-02',
    startTime: '10:00',
    durationMinutes: 60,
    recurrence: { interval: 1, weekdays: ['WE'], ends: { kind: 'afterCount', count: 6 } },
  };
}

/** Creates, as the administrator on channel "admin", the records the valid inputs refer to. */
export async function createOperationFixtures(t: TestCore, me: OperationFixtures['me']): Promise<OperationFixtures> {
  const resident = await t.must('admin', 'residents.admit', admission());
  const discharged = await t.must('admin', 'residents.admit', admission({ firstName: 'Omar', lastName: 'Benali', dateOfBirth: '1985-02-01', admissionDate: '2026-10-01' }));
  const dischargedNow = await t.must('admin', 'residents.discharge', { id: discharged.id, expectedVersion: discharged.version, dischargeDate: '2026-11-01', reason: 'transferred', note: '' });
  const colleague = await t.must('admin', 'staff.create', { firstName: 'Colleen', lastName: 'Colleague', roles: ['facilitator'], email: '', phone: '' });
  const account = await t.must('admin', 'accounts.create', { staffId: colleague.id, username: 'colleen', temporaryPassword: 'temporary pass 1' });
  const newcomer = await t.must('admin', 'staff.create', { firstName: 'Nora', lastName: 'Newcomer', roles: ['counsellor'], email: '', phone: '' });
  const schedule = await createScheduleFixtures(t, colleague.id, resident.id);
  return {
    residentId: resident.id,
    residentVersion: resident.version,
    dischargedResidentId: discharged.id,
    dischargedResidentVersion: dischargedNow.version,
    colleagueStaffId: colleague.id,
    colleagueVersion: colleague.version,
    colleagueAccountId: account.id,
    colleagueAccountVersion: account.version,
    settingsVersion: (await t.must('admin', 'settings.get', {})).version,
    newcomerStaffId: newcomer.id,
    schedule,
    attendance: await createAttendanceFixtures(t, schedule, colleague.id, resident.id),
    me,
  };
}

/** The schedule records the valid inputs point at, made through the dispatcher like any user's. */
async function createScheduleFixtures(t: TestCore, facilitatorId: string, residentId: string): Promise<OperationFixtures['schedule']> {
  const types = await t.must('admin', 'activityTypes.list', {});
  const yoga = types.find((type) => type.name === 'Yoga');
  if (!yoga) throw new Error('The seeded Yoga activity type is missing.');
  const walk = await t.must('admin', 'activityTypes.create', { name: 'Walk', colour: '#2b6b3f', defaultDurationMinutes: 60, defaultCapacity: 20, clinical: false, requirements: [] });
  const location = await t.must('admin', 'locations.create', { name: 'Yoga room', capacity: 15, onSite: true });
  const horse = await t.must('admin', 'resources.create', { kind: 'horse', name: 'Biscuit', maxSessionsPerDay: 3, restDays: [] });
  const lame = await t.must('admin', 'resources.addOutOfService', { resourceId: horse.id, startsOn: '2027-01-04', endsOn: '2027-01-08', reason: 'Lame' });
  const absence = await t.must('admin', 'staffAbsences.create', { staffId: facilitatorId, kind: 'holiday', startsOn: '2027-02-01', endsOn: '2027-02-05', note: '' });
  const session = await t.must('admin', 'sessions.create', {
    draft: {
      activityTypeId: yoga.id,
      title: null,
      locationId: location.id,
      resourceIds: [],
      facilitatorIds: [facilitatorId],
      participantIds: [residentId],
      capacity: 10,
      startDate: '2026-12-02',
      startTime: '10:00',
      durationMinutes: 60,
      recurrence: { interval: 1, weekdays: ['WE'], ends: { kind: 'afterCount', count: 6 } },
    },
  });
  const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-11-30', to: '2026-12-20' });
  const [first, second] = occurrences.filter((occurrence) => occurrence.sessionId === session.id);
  if (!first || !second) throw new Error('The weekly fixture session has fewer than two occurrences.');
  const cancelled = await t.must('admin', 'occurrences.cancel', { occurrenceId: second.id, expectedVersion: second.version, reason: 'Fixture: cancelled to be restored' });
  return {
    yogaTypeId: yoga.id,
    activityTypeId: walk.id,
    activityTypeVersion: walk.version,
    locationId: location.id,
    locationVersion: location.version,
    resourceId: horse.id,
    resourceVersion: lame.version,
    outOfServicePeriodId: lame.outOfService[0].id,
    absenceId: absence.id,
    sessionId: session.id,
    sessionVersion: session.version,
    occurrenceId: first.id,
    occurrenceVersion: first.version,
    cancelledOccurrenceId: cancelled.id,
    cancelledOccurrenceVersion: cancelled.version,
  };
}

/** A single yoga session held last week (before the test clock's today), its attendance taken by the administrator (also a manager). */
async function createAttendanceFixtures(t: TestCore, schedule: OperationFixtures['schedule'], facilitatorId: string, residentId: string): Promise<OperationFixtures['attendance']> {
  const walkIn = await t.must('admin', 'residents.admit', admission({ firstName: 'Wren', lastName: 'Walker', dateOfBirth: '1994-06-30', admissionDate: '2026-11-09' }));
  const draft = { ...sessionDraftFor(schedule, facilitatorId, residentId), startDate: '2026-11-18', startTime: '10:00', recurrence: null };
  const session = await t.must('admin', 'sessions.create', { draft });
  const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-11-18', to: '2026-11-18' });
  const held = occurrences.find((occurrence) => occurrence.sessionId === session.id);
  if (!held) throw new Error('The held fixture session has no occurrence.');
  const sheet = await t.must('admin', 'attendance.record', { occurrenceId: held.id, marks: [{ residentId, status: 'present', reason: null, engagement: 'fullyEngaged', expectedVersion: null }] });
  const mark = sheet.rows.find((row) => row.residentId === residentId)?.mark;
  if (!mark) throw new Error('The fixture mark was not recorded.');
  return { occurrenceId: held.id, markId: mark.id, markVersion: mark.version, walkInResidentId: walkIn.id };
}
