import { Stack, Textarea } from '@mantine/core';
import { useId } from 'react';
import type { RegisterName } from '../../../shared/contract/notes';
import { NameWarning, nameWarningId } from './NameWarning';

/** One participant's own line (check-in, sharing or goal), with the name warning under it. */
export function ParticipantField(props: { label: string; value: string; onChange: (value: string) => void; residentId: string; ownerName: string; register: readonly RegisterName[]; minRows?: number }) {
  const id = useId();
  const warningId = nameWarningId(id, props.value, props.residentId, props.register);
  return (
    <Stack gap={4}>
      <Textarea id={id} label={props.label} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)} autosize minRows={props.minRows ?? 1} aria-describedby={warningId} />
      <NameWarning id={`${id}-name-warning`} text={props.value} residentId={props.residentId} ownerName={props.ownerName} register={props.register} />
    </Stack>
  );
}
