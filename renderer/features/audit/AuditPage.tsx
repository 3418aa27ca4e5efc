import { Group, NativeSelect, Stack, Tabs, Text } from '@mantine/core';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, listAuditInput, type AuditAction } from '../../../shared/contract/audit';
import { ErrorAlert } from '../../app/errors';
import { fullName } from '../../app/format';
import { PageHeader } from '../../app/PageHeader';
import { useSession } from '../../app/session';
import { useOperation } from '../../app/useOperation';
import { AuditEventsTable } from './AuditEventsTable';
import { ExportAuditButton } from './ExportAuditButton';
import { actionKey } from './summarizeDetails';
import { VerifyAuditTrail } from './VerifyAuditTrail';
import { DateField } from '../../app/DateField';

interface Filters {
  actorStaffId: string;
  residentId: string;
  action: AuditAction | '';
  from: string;
  to: string;
}

/** The audit trail: filter, verify the hash chain, and review break-glass openings. */
export function AuditPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [filters, setFilters] = useState<Filters>({ actorStaffId: '', residentId: '', action: '', from: '', to: '' });
  const staff = useOperation('staff.list', { includeInactive: true }, can('staff.read'));
  const residents = useOperation('residents.list', {}, can('residents.read'));
  const residentNames = useMemo(() => new Map((residents.value ?? []).map((r) => [r.id, fullName(r)])), [residents.value]);

  const input = {
    actorStaffId: filters.actorStaffId || null,
    residentId: filters.residentId || null,
    action: filters.action || null,
    from: filters.from || null,
    to: filters.to || null,
  };
  // The same schema as the core: a bad range is shown under "To" and not sent.
  const parsed = listAuditInput.safeParse(input);
  const fieldError = (field: keyof Filters) => {
    const issue = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === field);
    return issue ? t(issue.message, { defaultValue: issue.message }) : undefined;
  };
  const events = useOperation('audit.list', input, parsed.success);
  const review = useOperation('audit.breakGlassReview', {});
  const set = (key: keyof Filters) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value; // read now: React clears currentTarget after the handler
    setFilters((current) => ({ ...current, [key]: value }));
  };

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Tabs defaultValue="trail" keepMounted={false}>
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
                  data={[{ value: '', label: t('common.all') }, ...(staff.value ?? []).map((m) => ({ value: m.id, label: fullName(m) }))]}
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
                  data={[{ value: '', label: t('common.all') }, ...(residents.value ?? []).map((r) => ({ value: r.id, label: fullName(r) }))]}
                />
              )}
              <DateField label={t('audit.from')} value={filters.from} onChange={(from) => setFilters((current) => ({ ...current, from }))} error={fieldError('from')} />
              <DateField label={t('audit.to')} value={filters.to} onChange={(to) => setFilters((current) => ({ ...current, to }))} error={fieldError('to')} />
              <ExportAuditButton filters={input} disabled={!parsed.success} onExported={events.reload} />
              {events.loading && <LoadingIndicator size="sm" mt={28} />}
            </Group>
            <ErrorAlert error={events.error} />
            {parsed.success && events.value && (
              <AuditEventsTable events={events.value} residentNames={residentNames} caption={t('audit.caption', { n: events.value.length })} />
            )}
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="breakGlass">
          <Stack>
            <Text>{t('audit.breakGlassIntro')}</Text>
            <ErrorAlert error={review.error} />
            {review.value && review.value.length === 0 && <Text>{t('audit.breakGlassNone')}</Text>}
            {review.value && review.value.length > 0 && (
              <AuditEventsTable events={review.value} residentNames={residentNames} caption={t('audit.breakGlassCaption', { n: review.value.length })} />
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
