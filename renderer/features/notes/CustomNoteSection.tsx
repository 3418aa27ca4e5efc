import { Textarea } from '@mantine/core';
import { NoteSection } from './NoteSection';

/** A free-text section of the group's own ("Safety check"): its heading is the field's label too, its prompt the field's description. */
export function CustomNoteSection({ sectionKey, heading, prompt, text, onChange }: { sectionKey: string; heading: string; prompt: string; text: string; onChange: (text: string) => void }) {
  return (
    <NoteSection id={`note-${sectionKey}`} title={heading}>
      <Textarea label={heading} description={prompt || undefined} value={text} onChange={(event) => onChange(event.currentTarget.value)} autosize minRows={3} />
    </NoteSection>
  );
}
