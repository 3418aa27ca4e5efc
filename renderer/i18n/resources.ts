import accounts from './en/accounts.json';
import attendance from './en/attendance.json';
import audit from './en/audit.json';
import auth from './en/auth.json';
import backups from './en/backups.json';
import common from './en/common.json';
import emergency from './en/emergency.json';
import errors from './en/errors.json';
import groups from './en/groups.json';
import mentoring from './en/mentoring.json';
import notes from './en/notes.json';
import palette from './en/palette.json';
import problems from './en/problems.json';
import residents from './en/residents.json';
import rosters from './en/rosters.json';
import schedule from './en/schedule.json';
import scheduleSetup from './en/scheduleSetup.json';
import settings from './en/settings.json';
import staff from './en/staff.json';
import today from './en/today.json';
import validation from './en/validation.json';

// The English catalogs are the source of truth for the compiler: i18next's `t()` accepts only
// keys of this tree (see i18next.d.ts), and fr/index.ts must have exactly the same shape.
// A new area is a new JSON file in BOTH languages plus one line here and one in fr/index.ts.
export const englishCatalog = { accounts, attendance, audit, auth, backups, common, emergency, errors, groups, mentoring, notes, palette, problems, residents, rosters, schedule, scheduleSetup, settings, staff, today, validation };

export type Catalog = typeof englishCatalog;
