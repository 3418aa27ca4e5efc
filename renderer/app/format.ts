// Dates and times are formatted by shared/dates.ts (dayjs, the interface language, the centre's
// zone); screens reach it through useCentreTime(). Names and sizes are formatted here.

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
