import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AttendanceRate } from '../../../shared/contract/attendance';

/** "67 % (2 of 3)"; "—" when nothing counts (no marks, or only excused ones). */
export function RateText({ rate }: { rate: AttendanceRate }) {
  const { t } = useTranslation();
  if (rate.rate === null) return <>{t('attendance.rate.none')}</>;
  return <>{t('attendance.rate.detail', { percent: Math.round(rate.rate * 100), attended: rate.attended, counted: rate.attended + rate.absent })}</>;
}

/** A bare rate as a whole percentage, for report tables. */
export function percentText(t: TFunction, rate: number | null): string {
  return rate === null ? t('attendance.rate.none') : t('attendance.rate.value', { percent: Math.round(rate * 100) });
}
