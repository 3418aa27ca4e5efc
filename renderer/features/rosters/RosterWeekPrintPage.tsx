import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RosterWeek, RosterWeekInput } from '../../../shared/contract/rosters';
import { dateLanguageOf, formatDayWithWeekday, type DateLanguage } from '../../../shared/dates';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useHearthQuery } from '../../app/queries';
import type { RosterWeekSearch } from '../../app/routeSearch';
import { useCentreTime } from '../../app/useCentreTime';
import { PrintStyles } from './PrintStyles';
import { PrintToolbar } from './PrintToolbar';
import { GROUP_MEETING_COLUMNS, GroupSection } from './GroupSection';
import { EntriesTable, RosterSheet, type EntryColumns } from './RosterSheet';

/** Which columns each weekly print shows: a resident's timetable does not list the other residents. */
const COLUMNS: Record<RosterWeek['kind'], EntryColumns> = {
  activity: { day: true, activity: false, facilitators: true, residents: 'names' },
  group: GROUP_MEETING_COLUMNS,
  resident: { day: true, activity: true, facilitators: true, residents: 'none' },
  facilitator: { day: true, activity: true, facilitators: false, residents: 'names' },
  centreWeek: { day: false, activity: true, facilitators: true, residents: 'count' },
};

function inputOf(search: RosterWeekSearch, today: string): RosterWeekInput {
  const weekShape = { weekOf: search.week || today, day: search.day || null };
  const subject = search.subject || null;
  switch (search.kind) {
    case 'activity':
      return { kind: 'activity', ...weekShape, activityTypeId: subject };
    case 'group':
      return { kind: 'group', ...weekShape, groupId: subject };
    case 'resident':
      return { kind: 'resident', ...weekShape, residentId: subject };
    case 'facilitator':
      return { kind: 'facilitator', ...weekShape, staffId: subject };
    case 'centreWeek':
      return { kind: 'centreWeek', ...weekShape };
  }
}

/** A weekly print as it will come out of the printer: one sheet per series, resident or facilitator. */
export function RosterWeekPrintPage({ search }: { search: RosterWeekSearch }) {
  const { i18n } = useTranslation();
  const { today } = useCentreTime();
  const input = inputOf(search, today());
  const week = useHearthQuery('rosters.week', input);
  const fixedT = (language: DateLanguage) => i18n.getFixedT(language);
  const interfaceLanguage = dateLanguageOf(i18n.language);

  if (!week.data) return week.error ? <ErrorAlert error={week.error} /> : <LoadingIndicator />;
  const data = week.data;
  return (
    <>
      <PrintStyles base={data} fixedT={fixedT} lastLanguage={data.sections.at(-1)?.language ?? interfaceLanguage} />
      <PrintToolbar
        record={{ kind: data.kind, weekOf: data.weekStart, day: data.day, subjectId: search.subject || null }}
        sheetsInCss={Math.max(1, data.sections.length)}
        fileName={`hearth-${data.kind}-${data.weekStart}`}
      />
      {/* A week with nothing of this kind still prints one sheet that says so, under its header. */}
      {data.sections.length === 0 && (
        <RosterSheet t={fixedT(interfaceLanguage)} language={interfaceLanguage} header={{ centreName: data.centreName, kind: data.kind, subject: null, weekStart: data.weekStart, weekEnd: data.weekEnd, day: data.day }}>
          <p>{fixedT(interfaceLanguage)('rosters.nothingThisWeek')}</p>
        </RosterSheet>
      )}
      {data.sections.map((section) => {
        const language = section.language ?? interfaceLanguage;
        const t: TFunction = fixedT(language);
        return (
          <RosterSheet key={section.subject.id} t={t} language={language} header={{ centreName: data.centreName, kind: data.kind, subject: section.subject.type === 'centre' ? null : section.subject.name, weekStart: data.weekStart, weekEnd: data.weekEnd, day: data.day }}>
            {data.kind === 'centreWeek' && <DayByDay t={t} language={language} entries={section.entries} />}
            {data.kind === 'group' && <GroupSection t={t} language={language} section={section} />}
            {data.kind !== 'centreWeek' && data.kind !== 'group' && <EntriesTable t={t} language={language} entries={section.entries} columns={COLUMNS[data.kind]} />}
          </RosterSheet>
        );
      })}
    </>
  );
}

/** The centre's week: a heading and a table per day. */
function DayByDay({ t, language, entries }: { t: TFunction; language: DateLanguage; entries: RosterWeek['sections'][number]['entries'] }) {
  const days = [...new Set(entries.map((entry) => entry.date))];
  if (days.length === 0) return <EntriesTable t={t} language={language} entries={[]} columns={COLUMNS.centreWeek} />;
  return days.map((day) => (
    <div key={day}>
      <h2>{formatDayWithWeekday(day, language)}</h2>
      <EntriesTable t={t} language={language} entries={entries.filter((entry) => entry.date === day)} columns={COLUMNS.centreWeek} />
    </div>
  ));
}
