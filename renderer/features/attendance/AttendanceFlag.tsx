import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FlaggedResident } from '../../../shared/contract/attendance';

/** A resident's attendance flag beside their name: in words, with the series in its title, not only in colour. */
export function AttendanceFlag({ flagged }: { flagged: FlaggedResident | undefined }) {
  const { t } = useTranslation();
  if (!flagged) return null;
  const series = flagged.series.map((s) => s.title).join(', ');
  return (
    <Badge color="red" variant="filled" ml="xs" title={t('attendance.resident.flag', { series })}>
      {t('attendance.flagShort')}
    </Badge>
  );
}
