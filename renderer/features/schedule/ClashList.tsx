import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChangePreview } from '../../../shared/contract/schedule';
import { useCentreTime } from '../../app/useCentreTime';
import { clashSentence } from './clashSentence';

/** How many clashing occurrences are listed before "and N more" (a long series can clash every week). */
const LISTED = 50;

/**
 * The one conflict check's answer, as people read it before saving a change: a summary ("52
 * occurrences: 49 fine, 3 clash") and each clashing occurrence with the sentences naming what it
 * clashes with. Blocking clashes and capacity warnings are told apart by word and colour.
 */
export function ClashList({ preview }: { preview: ChangePreview }) {
  const { t } = useTranslation();
  const { formatTimeRange } = useCentreTime();
  const clashing = preview.occurrences.filter((occurrence) => occurrence.clashes.length > 0);
  return (
    <Stack gap="xs">
      <Text fw={500} role="status">
        {t('schedule.clashes.summary', { count: preview.total, fine: preview.fine, blocked: preview.blocked, warned: preview.warned })}
      </Text>
      {clashing.length > 0 && (
        <List spacing="xs" aria-label={t('schedule.clashes.listLabel')}>
          {clashing.slice(0, LISTED).map((occurrence) => (
            <List.Item key={`${occurrence.occurrenceId ?? 'new'}-${occurrence.startsAt}`}>
              <Text size="sm" fw={500}>
                {occurrence.title} · {formatTimeRange(occurrence.startsAt, occurrence.endsAt)}
              </Text>
              <List withPadding size="sm">
                {occurrence.clashes.map((clash, index) => (
                  <List.Item key={index}>
                    <Group gap={6} wrap="nowrap" align="baseline">
                      {/* Filled, with the text colour Mantine picks for contrast: an outline badge's dark red fails on the dark theme. */}
                      <Badge size="xs" variant="filled" autoContrast color={clash.severity === 'block' ? 'red.9' : 'orange.9'}>
                        {t(clash.severity === 'block' ? 'schedule.clashes.blocks' : 'schedule.clashes.warns')}
                      </Badge>
                      <span>{clashSentence(t, clash, formatTimeRange)}</span>
                    </Group>
                  </List.Item>
                ))}
              </List>
            </List.Item>
          ))}
        </List>
      )}
      {clashing.length > LISTED && <Text size="sm">{t('schedule.clashes.more', { count: clashing.length - LISTED })}</Text>}
    </Stack>
  );
}
