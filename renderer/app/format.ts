import { todayIn, wallTimeIn } from '../../shared/time';

// Calendar dates are stored as 'YYYY-MM-DD' and shown as such (unambiguous in English and French).
// Instants (recorded at, sign-ins) are UTC in the data and shown in the centre's time zone, which
// the session carries: a laptop set to another zone still shows the centre's wall time.

export function formatDate(value: string | null | undefined): string {
  return value ?? '—';
}

/** 'YYYY-MM-DD HH:mm' in `timeZone`. */
export function formatInstant(value: string | null | undefined, timeZone: string): string {
  return value ? wallTimeIn(value, timeZone) : '—';
}

/** Today in the centre, as 'YYYY-MM-DD', to prefill date fields. */
export function todayAtCentre(timeZone: string): string {
  return todayIn(timeZone);
}

/** "First Last (Preferred)": one format everywhere, so a name in a list matches the page it opens. */
export function fullName(person: { firstName: string; lastName: string; preferredName?: string | null }): string {
  const preferred = person.preferredName ? ` (${person.preferredName})` : '';
  return `${person.firstName} ${person.lastName}${preferred}`;
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in the person's language: "1.2 MB", "1,2 Mo" (decimal units, as their symbols say). */
export function formatFileSize(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: SIZE_UNITS[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}
