import { Alert, Button, Card, Code, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupNote, NoteSignature } from '../../../shared/contract/notes';
import { notifySuccess } from '../../app/notify';
import { useHearthMutation } from '../../app/queries';
import { useSession } from '../../app/session';
import { useCentreTime } from '../../app/useCentreTime';
import { AddendumForm } from './AddendumForm';
import { NoteContentView } from './NoteContentView';
import { NoteSection } from './NoteSection';
import { PasswordConfirmModal } from './PasswordConfirmModal';

/** A signed note: read-only, with its signatures and content fingerprint, its addenda, and the form for another. */
export function SignedNoteView({ note, noteId, signature, nameOf }: { note: GroupNote; noteId: string; signature: NonNullable<GroupNote['signature']>; nameOf: (residentId: string) => string }) {
  const { t } = useTranslation();
  const { can, session } = useSession();
  const { formatInstant } = useCentreTime();
  const coSign = useHearthMutation('notes.coSign');
  const [coSigning, setCoSigning] = useState(false);
  const signed = (key: 'notes.sign.signedBy' | 'notes.sign.coSignedBy', by: NoteSignature) => t(key, { name: by.name, when: formatInstant(by.at) });
  const mayCoSign = can('notes.supervise') && !note.coSignature && signature.staffId !== session.staffId;

  return (
    <Stack gap="xl">
      <Alert color="blue" variant="outline" title={t('notes.status.signed')}>
        <Stack gap={4}>
          <Text>{t('notes.readOnly')}</Text>
          <Text>{signed('notes.sign.signedBy', signature)}</Text>
          {note.coSignature && <Text>{signed('notes.sign.coSignedBy', note.coSignature)}</Text>}
          <Text size="sm">
            {t('notes.sign.hash', { hash: '' })}
            <Code>{signature.hash}</Code>
          </Text>
        </Stack>
      </Alert>
      {mayCoSign && (
        <Button variant="default" onClick={() => setCoSigning(true)} style={{ alignSelf: 'flex-start' }}>
          {t('notes.sign.coSign')}
        </Button>
      )}
      {note.head && <NoteContentView content={note.head.content} nameOf={nameOf} headingOrder={3} />}
      <NoteSection id="note-addenda" title={t('notes.addenda.title')}>
        <Stack>
          {note.addenda.length === 0 && <Text c="dimmed">{t('notes.addenda.none')}</Text>}
          {note.addenda.map((addendum) => (
            <Card key={addendum.id} withBorder padding="sm">
              <Text size="sm" fw={600}>
                {t('notes.addenda.by', { name: addendum.authorName, when: formatInstant(addendum.at) })}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{addendum.text}</Text>
            </Card>
          ))}
          {can('notes.write') && <AddendumForm noteId={noteId} />}
        </Stack>
      </NoteSection>
      <PasswordConfirmModal
        opened={coSigning}
        onClose={() => setCoSigning(false)}
        title={t('notes.sign.coSignTitle')}
        intro={t('notes.sign.coSignIntro')}
        confirmLabel={t('notes.sign.coSign')}
        submit={(password) => coSign.run({ noteId, password })}
        onDone={() => {
          setCoSigning(false);
          notifySuccess(t('notes.sign.coSignDone'));
        }}
      />
    </Stack>
  );
}
