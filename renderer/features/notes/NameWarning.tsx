import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegisterName } from '../../../shared/contract/notes';
import { otherResidentsNamed } from '../../../shared/notes/name-warning';

/**
 * Said under a participant's own line, never blocking, when it names another resident of the
 * register (the rule: shared/notes/name-warning.ts). `id` is what the field's aria-describedby names.
 */
export function NameWarning({ id, text, residentId, ownerName, register }: { id: string; text: string; residentId: string; ownerName: string; register: readonly RegisterName[] }) {
  const { t } = useTranslation();
  const named = otherResidentsNamed(text, residentId, register);
  if (named.length === 0) return null;
  return (
    // Ordinary text colour (readable in light and dark), marked by an orange rule beside it.
    <Text id={id} size="sm" fw={600} role="status" pl="xs" style={{ borderLeft: '4px solid var(--mantine-color-orange-filled)' }}>
      {t('notes.nameWarning', { names: named.map((warning) => warning.name).join(', '), owner: ownerName })}
    </Text>
  );
}

/** The warning's element id for a field, when the field's text names someone else (else undefined: nothing to describe). */
export function nameWarningId(fieldId: string, text: string, residentId: string, register: readonly RegisterName[]): string | undefined {
  return otherResidentsNamed(text, residentId, register).length > 0 ? `${fieldId}-name-warning` : undefined;
}
