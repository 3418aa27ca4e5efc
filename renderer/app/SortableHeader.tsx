import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A column header that sorts: a real button (keyboard) inside a <th> carrying aria-sort, so screen
 * readers announce the order. The arrow is decoration; the button's name stays the column name.
 */
export function SortableHeader({ label, active, direction, onSort }: { label: ReactNode; active: boolean; direction: 'asc' | 'desc'; onSort: () => void }) {
  const arrow = !active ? '↕' : direction === 'asc' ? '▲' : '▼';
  return (
    <Table.Th aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={onSort} fw={700} fz="sm">
        {label}
        <span aria-hidden="true" style={{ marginInlineStart: 6 }}>
          {arrow}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
