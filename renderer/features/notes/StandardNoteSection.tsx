import { Card, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StandardNoteSection as StandardKey } from '../../../shared/contract/note-templates';
import { MOOD_MAX, MOOD_MIN, type GroupNote, type NoteContent, type RegisterName } from '../../../shared/contract/notes';
import { linesToShow, withLine } from './noteContent';
import { NoteSection } from './NoteSection';
import { ParticipantField } from './ParticipantField';

const MOODS = Array.from({ length: MOOD_MAX - MOOD_MIN + 1 }, (_, index) => String(MOOD_MIN + index));

const SECTION_IDS: Record<StandardKey, string> = { checkIn: 'note-check-in', topic: 'note-topic', discussion: 'note-discussion', sharing: 'note-sharing', closing: 'note-closing' };

export interface SectionProps {
  note: GroupNote;
  content: NoteContent;
  onChange: (content: NoteContent) => void;
  register: readonly RegisterName[];
}

/**
 * One of the five sections every peer meeting has, under the heading the group's template gives it
 * (else its usual one) and with the template's prompt under the heading. The closing round always
 * keeps each participant's goal for the coming week.
 */
export function StandardNoteSection({ kind, heading, prompt, note, content, onChange, register }: SectionProps & { kind: StandardKey; heading: string; prompt: string }) {
  const { t } = useTranslation();
  const nameOf = (residentId: string) => note.participants.find((p) => p.residentId === residentId)?.name ?? '';
  const lines = linesToShow(note, content);
  const line = (residentId: string, change: Parameters<typeof withLine>[2]) => onChange(withLine(content, residentId, change));
  const title = heading || t(`notes.sections.${kind}`);

  return (
    <NoteSection id={SECTION_IDS[kind]} title={title}>
      {prompt && (
        <Text size="sm" c="dimmed" mb="xs">
          {prompt}
        </Text>
      )}
      {kind === 'checkIn' && (
        <>
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
        </>
      )}
      {kind === 'topic' && <TextInput label={heading || t('notes.fields.topic')} placeholder={prompt || undefined} value={content.topic} onChange={(event) => onChange({ ...content, topic: event.currentTarget.value })} />}
      {kind === 'discussion' && (
        <Textarea label={heading || t('notes.fields.discussion')} placeholder={prompt || undefined} value={content.discussion} onChange={(event) => onChange({ ...content, discussion: event.currentTarget.value })} autosize minRows={4} />
      )}
      {kind === 'sharing' && (
        <Stack>
          {lines.map((entry) => {
            const name = nameOf(entry.residentId);
            return <ParticipantField key={entry.residentId} label={t('notes.fields.sharing', { name })} value={entry.sharing} onChange={(sharing) => line(entry.residentId, { sharing })} residentId={entry.residentId} ownerName={name} register={register} minRows={2} />;
          })}
        </Stack>
      )}
      {kind === 'closing' && (
        <Stack>
          <Textarea label={t('notes.fields.closing')} placeholder={prompt || undefined} value={content.closing} onChange={(event) => onChange({ ...content, closing: event.currentTarget.value })} autosize minRows={2} />
          {lines.map((entry) => {
            const name = nameOf(entry.residentId);
            return <ParticipantField key={entry.residentId} label={t('notes.fields.goal', { name })} value={entry.goal} onChange={(goal) => line(entry.residentId, { goal })} residentId={entry.residentId} ownerName={name} register={register} />;
          })}
        </Stack>
      )}
    </NoteSection>
  );
}
