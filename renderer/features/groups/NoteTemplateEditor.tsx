import { ActionIcon, Alert, Button, Checkbox, Fieldset, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { isStandardSection, MAX_CUSTOM_NOTE_SECTIONS, type GroupNoteTemplate, type NoteTemplate } from '../../../shared/contract/note-templates';
import type { AppError } from '../../../shared/errors';
import { ErrorAlert } from '../../app/errors';
import { notifySuccess } from '../../app/notify';
import { useHearthMutation } from '../../app/queries';
import { UnsavedChangesPrompt } from '../../app/UnsavedChangesPrompt';
import { translateMessageKey } from '../../i18n/messageKeys';
import { addCustomSection, changeSection, hasProblems, moveSection, newCustomSectionKey, removeSection, templateProblems } from './noteTemplateDraft';
import { useSectionLabel } from './useSectionName';

const fieldId = (key: string, part: string) => `note-template-${key}-${part}`;
/** Moving or removing re-renders the list: the keyboard stays on the button it used, or the next sensible one. */
const focusField = (id: string) => document.getElementById(id)?.focus();

/**
 * The group's template, edited in place from the keyboard: each section a fieldset with its
 * heading, prompt, "include" box and up/down buttons; custom sections can be added and removed.
 * The contract's own checks show under the fields once a save was tried, and leaving with unsaved
 * changes asks first.
 */
export function NoteTemplateEditor({ current, onDone }: { current: GroupNoteTemplate; onDone: () => void }) {
  const { t } = useTranslation();
  const labelOf = useSectionLabel();
  const save = useHearthMutation('groups.setNoteTemplate');
  const [draft, setDraft] = useState<NoteTemplate>(current.template);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(current.template);
  const problems = templateProblems(draft);
  const shown = tried ? problems : { list: [], fields: {} };
  const message = (key: string | undefined) => (key ? translateMessageKey(t, key, key) : undefined);
  const customCount = draft.sections.filter((section) => !isStandardSection(section.key)).length;

  function move(key: string, by: -1 | 1) {
    const next = moveSection(draft, key, by);
    flushSync(() => setDraft(next));
    const index = next.sections.findIndex((section) => section.key === key);
    const atEdge = by === -1 ? index === 0 : index === next.sections.length - 1;
    focusField(fieldId(key, atEdge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'));
  }
  function add() {
    const key = newCustomSectionKey();
    flushSync(() => setDraft(addCustomSection(draft, key)));
    focusField(fieldId(key, 'heading'));
  }
  function remove(key: string) {
    const index = draft.sections.findIndex((section) => section.key === key);
    const next = removeSection(draft, key);
    flushSync(() => setDraft(next));
    const neighbour = next.sections[Math.min(index, next.sections.length - 1)];
    if (neighbour) focusField(fieldId(neighbour.key, 'heading'));
  }
  async function submit() {
    setTried(true);
    setError(null);
    if (hasProblems(problems)) return;
    const result = await save.run({ groupId: current.groupId, expectedVersion: current.version, template: draft });
    if (!result.ok) return setError(result.error);
    notifySuccess(t('groups.noteTemplate.saved'));
    onDone();
  }

  return (
    <form
      noValidate
      aria-label={t('groups.noteTemplate.editorLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <UnsavedChangesPrompt when={dirty} />
      <Stack>
        <Text size="sm">{t('groups.noteTemplate.intro')}</Text>
        {shown.list.length > 0 && (
          <Alert color="red" title={t('groups.noteTemplate.problems')}>
            <List size="sm">
              {shown.list.map((key) => (
                <List.Item key={key}>{message(key)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {draft.sections.map((section, index) => {
          const label = labelOf(section, draft);
          const standard = isStandardSection(section.key);
          const fields = shown.fields[section.key] ?? {};
          return (
            <Fieldset key={section.key} legend={t('groups.noteTemplate.position', { n: index + 1, name: label })}>
              <Stack gap="xs">
                <Group align="flex-start" grow preventGrowOverflow={false}>
                  <TextInput
                    id={fieldId(section.key, 'heading')}
                    label={t('groups.noteTemplate.heading', { name: label })}
                    description={standard ? t('groups.noteTemplate.headingHint') : undefined}
                    required={!standard}
                    value={section.heading}
                    error={message(fields.heading)}
                    onChange={(event) => setDraft(changeSection(draft, section.key, { heading: event.currentTarget.value }))}
                  />
                  <TextInput
                    label={t('groups.noteTemplate.prompt', { name: label })}
                    description={t('groups.noteTemplate.promptHint')}
                    value={section.prompt}
                    error={message(fields.prompt)}
                    onChange={(event) => setDraft(changeSection(draft, section.key, { prompt: event.currentTarget.value }))}
                  />
                </Group>
                {section.key === 'closing' && <Text size="sm">{t('groups.noteTemplate.closingKeepsGoals')}</Text>}
                <Group justify="space-between">
                  <Checkbox label={t('groups.noteTemplate.include', { name: label })} checked={section.included} onChange={(event) => setDraft(changeSection(draft, section.key, { included: event.currentTarget.checked }))} />
                  <Group gap="xs">
                    <ActionIcon id={fieldId(section.key, 'up')} variant="default" size="lg" aria-label={t('groups.noteTemplate.moveUp', { name: label })} disabled={index === 0} onClick={() => move(section.key, -1)}>
                      ↑
                    </ActionIcon>
                    <ActionIcon id={fieldId(section.key, 'down')} variant="default" size="lg" aria-label={t('groups.noteTemplate.moveDown', { name: label })} disabled={index === draft.sections.length - 1} onClick={() => move(section.key, 1)}>
                      ↓
                    </ActionIcon>
                    {!standard && (
                      <Button variant="default" color="red" size="xs" onClick={() => remove(section.key)} aria-label={t('groups.noteTemplate.remove', { name: label })}>
                        {t('groups.noteTemplate.removeShort')}
                      </Button>
                    )}
                  </Group>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        <Group>
          <Button variant="default" onClick={add} disabled={customCount >= MAX_CUSTOM_NOTE_SECTIONS}>
            {t('groups.noteTemplate.add')}
          </Button>
          {customCount >= MAX_CUSTOM_NOTE_SECTIONS && <Text size="sm">{t('groups.noteTemplate.addLimit', { max: MAX_CUSTOM_NOTE_SECTIONS })}</Text>}
        </Group>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.pending}>
            {t('groups.noteTemplate.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
