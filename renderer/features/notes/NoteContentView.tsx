import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NoteContent } from '../../../shared/contract/notes';

/** A note's content as read, section by section (a signed note; each side of a conflict). */
export function NoteContentView({ content, nameOf, headingOrder = 3 }: { content: NoteContent; nameOf: (residentId: string) => string; headingOrder?: 3 | 4 }) {
  const { t } = useTranslation();
  const empty = t('notes.conflict.empty');
  const shown = (value: string) => (value.trim() === '' ? empty : value);
  const block = (title: string, body: string) => (
    <div>
      <Title order={headingOrder} size="h5">
        {title}
      </Title>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{shown(body)}</Text>
    </div>
  );
  return (
    <Stack gap="sm">
      {content.participants.map((line) => block(t('notes.fields.checkIn', { name: nameOf(line.residentId) }), `${line.checkIn}${line.mood === null ? '' : ` (${line.mood}/5)`}`))}
      {block(t('notes.fields.topic'), content.topic)}
      {block(t('notes.fields.discussion'), content.discussion)}
      {content.participants.map((line) => block(t('notes.fields.sharing', { name: nameOf(line.residentId) }), line.sharing))}
      {block(t('notes.fields.closing'), content.closing)}
      {content.participants.map((line) => block(t('notes.fields.goal', { name: nameOf(line.residentId) }), line.goal))}
      {/* The group's own sections, under the headings they were written with. */}
      {content.sections.map((section) => block(section.heading, section.text))}
    </Stack>
  );
}
