import { Group, NativeSelect, Stack, Tabs, Text } from '@mantine/core';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, listAuditInput } from '../../../shared/contract/audit';
import { RESIDENTS_PAGE_MAX } from '../../../shared/contract/residents';
import { isRealCalendarDate } from '../../../shared/dates';
import { ErrorAlert } from '../../app/errors';
import { fullName } from '../../app/format';
import { PageHeader } from '../../app/PageHeader';
import { useSession } from '../../app/session';
import { useHearthQuery } from '../../app/queries';
import { AUDIT_TABS, type AuditSearch } from '../../app/routeSearch';
import { AuditEventsTable } from './AuditEventsTable';
import { ExportAuditButton } from './ExportAuditButton';
import { actionKey } from './summarizeDetails';
import { VerifyAuditTrail } from './VerifyAuditTrail';
import { DateField } from '../../app/DateField';
import { translateMessageKey } from '../../i18n/messageKeys';

const route = getRouteApi('/audit');

type Filters = Omit<AuditSearch, 'tab' | 'offset'>;
/** One page of the trail: 50,000 rows stay responsive. */
const AUDIT_PAGE_SIZE = 200;
const isTab = (value: string | null): value is AuditSearch['tab'] => (AUDIT_TABS as readonly (string | null)[]).includes(value);

/** The audit trail: filter, verify the hash chain, and review break-glass openings. */
export function AuditPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  // The tab and the filters live in the address: reload, back and a pasted link restore them.
  const { tab, offset, ...filters } = route.useSearch();
  const setSearchParams = route.useNavigate();
  const change = (next: Partial<AuditSearch>, replace = false) => void setSearchParams({ search: (previous) => ({ ...previous, ...next }), replace });
  // A new filter starts again at the trail's first page.
  const refilter = (next: Partial<Filters>) => change({ ...next, offset: 0 });
  const staff = useHearthQuery('staff.list', { includeInactive: true }, { enabled: can('staff.read') });
  // The resident filter lists the register's first RESIDENTS_PAGE_MAX names (a searchable picker would lift the limit).
  const residents = useHearthQuery('residents.list', { limit: RESIDENTS_PAGE_MAX }, { enabled: can('residents.read') });
  const residentNames = useMemo(() => new Map((residents.data?.rows ?? []).map((r) => [r.id, fullName(r)])), [residents.data]);

  // A date being typed that is not one yet stays on this screen (the address keeps only real dates),
  // so the schema below shows its message under the field and nothing is asked of the core.
  const [typedDates, setTypedDates] = useState<Partial<Record<'from' | 'to', string>>>({});
  const dateOf = (key: 'from' | 'to') => typedDates[key] ?? filters[key];
  const changeDate = (key: 'from' | 'to') => (text: string) => {
    const isDate = text === '' || isRealCalendarDate(text);
    setTypedDates((current) => ({ ...current, [key]: isDate ? undefined : text }));
    if (isDate) refilter({ [key]: text });
  };

  const input = {
    actorStaffId: filters.actorStaffId || null,
    residentId: filters.residentId || null,
    action: filters.action || null,
    from: dateOf('from') || null,
    to: dateOf('to') || null,
  };
  // The same schema as the core: a bad range is shown under "To" and not sent.
  const parsed = listAuditInput.safeParse(input);
  const fieldError = (field: keyof Filters) => {
    const issue = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === field);
    return issue ? translateMessageKey(t, issue.message, issue.message) : undefined;
  };
  const events = useHearthQuery('audit.list', { ...input, limit: AUDIT_PAGE_SIZE, offset }, { enabled: parsed.success });
  // While the next page or filter loads, the last page stays on screen faded and inert (DataTable's busy state).
  const [lastPage, setLastPage] = useState(events.data);
  if (events.data && events.data !== lastPage) setLastPage(events.data);
  const page = events.error || !parsed.success ? undefined : (events.data ?? lastPage);
  const review = useHearthQuery('audit.breakGlassReview', {});
  const set = (key: keyof Filters) => (event: { currentTarget: { value: string } }) => refilter({ [key]: event.currentTarget.value });

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Tabs value={tab} onChange={(value) => isTab(value) && change({ tab: value })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="trail">{t('audit.tabs.trail')}</Tabs.Tab>
          <Tabs.Tab value="breakGlass">{t('audit.tabs.breakGlass')}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="trail">
          <Stack>
            <VerifyAuditTrail />
            <Group align="flex-start" role="search" aria-label={t('audit.filters')}>
              {can('staff.read') && (
                <NativeSelect
                  label={t('audit.columns.person')}
                  value={filters.actorStaffId}
                  onChange={set('actorStaffId')}
                  data={[{ value: '', label: t('common.all') }, ...(staff.data ?? []).map((m) => ({ value: m.id, label: fullName(m) }))]}
                />
              )}
              <NativeSelect
                label={t('audit.columns.action')}
                value={filters.action}
                onChange={set('action')}
                data={[{ value: '', label: t('common.all') }, ...AUDIT_ACTIONS.map((action) => ({ value: action, label: t(actionKey(action)) }))]}
              />
              {can('residents.read') && (
                <NativeSelect
                  label={t('audit.resident')}
                  value={filters.residentId}
                  onChange={set('residentId')}
                  data={[{ value: '', label: t('common.all') }, ...(residents.data?.rows ?? []).map((r) => ({ value: r.id, label: fullName(r) }))]}
                />
              )}
              <DateField label={t('audit.from')} value={dateOf('from')} onChange={changeDate('from')} error={fieldError('from')} />
              <DateField label={t('audit.to')} value={dateOf('to')} onChange={changeDate('to')} error={fieldError('to')} />
              <ExportAuditButton filters={input} disabled={!parsed.success} />
              {events.busy && <LoadingIndicator size="sm" mt={28} />}
            </Group>
            <ErrorAlert error={events.error} />
            {page && (
              <AuditEventsTable
                events={page.rows}
                residentNames={residentNames}
                caption={t('audit.caption', { n: page.total })}
                loading={events.busy}
                paging={{ offset, limit: AUDIT_PAGE_SIZE, total: page.total, onOffsetChange: (next, replace) => change({ offset: next }, replace) }}
              />
            )}
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="breakGlass">
          <Stack>
            <Text>{t('audit.breakGlassIntro')}</Text>
            <ErrorAlert error={review.error} />
            {review.data && review.data.length === 0 && <Text>{t('audit.breakGlassNone')}</Text>}
            {review.data && review.data.length > 0 && (
              <AuditEventsTable events={review.data} residentNames={residentNames} caption={t('audit.breakGlassCaption', { n: review.data.length })} />
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
