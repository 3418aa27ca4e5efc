import { Button, Group, List, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors';
import { useHearthQuery } from '../../app/queries';
import { useCentreTime } from '../../app/useCentreTime';
import { NoteTemplateEditor } from './NoteTemplateEditor';
import { useSectionName } from './useSectionName';

/** The group's template of note sections: what its meeting notes ask for, and, for those who may, its editor in place. */
export function NoteTemplateSection({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const current = useHearthQuery('groups.noteTemplate', { groupId });
  const [editing, setEditing] = useState(false);
  const nameOf = useSectionName();

  return (
    <section aria-labelledby="group-note-template-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="group-note-template-heading">
          {t('groups.noteTemplate.title')}
        </Title>
        {current.data?.mayEdit && !editing && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('groups.noteTemplate.edit')}
          </Button>
        )}
      </Group>
      {current.error && <ErrorAlert error={current.error} />}
      {current.data && editing && <NoteTemplateEditor current={current.data} onDone={() => setEditing(false)} />}
      {current.data && !editing && (
        <>
          <Text size="sm" mb="xs">
            {current.data.version === 0 || !current.data.updatedAt
              ? t('groups.noteTemplate.usesDefault')
              : t('groups.noteTemplate.changedBy', { name: current.data.updatedByName ?? '—', when: centre.formatInstant(current.data.updatedAt) })}
          </Text>
          <List type="ordered" aria-label={t('groups.noteTemplate.sectionsCaption')}>
            {current.data.template.sections.map((section) => (
              <List.Item key={section.key}>
                {section.included ? nameOf(section, current.data!.template) : t('groups.noteTemplate.leftOut', { name: nameOf(section, current.data!.template) })}
                {section.prompt && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    — {section.prompt}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </section>
  );
}
