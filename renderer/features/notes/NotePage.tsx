import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupNote, NoteMeeting, NoteSubjectRef, RegisterName } from '../../../shared/contract/notes';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { notifySuccess } from '../../app/notify';
import { PageHeader } from '../../app/PageHeader';
import { useHearthMutation, useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { UnsavedChangesPrompt } from '../../app/UnsavedChangesPrompt';
import { useCentreTime } from '../../app/useCentreTime';
import { useOpeningId } from '../../app/useOpeningId';
import { ConflictView } from './ConflictView';
import { meetingLabel } from './meetingLabel';
import { startingContent } from './noteContent';
import { NoteEditor } from './NoteEditor';
import { PasswordConfirmModal } from './PasswordConfirmModal';
import { SignedNoteView } from './SignedNoteView';
import { useNoteAutosave, type AutosaveStatus } from './useNoteAutosave';

const NO_NAMES: RegisterName[] = [];

/** The note of one meeting: written and autosaved until signed, then read-only with its addenda. */
export function NotePage({ subject }: { subject: NoteSubjectRef }) {
  const { t } = useTranslation();
  // One opening of this meeting's note, audited once however often the note is read again.
  const note = useHearthQuery('notes.open', { ...subject, openingId: useOpeningId(subject.subjectId) });
  const register = useHearthQuery('notes.registerNames', {});
  if (note.error) return <ErrorAlert error={note.error} />;
  if (!note.data) return <LoadingIndicator />;
  const current = note.data;
  const nameOf = (residentId: string) => current.participants.find((p) => p.residentId === residentId)?.name ?? '';

  return (
    <Stack gap="lg">
      <PageHeader title={t('notes.page.title', { title: meetingLabel(t, current.meeting.subjectKind, current.meeting.title) })} />
      <MeetingLine meeting={current.meeting} />
      {current.signature && current.noteId ? (
        <SignedNoteView note={current} noteId={current.noteId} signature={current.signature} nameOf={nameOf} />
      ) : (
        <DraftNote note={current} register={register.data ?? NO_NAMES} nameOf={nameOf} />
      )}
    </Stack>
  );
}

/** When the meeting was and who led it: a group meeting's times, a mentoring meeting's date and length. */
function MeetingLine({ meeting }: { meeting: NoteMeeting }) {
  const { t } = useTranslation();
  const { formatDate, formatTimeRange } = useCentreTime();
  const facilitators = meeting.facilitators.map((f) => f.name).join(', ') || t('notes.page.noFacilitators');
  const when = meeting.startsAt && meeting.endsAt ? formatTimeRange(meeting.startsAt, meeting.endsAt) : t('notes.page.dateAndLength', { date: formatDate(meeting.localDate), minutes: meeting.durationMinutes ?? 0 });
  return <Text>{t('notes.page.meeting', { when, facilitators })}</Text>;
}

const STATUS_COLOURS: Record<AutosaveStatus, string> = { saved: 'green', unsaved: 'gray', saving: 'blue', retrying: 'orange', refused: 'red', conflict: 'red' };

/** The editor with its autosave, the conflict view when a save was refused, and signing. */
function DraftNote({ note, register, nameOf }: { note: GroupNote; register: readonly RegisterName[]; nameOf: (residentId: string) => string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [initial] = useState(() => ({ content: startingContent(note), revision: note.head }));
  const autosave = useNoteAutosave(note.meeting, initial);
  const sign = useHearthMutation('notes.sign');
  const [signing, setSigning] = useState(false);
  const saved = autosave.status === 'saved' && autosave.savedRevision;

  return (
    <Stack gap="lg">
      <UnsavedChangesPrompt when={autosave.status !== 'saved'} />
      <Group justify="space-between">
        <Badge color={STATUS_COLOURS[autosave.status]} variant="dot" size="lg" role="status" aria-live="polite">
          {autosave.status === 'conflict' ? t('notes.conflict.title') : t(`notes.status.${autosave.status}`)}
        </Badge>
        {can('notes.write') && (
          <Button onClick={() => setSigning(true)} disabled={!saved} title={saved ? undefined : t('notes.sign.waitForSave')}>
            {t('notes.sign.open')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={autosave.refusal} />
      {autosave.conflict ? (
        <ConflictView
          conflict={autosave.conflict}
          nameOf={nameOf}
          onKeepMine={() => autosave.conflict && autosave.continueFrom(autosave.conflict.yours, autosave.conflict.current, true)}
          onTakeTheirs={() => autosave.conflict && autosave.continueFrom(autosave.conflict.current.content, autosave.conflict.current, false)}
        />
      ) : (
        <NoteEditor note={note} content={autosave.content} onChange={autosave.setContent} register={register} />
      )}
      {autosave.savedRevision && (
        <PasswordConfirmModal
          opened={signing}
          onClose={() => setSigning(false)}
          title={t('notes.sign.title')}
          intro={t('notes.sign.intro')}
          confirmLabel={t('notes.sign.confirm')}
          submit={(password) => sign.run({ noteId: autosave.savedRevision!.noteId, revisionId: autosave.savedRevision!.id, password })}
          onDone={() => {
            setSigning(false);
            notifySuccess(t('notes.sign.done'));
          }}
        />
      )}
    </Stack>
  );
}
