import { DEFAULT_SETTINGS } from '../../electron/core/settings/settings-service';
import type { InputOf, OperationName } from '../../shared/contract';
import { DEFAULT_NOTE_TEMPLATE } from '../../shared/contract/note-templates';
import type { NoteContent } from '../../shared/contract/notes';
import type { SessionDraft } from '../../shared/contract/schedule';
import { ADMIN_PASSWORD, admission, newOpening, type TestCore } from './test-core';

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
  /**
   * Peer groups and mentoring (issue 15): a group of capacity 1 led by the colleague, whose one
   * member is an admitted resident never discharged by the valid inputs, another resident waiting;
   * a peer support specialist mentoring the fixture resident.
   */
  groups: {
    groupId: string;
    groupVersion: number;
    memberResidentId: string;
    membershipId: string;
    waitingResidentId: string;
    waitlistEntryId: string;
    mentorStaffId: string;
    pairId: string;
    pairVersion: number;
  };
  /** Attendance (issue 15): a held (past) yoga occurrence led by the colleague, with the resident marked, and an admitted resident not on its roster. */
  attendance: {
    occurrenceId: string;
    markId: string;
    markVersion: number;
    walkInResidentId: string;
  };
  /** Group notes (issue 16): a draft note on the fixture occurrence, a signed one (with a goal) on the cancelled one. */
  notes: {
    draftNoteId: string;
    draftRevisionId: string;
    signedNoteId: string;
    goalId: string;
    goalVersion: number;
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
  'settings.update': (fx) => ({ ...DEFAULT_SETTINGS, idleLockMinutes: 10, timeZone: 'America/Toronto', expectedVersion: fx.settingsVersion }),
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
  'groups.list': () => ({ includeInactive: true }),
  'groups.get': (fx) => ({ id: fx.groups.groupId, asOf: '2026-12-01' }),
  'groups.create': (fx) => ({ name: `Relapse prevention ${next()}`, kind: 'discussion', focus: 'Triggers and plans', capacity: 10, openEnrolment: true, facilitators: [{ staffId: fx.colleagueStaffId, role: 'facilitator' }] }),
  'groups.update': (fx) => ({ id: fx.groups.groupId, expectedVersion: fx.groups.groupVersion, active: true, name: 'Life skills', kind: 'activityBased', focus: '', capacity: 2, openEnrolment: true, facilitators: [{ staffId: fx.colleagueStaffId, role: 'facilitator' }] }),
  'groups.enrol': (fx) => ({ groupId: fx.groups.groupId, residentId: fx.groups.waitingResidentId, joinedOn: '2026-12-01' }),
  'groups.enrolFromWaitlist': (fx) => ({ entryId: fx.groups.waitlistEntryId, joinedOn: '2026-12-01' }),
  'groups.leave': (fx) => ({ membershipId: fx.groups.membershipId, leftOn: '2026-11-30', reason: 'completed', note: '' }),
  'groups.withdrawFromWaitlist': (fx) => ({ entryId: fx.groups.waitlistEntryId }),
  'mentoring.listPairs': () => ({ includeEnded: true, flaggedOnly: false }),
  'mentoring.getPair': (fx) => ({ id: fx.groups.pairId }),
  'mentoring.createPair': (fx) => ({ mentorStaffId: fx.groups.mentorStaffId, residentId: fx.groups.memberResidentId, startsOn: '2026-11-23' }),
  'mentoring.endPair': (fx) => ({ id: fx.groups.pairId, expectedVersion: fx.groups.pairVersion, endsOn: '2026-11-23', reason: 'Moved to outpatient care' }),
  'mentoring.logMeeting': (fx) => ({ pairId: fx.groups.pairId, heldOn: '2026-11-23', durationMinutes: 45, topics: ['cravings', 'family visit'], privateNote: 'Worried about the weekend pass.' }),
  'rosters.week': (fx) => ({ kind: 'resident', weekOf: '2026-12-02', residentId: fx.residentId }),
  'rosters.signInSheet': (fx) => ({ occurrenceId: fx.schedule.occurrenceId }),
  'rosters.recordPrint': (fx) => ({ kind: 'signInSheet', subjectId: fx.schedule.occurrenceId, pages: 1, output: 'pdf' }),
  'rosters.enterSignInSheet': (fx) => ({
    occurrenceId: fx.attendance.occurrenceId,
    marks: [{ residentId: fx.residentId, status: 'present', reason: null, engagement: null, expectedVersion: fx.attendance.markVersion }],
    walkIns: [{ residentId: fx.attendance.walkInResidentId, status: 'late', reason: null, engagement: null }],
  }),
  'attendance.sheet': (fx) => ({ occurrenceId: fx.attendance.occurrenceId }),
  'attendance.record': (fx) => ({ occurrenceId: fx.attendance.occurrenceId, marks: [{ residentId: fx.residentId, status: 'late', reason: 'Bus was late', engagement: 'tookPart', expectedVersion: fx.attendance.markVersion }] }),
  'attendance.addWalkIn': (fx) => ({ occurrenceId: fx.attendance.occurrenceId, residentId: fx.attendance.walkInResidentId, status: 'present', reason: null, engagement: 'observed' }),
  'attendance.correct': (fx) => ({ markId: fx.attendance.markId, expectedVersion: fx.attendance.markVersion, status: 'excused', reason: 'Medical appointment', engagement: null }),
  'attendance.resident': (fx) => ({ residentId: fx.residentId }),
  'attendance.flagged': () => ({}),
  'attendance.participation': () => ({ from: '2026-11-01', to: '2026-11-30' }),
  'attendance.exportParticipation': () => ({ from: '2026-11-01', to: '2026-11-30' }),
  'notes.open': (fx) => ({ subjectKind: 'occurrence', subjectId: fx.schedule.occurrenceId, openingId: newOpening() }),
  'notes.save': (fx) => ({ subjectKind: 'occurrence', subjectId: fx.schedule.occurrenceId, baseRevisionId: fx.notes.draftRevisionId, content: noteContent(fx, 'Back from the barn.') }),
  'notes.sign': (fx) => ({ noteId: fx.notes.draftNoteId, revisionId: fx.notes.draftRevisionId, password: fx.me.password }),
  'notes.addAddendum': (fx) => ({ noteId: fx.notes.signedNoteId, text: 'Correction: the walk was 40 minutes.', password: fx.me.password }),
  'notes.coSign': (fx) => ({ noteId: fx.notes.signedNoteId, password: fx.me.password }),
  'notes.residentLines': (fx) => ({ residentId: fx.residentId, openingId: newOpening() }),
  'notes.setGoalStatus': (fx) => ({ goalId: fx.notes.goalId, expectedVersion: fx.notes.goalVersion, status: 'achieved' }),
  'notes.registerNames': () => ({}),
  'notes.unsignedOverdue': () => ({}),
  'groups.noteTemplate': (fx) => ({ groupId: fx.groups.groupId }),
  // From the default (version 0): the first permitted caller sets it, the next ones get a stale-version conflict.
  'groups.setNoteTemplate': (fx) => ({
    groupId: fx.groups.groupId,
    expectedVersion: 0,
    template: { sections: [...DEFAULT_NOTE_TEMPLATE.sections, { key: 'custom-safety-check', heading: 'Safety check', prompt: 'Anyone at risk this week?', included: true }] },
  }),
};

/** A short note about the fixture's resident, led by the colleague. */
function noteContent(fx: Pick<OperationFixtures, 'residentId' | 'colleagueStaffId'>, checkIn: string): NoteContent {
  return {
    facilitatorId: fx.colleagueStaffId,
    coFacilitatorId: null,
    topic: 'Routines that help',
    discussion: 'The group talked about mornings.',
    closing: '',
    participants: [{ residentId: fx.residentId, checkIn, mood: 4, sharing: 'Enjoyed grooming the horses.', goal: 'Walk every morning.' }],
    sections: [],
  };
}

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
    groups: await createGroupFixtures(t, colleague.id, resident.id),
    attendance: await createAttendanceFixtures(t, schedule, colleague.id, resident.id),
    notes: await createNoteFixtures(t, schedule, { residentId: resident.id, colleagueStaffId: colleague.id }),
    me,
  };
}

/** The group and mentoring records the valid inputs point at, made through the dispatcher. */
async function createGroupFixtures(t: TestCore, facilitatorId: string, residentId: string): Promise<OperationFixtures['groups']> {
  const member = await t.must('admin', 'residents.admit', admission({ firstName: 'Maya', lastName: 'Groupmember', dateOfBirth: '1992-06-01', admissionDate: '2026-11-10' }));
  const waiting = await t.must('admin', 'residents.admit', admission({ firstName: 'Wes', lastName: 'Waiting', dateOfBirth: '1988-03-03', admissionDate: '2026-11-10' }));
  const group = await t.must('admin', 'groups.create', { name: 'Family circle', kind: 'discussion', focus: '', capacity: 1, openEnrolment: true, facilitators: [{ staffId: facilitatorId, role: 'facilitator' }] });
  const enrolled = await t.must('admin', 'groups.enrol', { groupId: group.id, residentId: member.id, joinedOn: '2026-11-23' });
  const queued = await t.must('admin', 'groups.enrol', { groupId: group.id, residentId: waiting.id, joinedOn: '2026-11-23' });
  const [membership] = enrolled.group.roster;
  const [entry] = queued.group.waitlist;
  if (!membership || !entry) throw new Error('The fixture group has no member or nobody waiting.');
  const mentor = await t.must('admin', 'staff.create', { firstName: 'Petra', lastName: 'Peer', roles: ['peer_support_specialist'], email: '', phone: '' });
  const pair = await t.must('admin', 'mentoring.createPair', { mentorStaffId: mentor.id, residentId, startsOn: '2026-11-10' });
  return {
    groupId: group.id,
    groupVersion: queued.group.version,
    memberResidentId: member.id,
    membershipId: membership.id,
    waitingResidentId: waiting.id,
    waitlistEntryId: entry.id,
    mentorStaffId: mentor.id,
    pairId: pair.id,
    pairVersion: pair.version,
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
    draft: sessionDraftFor({ yogaTypeId: yoga.id, locationId: location.id }, facilitatorId, residentId),
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

/** Notes made by the administrator (also a manager: every note is theirs to write and sign). */
async function createNoteFixtures(t: TestCore, schedule: OperationFixtures['schedule'], people: Pick<OperationFixtures, 'residentId' | 'colleagueStaffId'>): Promise<OperationFixtures['notes']> {
  const draft = await t.must('admin', 'notes.save', { subjectKind: 'occurrence', subjectId: schedule.occurrenceId, baseRevisionId: null, content: noteContent(people, 'Tired but here.') });
  const toSign = await t.must('admin', 'notes.save', { subjectKind: 'occurrence', subjectId: schedule.cancelledOccurrenceId, baseRevisionId: null, content: noteContent(people, 'Rested.') });
  await t.must('admin', 'notes.sign', { noteId: toSign.noteId, revisionId: toSign.id, password: ADMIN_PASSWORD });
  const { goals } = await t.must('admin', 'notes.residentLines', { residentId: people.residentId, openingId: newOpening() });
  const goal = goals[0];
  if (!goal) throw new Error('Signing the fixture note made no goal.');
  return { draftNoteId: draft.noteId, draftRevisionId: draft.id, signedNoteId: toSign.noteId, goalId: goal.id, goalVersion: goal.version };
}
