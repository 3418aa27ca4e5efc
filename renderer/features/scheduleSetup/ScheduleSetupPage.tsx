import { Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { SCHEDULE_SETUP_TABS, type ScheduleSetupTab } from '../../app/routeSearch';
import { ActivityTypesTab } from './ActivityTypesTab';
import { LocationsTab } from './LocationsTab';
import { ResourcesTab } from './ResourcesTab';
import { StaffAbsencesTab } from './StaffAbsencesTab';

const route = getRouteApi('/schedule-setup');

const isTab = (value: string | null): value is ScheduleSetupTab => SCHEDULE_SETUP_TABS.includes(value as ScheduleSetupTab);

const PANELS: Record<ScheduleSetupTab, () => React.JSX.Element> = {
  activityTypes: ActivityTypesTab,
  locations: LocationsTab,
  resources: ResourcesTab,
  absences: StaffAbsencesTab,
};

/**
 * What the schedule books, one tab each: activity types, locations, horses and equipment, staff
 * absences. The open tab is in the address (a link or a reload comes back to it); arrow keys move
 * between tabs.
 */
export function ScheduleSetupPage() {
  const { t } = useTranslation();
  const { tab } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <>
      <PageHeader title={t('scheduleSetup.title')} />
      <Tabs value={tab} onChange={(value) => isTab(value) && void navigate({ search: (previous) => ({ ...previous, tab: value }) })} keepMounted={false}>
        <Tabs.List aria-label={t('scheduleSetup.tabsLabel')} mb="md">
          {SCHEDULE_SETUP_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`scheduleSetup.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {SCHEDULE_SETUP_TABS.map((value) => {
          const Panel = PANELS[value];
          return (
            <Tabs.Panel key={value} value={value}>
              <Panel />
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </>
  );
}
