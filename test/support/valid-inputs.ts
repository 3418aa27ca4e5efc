import type { InputOf, OperationName } from '../../shared/contract';
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
  'settings.update': (fx) => ({ idleLockMinutes: 10, timeZone: 'America/Toronto', expectedVersion: fx.settingsVersion }),
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
};

/** Creates, as the administrator on channel "admin", the records the valid inputs refer to. */
export async function createOperationFixtures(t: TestCore, me: OperationFixtures['me']): Promise<OperationFixtures> {
  const resident = await t.must('admin', 'residents.admit', admission());
  const discharged = await t.must('admin', 'residents.admit', admission({ firstName: 'Omar', lastName: 'Benali', dateOfBirth: '1985-02-01', admissionDate: '2026-10-01' }));
  const dischargedNow = await t.must('admin', 'residents.discharge', { id: discharged.id, expectedVersion: discharged.version, dischargeDate: '2026-11-01', reason: 'transferred', note: '' });
  const colleague = await t.must('admin', 'staff.create', { firstName: 'Colleen', lastName: 'Colleague', roles: ['facilitator'], email: '', phone: '' });
  const account = await t.must('admin', 'accounts.create', { staffId: colleague.id, username: 'colleen', temporaryPassword: 'temporary pass 1' });
  const newcomer = await t.must('admin', 'staff.create', { firstName: 'Nora', lastName: 'Newcomer', roles: ['counsellor'], email: '', phone: '' });
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
    me,
  };
}
