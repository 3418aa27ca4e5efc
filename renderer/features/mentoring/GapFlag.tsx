import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A pair past the centre's mentoring gap: in words, not only in colour. */
export function GapFlag({ days }: { days: number }) {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="filled" title={t('mentoring.flag', { days })}>
      {t('mentoring.flag', { days })}
    </Badge>
  );
}
