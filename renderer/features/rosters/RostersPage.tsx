import { Button, Select, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROSTER_KINDS, ROSTER_WEEK_STARTS_ON, type RosterKind } from '../../../shared/contract/rosters';
import { addDays, dateLanguageOf, formatDayWithWeekday, formatWallClock, instantToWallTime, isRealCalendarDate, weekStartOf } from '../../../shared/dates';
import { DateField } from '../../app/DateField';
import { PageHeader } from '../../app/PageHeader';
import { useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { useCentreTime } from '../../app/useCentreTime';
import { SheetEntered } from './SheetEntered';

/** The choice of subject for each print ('' = all): residents, facilitators, activity types, or one occurrence. */
function useSubjects(kind: RosterKind, weekStart: string) {
  const { session, can } = useSession();
  const { i18n } = useTranslation();
  const language = dateLanguageOf(i18n.language);
  const residents = useHearthQuery('residents.list', { status: 'admitted', limit: 500 }, { enabled: kind === 'resident' });
  const staff = useHearthQuery('staff.list', {}, { enabled: kind === 'facilitator' });
  const types = useHearthQuery('activityTypes.list', {}, { enabled: kind === 'activity' });
  const groups = useHearthQuery('groups.list', { includeInactive: false }, { enabled: kind === 'group' });
  // A facilitator without the weekly prints chooses among the sessions they lead.
  const occurrences = useHearthQuery('schedule.range', { from: weekStart, to: addDays(weekStart, 6), facilitatorId: can('rosters.print') ? null : session.staffId }, { enabled: kind === 'signInSheet' });
  switch (kind) {
    case 'resident':
      return residents.data?.rows.map((r) => ({ value: r.id, label: `${r.lastName}, ${r.firstName}` })) ?? [];
    case 'facilitator':
      return staff.data?.map((s) => ({ value: s.id, label: `${s.lastName}, ${s.firstName}` })) ?? [];
    case 'activity':
      return types.data?.map((type) => ({ value: type.id, label: type.name })) ?? [];
    case 'group':
      return groups.data?.map((group) => ({ value: group.id, label: group.name })) ?? [];
    case 'signInSheet':
      return (
        occurrences.data?.occurrences.map((o) => {
          const start = instantToWallTime(o.startsAt, occurrences.data?.timeZone ?? session.timeZone);
          return { value: o.id, label: `${formatDayWithWeekday(o.localDate, language)} ${formatWallClock(start.slice(11), language)} · ${o.title} · ${o.location.name}` };
        }) ?? []
      );
    case 'centreWeek':
      return [];
  }
}

/** "Print rosters": what to print, which week (and day or session), then the print view. */
export function RostersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { today } = useCentreTime();
  const navigate = useNavigate();
  const kinds: RosterKind[] = can('rosters.print') ? [...ROSTER_KINDS] : ['signInSheet'];
  const [kind, setKind] = useState<RosterKind>(kinds[0]);
  const [week, setWeek] = useState(today());
  const [day, setDay] = useState('');
  const [subject, setSubject] = useState<string | null>(null);
  const weekStart = weekStartOf(isRealCalendarDate(week) ? week : today(), ROSTER_WEEK_STARTS_ON);
  const subjects = useSubjects(kind, weekStart);
  const allLabel = { activity: t('rosters.chooser.allActivities'), group: t('rosters.chooser.allGroups'), resident: t('rosters.chooser.allResidents'), facilitator: t('rosters.chooser.allFacilitators') };
  const subjectLabel = { activity: t('rosters.chooser.activity'), group: t('rosters.chooser.group'), resident: t('rosters.chooser.resident'), facilitator: t('rosters.chooser.facilitator'), signInSheet: t('rosters.chooser.occurrence') };

  function open() {
    if (kind === 'signInSheet') {
      if (subject) void navigate({ to: '/rosters/sheet/$occurrenceId', params: { occurrenceId: subject } });
      return;
    }
    void navigate({ to: '/rosters/week', search: { kind, week: weekStart, day: isRealCalendarDate(day) ? day : '', subject: subject ?? '' } });
  }

  return (
    <>
      <PageHeader title={t('rosters.title')} />
      <Stack maw={520}>
        <Text>{t('rosters.intro')}</Text>
        <Select
          label={t('rosters.chooser.kind')}
          allowDeselect={false}
          data={kinds.map((value) => ({ value, label: t(`rosters.kinds.${value}`) }))}
          value={kind}
          onChange={(value) => {
            setKind(value ?? kinds[0]);
            setSubject(null);
          }}
        />
        <DateField label={t('rosters.chooser.week')} description={t('rosters.chooser.weekHint')} value={week} onChange={setWeek} />
        {kind !== 'signInSheet' && kind !== 'centreWeek' && (
          <Select label={subjectLabel[kind]} placeholder={allLabel[kind]} searchable clearable data={subjects} value={subject} onChange={setSubject} />
        )}
        {kind === 'signInSheet' && (
          <Select label={subjectLabel.signInSheet} searchable data={subjects} value={subject} onChange={setSubject} nothingFoundMessage={t('rosters.chooser.noOccurrences')} />
        )}
        {kind === 'signInSheet' && subject && <SheetEntered occurrenceId={subject} />}
        {kind !== 'signInSheet' && <DateField label={t('rosters.chooser.day')} description={t('rosters.chooser.dayHint')} value={day} onChange={setDay} />}
        <div>
          <Button onClick={open} disabled={kind === 'signInSheet' && !subject}>
            {t('rosters.chooser.open')}
          </Button>
        </div>
      </Stack>
    </>
  );
}
