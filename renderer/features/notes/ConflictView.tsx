import { Alert, Button, Card, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NoteConflict } from '../../../shared/contract/notes';
import { useCentreTime } from '../../app/useCentreTime';
import { NoteContentView } from './NoteContentView';

/**
 * A refused save: the person's version and the one saved elsewhere, side by side, nothing merged.
 * The texts can be copied from either side; the person chooses which one the note continues from.
 */
export function ConflictView({ conflict, nameOf, onKeepMine, onTakeTheirs }: { conflict: NoteConflict; nameOf: (residentId: string) => string; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const { t } = useTranslation();
  const { formatInstant } = useCentreTime();
  return (
    <Stack>
      <Alert color="orange" variant="outline" title={t('notes.conflict.title')} role="alert">
        {t('notes.conflict.intro')}
      </Alert>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder component="section" aria-labelledby="conflict-yours">
          <Stack>
            <Title order={2} size="h4" id="conflict-yours">
              {t('notes.conflict.yours')}
            </Title>
            <NoteContentView content={conflict.yours} nameOf={nameOf} />
            <Button onClick={onKeepMine}>{t('notes.conflict.keepMine')}</Button>
          </Stack>
        </Card>
        <Card withBorder component="section" aria-labelledby="conflict-theirs">
          <Stack>
            <Title order={2} size="h4" id="conflict-theirs">
              {t('notes.conflict.theirs', { name: conflict.current.authorName, when: formatInstant(conflict.current.savedAt) })}
            </Title>
            <NoteContentView content={conflict.current.content} nameOf={nameOf} />
            <Button variant="default" onClick={onTakeTheirs}>
              {t('notes.conflict.takeTheirs')}
            </Button>
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
