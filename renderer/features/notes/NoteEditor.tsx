import { Group, NativeSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupNote, NoteContent, RegisterName } from '../../../shared/contract/notes';
import { NoteAttendanceList } from './NoteAttendanceList';
import { NoteSection } from './NoteSection';
import { TemplatedNoteSections } from './TemplatedNoteSections';

/**
 * Who led the meeting, its attendance, then the note's sections in the order of its group's
 * template, every field a plain form control in tab order: a facilitator writes the whole note
 * with the keyboard alone.
 */
export function NoteEditor({ note, content, onChange, register }: { note: GroupNote; content: NoteContent; onChange: (content: NoteContent) => void; register: readonly RegisterName[] }) {
  const { t } = useTranslation();
  const staffOptions = [{ value: '', label: t('notes.fields.none') }, ...note.meeting.facilitators.map((f) => ({ value: f.id, label: f.name }))];

  return (
    <Stack gap="xl">
      <NoteSection id="note-people" title={t('notes.sections.people')}>
        <Group grow align="flex-start">
          <NativeSelect label={t('notes.fields.facilitator')} data={staffOptions} value={content.facilitatorId ?? ''} onChange={(event) => onChange({ ...content, facilitatorId: event.currentTarget.value || null })} />
          <NativeSelect label={t('notes.fields.coFacilitator')} data={staffOptions} value={content.coFacilitatorId ?? ''} onChange={(event) => onChange({ ...content, coFacilitatorId: event.currentTarget.value || null })} />
        </Group>
      </NoteSection>

      {/* A mentoring meeting takes no attendance: its one participant is the mentee. */}
      {note.meeting.subjectKind === 'occurrence' && (
        <NoteSection id="note-attendance" title={t('notes.attendance.title')}>
          <NoteAttendanceList note={note} />
        </NoteSection>
      )}

      <TemplatedNoteSections note={note} content={content} onChange={onChange} register={register} />
    </Stack>
  );
}
