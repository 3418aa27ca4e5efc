import type { OperationName } from './index';

// What each operation reads or writes, by domain, so the renderer knows which cached reads a write
// makes stale. The map's type names every operation: a new operation without an entry here fails
// `npm run typecheck`, so no write can forget the screens it changes.

/** The parts of the data a screen can show; a write invalidates every read of the domains it touches. */
export const DOMAINS = ['residents', 'staff', 'accounts', 'audit', 'backups', 'settings', 'session', 'system', 'schedule', 'groups', 'mentoring', 'attendance', 'notes'] as const;
export type Domain = (typeof DOMAINS)[number];

/** A read is cached under its name and input; a write refreshes the reads of the domains it touches. */
export type OperationEffect = { readonly reads: readonly Domain[] } | { readonly writes: readonly Domain[] };

// Nearly every write also appends to the audit trail, hence 'audit' in most lists.
export const OPERATION_EFFECTS = {
  'system.status': { reads: ['system'] },
  'demo.isDatabaseEmpty': { reads: ['residents', 'staff'] },
  'demo.load': { writes: ['residents', 'staff', 'accounts', 'audit'] },

  'auth.setUpFirstAdministrator': { writes: ['session', 'staff', 'accounts', 'audit', 'system'] },
  'auth.signIn': { writes: ['session', 'accounts', 'audit'] },
  'auth.session': { reads: ['session'] },
  'auth.signOut': { writes: ['session', 'audit'] },
  'auth.lock': { writes: ['session', 'audit'] },
  'auth.unlock': { writes: ['session', 'audit'] },
  'auth.stillHere': { writes: ['session'] },
  'auth.changePassword': { writes: ['session', 'accounts', 'audit'] },

  'accounts.list': { reads: ['accounts', 'staff'] },
  'accounts.create': { writes: ['accounts', 'staff', 'audit'] },
  'accounts.resetPassword': { writes: ['accounts', 'audit'] },
  'accounts.setActive': { writes: ['accounts', 'audit'] },

  'settings.get': { reads: ['settings'] },
  'settings.update': { writes: ['settings', 'session', 'audit'] },

  'audit.list': { reads: ['audit'] },
  'audit.verify': { reads: ['audit'] },
  // An export is itself recorded in the trail.
  'audit.export': { writes: ['audit'] },
  'audit.breakGlassReview': { reads: ['audit'] },

  'backups.list': { reads: ['backups'] },
  'backups.create': { writes: ['backups', 'audit'] },

  // Opening a record is audited, but once per opening (see useOpeningId): it is still a read.
  'residents.list': { reads: ['residents'] },
  'residents.get': { reads: ['residents'] },
  'residents.findDuplicates': { reads: ['residents'] },
  'residents.admit': { writes: ['residents', 'audit'] },
  'residents.update': { writes: ['residents', 'audit'] },
  // A discharge ends the resident's group memberships, waitlist places and mentoring pairs.
  'residents.discharge': { writes: ['residents', 'groups', 'mentoring', 'audit'] },
  'residents.readmit': { writes: ['residents', 'audit'] },
  'residents.openWithBreakGlass': { writes: ['audit'] },

  // Staff names show in accounts and in the audit trail's "person" column.
  'staff.list': { reads: ['staff'] },
  'staff.get': { reads: ['staff'] },
  'staff.create': { writes: ['staff', 'accounts', 'audit'] },
  'staff.update': { writes: ['staff', 'accounts', 'audit'] },
  'staff.setActive': { writes: ['staff', 'accounts', 'audit'] },

  // The schedule shows names of residents and staff: their changes refresh it too (reads below).
  'activityTypes.list': { reads: ['schedule'] },
  'activityTypes.create': { writes: ['schedule', 'audit'] },
  'activityTypes.update': { writes: ['schedule', 'audit'] },
  'locations.list': { reads: ['schedule'] },
  'locations.create': { writes: ['schedule', 'audit'] },
  'locations.update': { writes: ['schedule', 'audit'] },
  'resources.list': { reads: ['schedule'] },
  'resources.create': { writes: ['schedule', 'audit'] },
  'resources.update': { writes: ['schedule', 'audit'] },
  'resources.addOutOfService': { writes: ['schedule', 'audit'] },
  'resources.removeOutOfService': { writes: ['schedule', 'audit'] },
  'staffAbsences.list': { reads: ['schedule', 'staff'] },
  'staffAbsences.create': { writes: ['schedule', 'audit'] },
  'staffAbsences.remove': { writes: ['schedule', 'audit'] },
  // Reading a range may materialise occurrences further ahead (derived rows, not a change anyone made).
  'schedule.range': { reads: ['schedule', 'residents', 'staff'] },
  'schedule.today': { reads: ['schedule', 'residents', 'staff'] },
  'schedule.previewChange': { reads: ['schedule', 'residents', 'staff'] },
  'sessions.get': { reads: ['schedule'] },
  'sessions.create': { writes: ['schedule', 'audit'] },
  'sessions.updateSeries': { writes: ['schedule', 'audit'] },
  'occurrences.get': { reads: ['schedule', 'residents', 'staff'] },
  'occurrences.update': { writes: ['schedule', 'audit'] },
  'occurrences.move': { writes: ['schedule', 'audit'] },
  'occurrences.cancel': { writes: ['schedule', 'audit'] },
  'occurrences.restore': { writes: ['schedule', 'audit'] },

  // Groups and pairs show residents' and staff members' names.
  'groups.list': { reads: ['groups', 'residents', 'staff'] },
  'groups.get': { reads: ['groups', 'residents', 'staff'] },
  'groups.create': { writes: ['groups', 'audit'] },
  'groups.update': { writes: ['groups', 'audit'] },
  'groups.enrol': { writes: ['groups', 'audit'] },
  'groups.enrolFromWaitlist': { writes: ['groups', 'audit'] },
  'groups.leave': { writes: ['groups', 'audit'] },
  'groups.withdrawFromWaitlist': { writes: ['groups', 'audit'] },
  'groups.noteTemplate': { reads: ['groups', 'staff'] },
  // The template shapes the notes still being written.
  'groups.setNoteTemplate': { writes: ['groups', 'notes', 'audit'] },
  // The gap flag counts days to the centre's today, with the gap from the settings.
  'mentoring.listPairs': { reads: ['mentoring', 'residents', 'staff', 'settings'] },
  'mentoring.getPair': { reads: ['mentoring', 'residents', 'staff', 'settings'] },
  'mentoring.createPair': { writes: ['mentoring', 'audit'] },
  'mentoring.endPair': { writes: ['mentoring', 'audit'] },
  'mentoring.logMeeting': { writes: ['mentoring', 'audit'] },

  // A print's data includes the audit trail's fingerprint: a new audit row makes it stale.
  'rosters.week': { reads: ['schedule', 'groups', 'residents', 'staff', 'audit', 'settings'] },
  // Whether the returned sheet was entered is attendance's news.
  'rosters.signInSheet': { reads: ['schedule', 'attendance', 'residents', 'staff', 'audit', 'settings'] },
  'rosters.recordPrint': { writes: ['audit'] },
  'rosters.enterSignInSheet': { writes: ['attendance', 'schedule', 'audit'] },
  // Attendance reads names and occurrences; a walk-in also joins the occurrence (the schedule shows it).
  'attendance.sheet': { reads: ['attendance', 'schedule', 'residents', 'staff'] },
  'attendance.record': { writes: ['attendance', 'audit'] },
  'attendance.addWalkIn': { writes: ['attendance', 'schedule', 'audit'] },
  'attendance.correct': { writes: ['attendance', 'audit'] },
  'attendance.resident': { reads: ['attendance', 'schedule', 'residents'] },
  'attendance.flagged': { reads: ['attendance', 'schedule', 'residents'] },
  'attendance.participation': { reads: ['attendance', 'schedule', 'residents'] },
  // An export is itself recorded in the trail.
  'attendance.exportParticipation': { writes: ['audit'] },

  // Opening a note is audited once per opening (like residents.get): still a read. Autosaves write no audit row.
  'notes.open': { reads: ['notes', 'schedule', 'attendance', 'residents', 'staff'] },
  'notes.save': { writes: ['notes'] },
  'notes.sign': { writes: ['notes', 'audit'] },
  'notes.addAddendum': { writes: ['notes', 'audit'] },
  'notes.coSign': { writes: ['notes', 'audit'] },
  'notes.residentLines': { reads: ['notes', 'residents'] },
  'notes.setGoalStatus': { writes: ['notes', 'audit'] },
  'notes.registerNames': { reads: ['residents'] },
  'notes.unsignedOverdue': { reads: ['notes'] },
} as const satisfies Record<OperationName, OperationEffect>;

type Effects = typeof OPERATION_EFFECTS;
/** Operations that only read: the renderer caches them (useHearthQuery). */
export type ReadOperationName = { [N in OperationName]: Effects[N] extends { reads: readonly Domain[] } ? N : never }[OperationName];
/** Operations that change something: the renderer runs them through useHearthMutation. */
export type WriteOperationName = Exclude<OperationName, ReadOperationName>;

export function domainsReadBy(name: OperationName): readonly Domain[] {
  const effect: OperationEffect = OPERATION_EFFECTS[name];
  return 'reads' in effect ? effect.reads : [];
}

export function domainsTouchedBy(name: OperationName): readonly Domain[] {
  const effect: OperationEffect = OPERATION_EFFECTS[name];
  return 'writes' in effect ? effect.writes : [];
}
