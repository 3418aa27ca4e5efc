import { DEFAULT_NOTE_TEMPLATE, isStandardSection } from '../../../shared/contract/note-templates';
import { CustomNoteSection } from './CustomNoteSection';
import { standardSectionHasText, withSectionText } from './noteContent';
import { StandardNoteSection, type SectionProps } from './StandardNoteSection';

/**
 * The note's sections in the order of its group's template, under its headings and prompts. A
 * section left out still shows when something was already written in it, and so does a custom
 * section the template no longer has: nothing the note says is ever hidden from its writer.
 * A custom section keeps the heading it was written under.
 */
export function TemplatedNoteSections(props: SectionProps) {
  const { note, content, onChange } = props;
  const template = note.template ?? DEFAULT_NOTE_TEMPLATE;
  const written = new Map(content.sections.map((section) => [section.key, section]));
  const inTemplate = new Set(template.sections.map((section) => section.key));
  const writeCustom = (key: string, heading: string) => (text: string) => onChange(withSectionText(content, template, { key, heading, text }));

  return (
    <>
      {template.sections.map((section) => {
        if (isStandardSection(section.key)) {
          if (!section.included && !standardSectionHasText(content, section.key)) return null;
          return <StandardNoteSection key={section.key} kind={section.key} heading={section.heading} prompt={section.prompt} {...props} />;
        }
        const entry = written.get(section.key);
        if (!section.included && !entry?.text.trim()) return null;
        const heading = entry?.heading ?? section.heading;
        return <CustomNoteSection key={section.key} sectionKey={section.key} heading={heading} prompt={section.prompt} text={entry?.text ?? ''} onChange={writeCustom(section.key, heading)} />;
      })}
      {content.sections
        .filter((entry) => !inTemplate.has(entry.key))
        .map((entry) => (
          <CustomNoteSection key={entry.key} sectionKey={entry.key} heading={entry.heading} prompt="" text={entry.text} onChange={writeCustom(entry.key, entry.heading)} />
        ))}
    </>
  );
}
