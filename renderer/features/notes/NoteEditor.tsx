import { Card, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MOOD_MAX, MOOD_MIN, type GroupNote, type NoteContent, type RegisterName } from '../../../shared/contract/notes';
import { NoteAttendanceList } from './NoteAttendanceList';
import { linesToShow, withLine } from './noteContent';
import { ParticipantField } from './ParticipantField';

const MOODS = Array.from({ length: MOOD_MAX - MOOD_MIN + 1 }, (_, index) => String(MOOD_MIN + index));

export function NoteSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </section>
  );
}

/**
 * The note's sections in the order a peer meeting runs, every field a plain form control in tab
 * order: a facilitator writes the whole note with the keyboard alone.
 */
export function NoteEditor({ note, content, onChange, register }: { note: GroupNote; content: NoteContent; onChange: (content: NoteContent) => void; register: readonly RegisterName[] }) {
  const { t } = useTranslation();
  const nameOf = (residentId: string) => note.participants.find((p) => p.residentId === residentId)?.name ?? '';
  const staffOptions = [{ value: '', label: t('notes.fields.none') }, ...note.meeting.facilitators.map((f) => ({ value: f.id, label: f.name }))];
  const lines = linesToShow(note, content);
  const line = (residentId: string, change: Parameters<typeof withLine>[2]) => onChange(withLine(content, residentId, change));

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

      <NoteSection id="note-check-in" title={t('notes.sections.checkIn')}>
        {lines.length === 0 && <Text c="dimmed">{t('notes.noParticipants')}</Text>}
        <Stack>
          {lines.map((entry) => {
            const name = nameOf(entry.residentId);
            const goals = note.participants.find((p) => p.residentId === entry.residentId)?.openGoals ?? [];
            return (
              <Card key={entry.residentId} withBorder padding="sm">
                <Stack gap="xs">
                  {goals.length > 0 && <Text size="sm">{t('notes.previousGoals', { name, goals: goals.map((goal) => goal.text).join('; ') })}</Text>}
                  <Group align="flex-start" grow preventGrowOverflow={false}>
                    <ParticipantField label={t('notes.fields.checkIn', { name })} value={entry.checkIn} onChange={(checkIn) => line(entry.residentId, { checkIn })} residentId={entry.residentId} ownerName={name} register={register} />
                    <NativeSelect
                      maw={160}
                      label={t('notes.fields.mood', { name })}
                      data={[{ value: '', label: t('notes.fields.moodNone') }, ...MOODS]}
                      value={entry.mood === null ? '' : String(entry.mood)}
                      onChange={(event) => line(entry.residentId, { mood: event.currentTarget.value ? Number(event.currentTarget.value) : null })}
                    />
                  </Group>
                </Stack>
              </Card>
            );
          })}
        </Stack>
      </NoteSection>

      <NoteSection id="note-topic" title={t('notes.sections.topic')}>
        <TextInput label={t('notes.fields.topic')} value={content.topic} onChange={(event) => onChange({ ...content, topic: event.currentTarget.value })} />
      </NoteSection>

      <NoteSection id="note-discussion" title={t('notes.sections.discussion')}>
        <Textarea label={t('notes.fields.discussion')} value={content.discussion} onChange={(event) => onChange({ ...content, discussion: event.currentTarget.value })} autosize minRows={4} />
      </NoteSection>

      <NoteSection id="note-sharing" title={t('notes.sections.sharing')}>
        <Stack>
          {lines.map((entry) => {
            const name = nameOf(entry.residentId);
            return <ParticipantField key={entry.residentId} label={t('notes.fields.sharing', { name })} value={entry.sharing} onChange={(sharing) => line(entry.residentId, { sharing })} residentId={entry.residentId} ownerName={name} register={register} minRows={2} />;
          })}
        </Stack>
      </NoteSection>

      <NoteSection id="note-closing" title={t('notes.sections.closing')}>
        <Stack>
          <Textarea label={t('notes.fields.closing')} value={content.closing} onChange={(event) => onChange({ ...content, closing: event.currentTarget.value })} autosize minRows={2} />
          {lines.map((entry) => {
            const name = nameOf(entry.residentId);
            return <ParticipantField key={entry.residentId} label={t('notes.fields.goal', { name })} value={entry.goal} onChange={(goal) => line(entry.residentId, { goal })} residentId={entry.residentId} ownerName={name} register={register} />;
          })}
        </Stack>
      </NoteSection>
    </Stack>
  );
}
