import { useTranslation } from 'react-i18next';
import { isStandardSection, type NoteTemplate, type NoteTemplateSection } from '../../../shared/contract/note-templates';

/**
 * A section's stable name for the labels of its fields: a standard section's usual name, or "Own
 * section 2" for the second custom one (not its heading, which changes as it is typed).
 */
export function useSectionLabel() {
  const { t } = useTranslation();
  return (section: NoteTemplateSection, template: NoteTemplate): string => {
    if (isStandardSection(section.key)) return t(`groups.noteTemplate.standard.${section.key}`);
    const customs = template.sections.filter((s) => !isStandardSection(s.key));
    return t('groups.noteTemplate.customName', { n: customs.findIndex((s) => s.key === section.key) + 1 });
  };
}

/** How a section is called in the note: its heading when it has one, else its label. */
export function useSectionName() {
  const label = useSectionLabel();
  return (section: NoteTemplateSection, template: NoteTemplate): string => section.heading.trim() || label(section, template);
}
