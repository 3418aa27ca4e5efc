import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors';
import { AppLink } from '../../app/links';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { PageHeader } from '../../app/PageHeader';
import { useHearthQuery } from '../../app/queries';
import { useCentreTime } from '../../app/useCentreTime';
import { meetingLabel } from './meetingLabel';

/** Notes left unsigned too long: one's own, or every one for a manager. */
export function UnsignedNotesPage() {
  const { t } = useTranslation();
  const { formatDate, formatInstant } = useCentreTime();
  const notes = useHearthQuery('notes.unsignedOverdue', {});
  const settings = useHearthQuery('settings.get', {});
  return (
    <Stack gap="lg">
      <PageHeader title={t('notes.unsigned.title')} />
      {settings.data && <Text>{t('notes.unsigned.intro', { days: settings.data.unsignedNoteOverdueDays })}</Text>}
      <ErrorAlert error={notes.error} />
      {!notes.data && !notes.error && <LoadingIndicator />}
      {notes.data?.length === 0 && <Text>{t('notes.unsigned.none')}</Text>}
      {notes.data && notes.data.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('notes.unsigned.meeting')}</Table.Th>
              <Table.Th>{t('notes.unsigned.date')}</Table.Th>
              <Table.Th>{t('notes.unsigned.startedBy')}</Table.Th>
              <Table.Th>{t('notes.unsigned.lastSaved')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {notes.data.map((note) => (
              <Table.Tr key={note.noteId}>
                <Table.Td>
                  <AppLink to="/notes/$subjectKind/$subjectId" params={{ subjectKind: note.subjectKind, subjectId: note.subjectId }} aria-label={t('notes.unsigned.open', { title: meetingLabel(t, note.subjectKind, note.meetingTitle) })}>
                    {meetingLabel(t, note.subjectKind, note.meetingTitle)}
                  </AppLink>
                </Table.Td>
                <Table.Td>{formatDate(note.localDate)}</Table.Td>
                <Table.Td>{note.startedByName}</Table.Td>
                <Table.Td>{formatInstant(note.lastSavedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
