// The one permission matrix. Every contract operation names the permission it needs
// (shared/contract/*.ts), the dispatcher enforces it on every call, and the renderer uses the
// same table to hide what a person cannot do. A person may hold several roles: their
// permissions are the union.

export const ROLES = [
  'administrator',
  'manager',
  'counsellor',
  'facilitator',
  'peer_support_specialist',
  'scheduling_staff',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'residents.read', // the register: names, dates, program, room, contacts, consents
  'residents.write', // admit, edit, discharge, readmit
  'staff.read',
  'staff.write',
  'accounts.manage', // create sign-in accounts, reset passwords, deactivate
  'settings.manage', // centre-wide settings such as the idle-lock delay
  'audit.read', // the audit viewer, its verification and the break-glass review
  'backups.manage', // see the database's backup copies and make one now
  'demo.load', // fill an empty database with fictional demo data
  'records.breakGlass', // open a record one's roles do not cover, with a written reason
  'schedule.read', // the calendar, the Today board, a resident's and a staff member's week
  'schedule.write', // sessions and occurrences, locations, resources (horses), staff absences
  'schedule.setup', // activity types: what the centre offers and what each requires
  'schedule.overrideCapacity', // book past a session's or a room's capacity, with a recorded reason
  // Peer groups and mentoring (issue 15). Roles open the door; the core then checks the record on
  // every call (electron/core/groups/group-access.ts, electron/core/mentoring/mentoring-access.ts):
  // - groups: managers, counsellors and scheduling staff see and change every group; facilitators and
  //   peer support specialists only the groups they facilitate (as facilitator or co-facilitator);
  // - mentoring: a peer support specialist sees and logs meetings only for their own pairs; managers
  //   and counsellors see all, and with the mentor are the only ones shown a meeting's private note.
  // A record outside one's scope answers `not_found`, as if it did not exist.
  'groups.read', // groups, their rosters as of a date, membership history and waitlists
  'groups.manage', // create and edit groups: facilitators, capacity, open or closed enrolment
  'groups.enrol', // roster changes: enrol, leave, waitlist (a facilitator: their own groups)
  'mentoring.read', // mentoring pairs, their meetings and gap flags
  'mentoring.manage', // pair a peer support specialist with a resident, end a pair
  'mentoring.log', // log a mentoring meeting (a peer support specialist: their own pairs)
  'rosters.print', // the weekly rosters on paper (per activity, resident, facilitator, the centre's week) and every sign-in sheet
  'rosters.printSignInSheets', // sign-in sheets; without rosters.print only for the sessions one facilitates (checked per record)
  // Attendance (issue 15) is scoped to the record: holding 'attendance.take' or 'attendance.read'
  // covers only the occurrences one facilitates (occurrence_facilitators), checked in the core on
  // every call; the '...Any' / '...All' permissions lift that scope.
  'attendance.take', // take and correct attendance, add a walk-in: for occurrences one facilitates
  'attendance.takeAny', // the same for any occurrence (a manager covering for a sick facilitator)
  'attendance.read', // attendance sheets, residents' rates and flags, participation reports: of one's own occurrences
  'attendance.readAll', // the same for every occurrence, and the participation report's CSV export of everything
  'notes.read', // group notes, further limited per meeting in the core (its facilitators, counsellors, managers)
  'notes.write', // write, sign and correct (addenda) the notes one may read
  'notes.supervise', // co-sign a signed note as a supervisor
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // Accounts and settings; no resident or clinical data unless the person also holds a clinical role.
  // Every staff role reads the schedule (where people are expected to be is not clinical).
  administrator: ['staff.read', 'staff.write', 'accounts.manage', 'settings.manage', 'audit.read', 'backups.manage', 'demo.load', 'records.breakGlass', 'schedule.read'],
  // Everything operational, and the only role that books past a capacity.
  manager: [
    'residents.read', 'residents.write', 'staff.read', 'staff.write', 'audit.read', 'backups.manage', 'demo.load', 'records.breakGlass',
    'schedule.read', 'schedule.write', 'schedule.setup', 'schedule.overrideCapacity', 'rosters.print', 'rosters.printSignInSheets',
    'groups.read', 'groups.manage', 'groups.enrol', 'mentoring.read', 'mentoring.manage', 'mentoring.log',
    'attendance.take', 'attendance.takeAny', 'attendance.read', 'attendance.readAll',
    'notes.read', 'notes.write', 'notes.supervise',
  ],
  // Counsellors follow every resident's participation; they take attendance of what they lead.
  counsellor: [
    'residents.read', 'residents.write', 'staff.read', 'records.breakGlass', 'schedule.read',
    'groups.read', 'groups.manage', 'groups.enrol', 'mentoring.read', 'mentoring.manage', 'mentoring.log',
    'attendance.take', 'attendance.read', 'attendance.readAll',
    'notes.read', 'notes.write', 'notes.supervise',
  ],
  // Facilitators and peer support specialists take attendance, read reports and read and write notes of
  // the occurrences they facilitate only (checked per record).
  facilitator: ['residents.read', 'staff.read', 'records.breakGlass', 'schedule.read', 'groups.read', 'groups.enrol', 'attendance.take', 'attendance.read', 'notes.read', 'notes.write', 'rosters.printSignInSheets'],
  peer_support_specialist: [
    'residents.read', 'staff.read', 'records.breakGlass', 'schedule.read', 'groups.read', 'groups.enrol', 'mentoring.read', 'mentoring.log',
    'attendance.take', 'attendance.read', 'notes.read', 'notes.write', 'rosters.printSignInSheets',
  ],
  // Keeps the register's non-clinical details, the schedule and its printed rosters, and with it the
  // groups' rosters (not mentoring). No attendance: who came to a therapeutic activity, and how they took part, is
  // treatment information, not planning.
  scheduling_staff: ['residents.read', 'residents.write', 'staff.read', 'records.breakGlass', 'schedule.read', 'schedule.write', 'groups.read', 'groups.manage', 'groups.enrol', 'rosters.print', 'rosters.printSignInSheets'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
