import type { Catalog } from './resources';

// `npm run typecheck` fails when the French catalogs lack a key of the English ones or have one
// English does not: the error names the key ("Type '"residents.list.title"' does not satisfy the
// constraint 'never'"). Nothing here runs; the types are the check. A new area is one more line.

interface FrenchCatalog {
  accounts: typeof import('./fr/accounts.json');
  attendance: typeof import('./fr/attendance.json');
  audit: typeof import('./fr/audit.json');
  auth: typeof import('./fr/auth.json');
  backups: typeof import('./fr/backups.json');
  common: typeof import('./fr/common.json');
  emergency: typeof import('./fr/emergency.json');
  notes: typeof import('./fr/notes.json');
  palette: typeof import('./fr/palette.json');
  errors: typeof import('./fr/errors.json');
  groups: typeof import('./fr/groups.json');
  mentoring: typeof import('./fr/mentoring.json');
  problems: typeof import('./fr/problems.json');
  residents: typeof import('./fr/residents.json');
  rosters: typeof import('./fr/rosters.json');
  schedule: typeof import('./fr/schedule.json');
  scheduleSetup: typeof import('./fr/scheduleSetup.json');
  settings: typeof import('./fr/settings.json');
  staff: typeof import('./fr/staff.json');
  today: typeof import('./fr/today.json');
  validation: typeof import('./fr/validation.json');
}

/** Every dotted path to a message: 'residents.list.title' | ... */
type MessagePaths<T, Prefix extends string = ''> = T extends string
  ? Prefix
  : { [K in keyof T & string]: MessagePaths<T[K], Prefix extends '' ? K : `${Prefix}.${K}`> }[keyof T & string];

type None<T extends never> = T;

export type MissingInFrench = None<Exclude<MessagePaths<Catalog>, MessagePaths<FrenchCatalog>>>;
export type MissingInEnglish = None<Exclude<MessagePaths<FrenchCatalog>, MessagePaths<Catalog>>>;
