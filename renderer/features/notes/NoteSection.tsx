import { Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a note: its heading names the region for screen readers. */
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
