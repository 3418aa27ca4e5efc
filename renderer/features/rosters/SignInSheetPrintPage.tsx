import { useTranslation } from 'react-i18next';
import { dateLanguageOf, formatDayWithWeekday, formatWallClock, type DateLanguage } from '../../../shared/dates';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { AppLink } from '../../app/links';
import { useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { PrintStyles } from './PrintStyles';
import { PrintToolbar } from './PrintToolbar';
import { EnteredLine } from './SheetEntered';
import { EntriesTable, RosterSheet } from './RosterSheet';

/**
 * One occurrence's sign-in sheet: the roster by last name with columns for the arrival time and a
 * signature, then numbered blank rows for walk-ins. "Enter a sign-in sheet" shows the same rows in
 * the same order, so the sheet can be typed back row by row.
 */
export function SignInSheetPrintPage({ occurrenceId }: { occurrenceId: string }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const sheet = useHearthQuery('rosters.signInSheet', { occurrenceId });
  const language = dateLanguageOf(i18n.language);
  const fixedT = (lang: DateLanguage) => i18n.getFixedT(lang);

  if (!sheet.data) return sheet.error ? <ErrorAlert error={sheet.error} /> : <LoadingIndicator />;
  const { entry, roster, blankRows } = sheet.data;
  const subject = `${entry.title}, ${formatDayWithWeekday(entry.date, language)} ${formatWallClock(entry.startTime, language)} – ${formatWallClock(entry.endTime, language)}`;
  return (
    <>
      <PrintStyles base={sheet.data} fixedT={fixedT} lastLanguage={language} />
      <PrintToolbar record={{ kind: 'signInSheet', weekOf: null, day: entry.date, subjectId: entry.occurrenceId }} sheetsInCss={1} fileName={`hearth-sign-in-${entry.date}-${entry.startTime.replace(':', '')}`} />
      {can('attendance.take') && (
        <div data-print-hidden>
          <EnteredLine entered={sheet.data.entered} />
          <p>
            <AppLink to="/rosters/sheet/$occurrenceId/enter" params={{ occurrenceId: entry.occurrenceId }}>
              {t('rosters.enter.open')}
            </AppLink>
          </p>
        </div>
      )}
      <RosterSheet t={t} language={language} header={{ centreName: sheet.data.centreName, kind: 'signInSheet', subject, weekStart: entry.date, weekEnd: entry.date, day: null }}>
        <EntriesTable t={t} language={language} entries={[entry]} columns={{ day: false, activity: false, facilitators: true, residents: 'count' }} />
        <h2>{t('rosters.columns.residents')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('rosters.sheet.number')}</th>
              <th scope="col">{t('rosters.sheet.name')}</th>
              <th scope="col">{t('rosters.sheet.arrival')}</th>
              <th scope="col">{t('rosters.sheet.signature')}</th>
            </tr>
          </thead>
          <tbody>
            {roster.map((person, index) => (
              <tr key={person.id} className="roster-sign-row">
                <td>{index + 1}</td>
                <td>
                  {person.lastName}, {person.firstName}
                </td>
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{t('rosters.sheet.walkIns')}</h2>
        <table>
          <tbody>
            {Array.from({ length: blankRows }, (_, index) => (
              <tr key={index} className="roster-sign-row">
                <td style={{ width: '8%' }}>{roster.length + index + 1}</td>
                <td style={{ width: '40%' }} />
                <td style={{ width: '20%' }} />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </RosterSheet>
    </>
  );
}
