import type { TFunction } from 'i18next';
import type { RosterMember, RosterSection } from '../../../shared/contract/rosters';
import { formatCalendarDate, type DateLanguage } from '../../../shared/dates';
import { EntriesTable, type EntryColumns } from './RosterSheet';

// A peer group's sheet of the per-group print: the group's meetings of the week, then its members
// at some time in the week, each with when their membership began or ended, so a resident who
// joined on Wednesday is not expected on Monday.

/** A group's members are listed once under its meetings: each meeting says how many are booked. */
export const GROUP_MEETING_COLUMNS: EntryColumns = { day: true, activity: true, facilitators: true, residents: 'count' };

export function GroupSection({ t, language, section }: { t: TFunction; language: DateLanguage; section: RosterSection }) {
  const members = section.members ?? [];
  return (
    <>
      <h2>{t('rosters.group.meetings')}</h2>
      <EntriesTable t={t} language={language} entries={section.entries} columns={GROUP_MEETING_COLUMNS} />
      <h2>{t('rosters.group.members')}</h2>
      {members.length === 0 ? (
        <p>{t('rosters.group.noMembers')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('rosters.sheet.number')}</th>
              <th scope="col">{t('rosters.sheet.name')}</th>
              <th scope="col">{t('rosters.group.membership')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member, index) => (
              <tr key={`${member.id}-${member.joinedOn}`}>
                <td>{index + 1}</td>
                <td>
                  {member.lastName}, {member.firstName}
                </td>
                <td>{membershipText(t, member, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function membershipText(t: TFunction, member: RosterMember, language: DateLanguage): string {
  const since = t('rosters.group.since', { date: formatCalendarDate(member.joinedOn, language) });
  return member.leftOn ? `${since} · ${t('rosters.group.until', { date: formatCalendarDate(member.leftOn, language) })}` : since;
}
