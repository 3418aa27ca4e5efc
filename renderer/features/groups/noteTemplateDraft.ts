import { noteTemplate, type NoteTemplate, type NoteTemplateSection } from '../../../shared/contract/note-templates';

// The template editor's changes, as pure functions of the draft (tested in test/unit/renderer).

export function moveSection(template: NoteTemplate, key: string, by: -1 | 1): NoteTemplate {
  const from = template.sections.findIndex((section) => section.key === key);
  const to = from + by;
  if (from === -1 || to < 0 || to >= template.sections.length) return template;
  const sections = [...template.sections];
  [sections[from], sections[to]] = [sections[to], sections[from]];
  return { sections };
}

export function changeSection(template: NoteTemplate, key: string, change: Partial<Omit<NoteTemplateSection, 'key'>>): NoteTemplate {
  return { sections: template.sections.map((section) => (section.key === key ? { ...section, ...change } : section)) };
}

/** A new custom section goes at the end, in; its key is made once here and never reused. */
export function addCustomSection(template: NoteTemplate, key: string): NoteTemplate {
  return { sections: [...template.sections, { key, heading: '', prompt: '', included: true }] };
}

export function removeSection(template: NoteTemplate, key: string): NoteTemplate {
  return { sections: template.sections.filter((section) => section.key !== key) };
}

export const newCustomSectionKey = (): string => `custom-${crypto.randomUUID()}`;

export interface TemplateProblems {
  /** About the whole list (nothing left in, too many sections). */
  list: string[];
  /** Per section key, per field: the first message key. */
  fields: Record<string, Partial<Record<'heading' | 'prompt', string>>>;
}

/** The contract's own checks, as messages under the fields they are about. */
export function templateProblems(template: NoteTemplate): TemplateProblems {
  const problems: TemplateProblems = { list: [], fields: {} };
  const result = noteTemplate.safeParse(template);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const [, index, field] = issue.path;
    const section = typeof index === 'number' ? template.sections[index] : undefined;
    if (section && (field === 'heading' || field === 'prompt')) {
      problems.fields[section.key] = { [field]: issue.message, ...problems.fields[section.key] };
    } else if (!problems.list.includes(issue.message)) {
      problems.list.push(issue.message);
    }
  }
  return problems;
}

export const hasProblems = (problems: TemplateProblems): boolean => problems.list.length > 0 || Object.keys(problems.fields).length > 0;
