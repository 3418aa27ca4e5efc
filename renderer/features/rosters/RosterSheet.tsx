import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { RosterEntry, RosterKind, RosterPerson } from '../../../shared/contract/rosters';
import { formatCalendarDate, formatDayWithWeekday, formatWallClock, type DateLanguage } from '../../../shared/dates';

// One sheet of a print (it may run over several pages): the header, then its table. Everything is
// written with `t` fixed to the sheet's language, so a French resident's timetable is in French
// whatever the interface language.

export interface SheetHeader {
  centreName: string;
  kind: RosterKind;
  /** The sheet's subject ("Marc Roy", "Yoga"), or null for the centre's week. */
  subject: string | null;
  weekStart: string;
  weekEnd: string;
  day: string | null;
}

export const personName = (person: RosterPerson) => `${person.firstName} ${person.lastName}`.trim();
const names = (people: RosterPerson[]) => people.map(personName).join(', ');

export function RosterSheet({ t, language, header, children }: { t: TFunction; language: DateLanguage; header: SheetHeader; children: ReactNode }) {
  const title = t(`rosters.printTitles.${header.kind}`);
  const week = t('rosters.week', { start: formatCalendarDate(header.weekStart, language), end: formatCalendarDate(header.weekEnd, language) });
  return (
    <section className="roster-sheet" lang={language} style={{ page: `roster-${language}` }}>
      <h1>{header.subject ? `${title}: ${header.subject}` : title}</h1>
      <p className="roster-meta">
        {header.centreName} · {week}
        {header.day ? ` · ${t('rosters.dayOnly', { day: formatDayWithWeekday(header.day, language) })}` : ''}
      </p>
      {children}
    </section>
  );
}

export interface EntryColumns {
  day: boolean;
  activity: boolean;
  facilitators: boolean;
  residents: 'names' | 'count' | 'none';
}

/** What paper says beside an occurrence: cancelled (with reason), moved from, the horses and equipment booked. */
function notesOf(t: TFunction, entry: RosterEntry, language: DateLanguage): string[] {
  const notes: string[] = [];
  if (entry.status === 'cancelled') notes.push(t('rosters.cancelled', { reason: entry.cancelReason ?? '' }));
  if (entry.movedFrom) notes.push(t('rosters.movedFrom', { day: formatDayWithWeekday(entry.movedFrom.date, language), time: formatWallClock(entry.movedFrom.startTime, language) }));
  for (const resource of entry.resources) notes.push(resource.outOfService ? t('rosters.outOfService', { name: resource.name, reason: resource.outOfService }) : t('rosters.resource', { name: resource.name }));
  return notes;
}

export function EntriesTable({ t, language, entries, columns }: { t: TFunction; language: DateLanguage; entries: RosterEntry[]; columns: EntryColumns }) {
  if (entries.length === 0) return <p>{t('rosters.nothing')}</p>;
  return (
    <table>
      <thead>
        <tr>
          {columns.day && <th scope="col">{t('rosters.columns.day')}</th>}
          <th scope="col">{t('rosters.columns.time')}</th>
          {columns.activity && <th scope="col">{t('rosters.columns.activity')}</th>}
          <th scope="col">{t('rosters.columns.location')}</th>
          {columns.facilitators && <th scope="col">{t('rosters.columns.facilitators')}</th>}
          {columns.residents !== 'none' && <th scope="col">{t('rosters.columns.residents')}</th>}
          <th scope="col">{t('rosters.columns.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.occurrenceId} className={entry.status === 'cancelled' ? 'roster-cancelled' : undefined}>
            {columns.day && <td>{formatDayWithWeekday(entry.date, language)}</td>}
            <td>
              {formatWallClock(entry.startTime, language)} – {formatWallClock(entry.endTime, language)}
            </td>
            {columns.activity && <td>{entry.title}</td>}
            <td>{entry.location}</td>
            {columns.facilitators && <td>{names(entry.facilitators)}</td>}
            {columns.residents === 'names' && <td>{names(entry.residents)}</td>}
            {columns.residents === 'count' && <td>{t('rosters.enrolled', { count: entry.residents.length })}</td>}
            <td className="roster-notes">{notesOf(t, entry, language).join(' · ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
