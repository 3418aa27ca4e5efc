import { Button, Group, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type SortDirection = 'asc' | 'desc';
export interface TableSort<Key extends string> {
  key: Key;
  direction: SortDirection;
}

export interface DataTableColumn<Row, SortKey extends string = string> {
  /** Unique among the columns. */
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The column sorts by this key when given (the header becomes a button and carries aria-sort). */
  sortKey?: SortKey;
  cellStyle?: CSSProperties;
}

/** Server-side pages: rows `offset + 1` to `offset + rows.length` of `total`. */
export interface DataTablePaging {
  offset: number;
  limit: number;
  total: number;
  /** `replace`: the address is corrected in place (no new history entry), e.g. an offset past the end. */
  onOffsetChange: (offset: number, replace?: boolean) => void;
}

export interface DataTableProps<Row, SortKey extends string> {
  /** The table's caption and accessible name, e.g. "12 residents". Replaced by "Loading" while `loading`. */
  label: string;
  columns: DataTableColumn<Row, SortKey>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  loading?: boolean;
  /** Shown instead of the table body when there are no rows (and nothing is loading). */
  emptyText: string;
  minWidth?: number;
  /** Controlled sort: clicking a sortable header asks for that key (ascending), or the other direction of the current key. */
  sort?: { value: TableSort<SortKey>; onChange: (next: TableSort<SortKey>) => void };
  /**
   * Makes rows keyboard-navigable: Arrow Up/Down, Home/End move between rows (one tab stop for the
   * whole body), Enter or Space activates the row. Without it rows are plain table rows.
   */
  onRowActivate?: (row: Row) => void;
  paging?: DataTablePaging;
}

/**
 * Every list of Hearth. On Mantine's own Table rather than mantine-datatable 9.4, which has no
 * caption, no aria-sort or aria-busy, and makes sortable headers `<th role="button">` (a header
 * that is no longer a header). While `loading`, the table is aria-busy, its caption says
 * "Loading" and the previous rows are faded and `inert` (out of reach of the keyboard and of
 * screen readers): they are never presented as the answer to the new filter.
 */
export function DataTable<Row, SortKey extends string = string>(props: DataTableProps<Row, SortKey>) {
  const { t } = useTranslation();
  const { label, columns, rows, rowKey, loading = false, emptyText, minWidth = 600, sort, onRowActivate, paging } = props;
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const navigable = onRowActivate !== undefined;
  // The row that takes the body's one tab stop: the last one focused, else the first.
  const tabStop = rows.some((row) => rowKey(row) === activeKey) ? activeKey : rows.length > 0 ? rowKey(rows[0]) : null;

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number) {
    if (event.target !== event.currentTarget) return; // a link or button inside the row handles its own keys
    const moveTo = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 }[event.key];
    if (moveTo !== undefined) {
      event.preventDefault();
      const target = Math.max(0, Math.min(rows.length - 1, moveTo));
      body.current?.querySelectorAll<HTMLTableRowElement>(':scope > tr')[target]?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onRowActivate?.(rows[index]);
    }
  }

  const header = (column: DataTableColumn<Row, SortKey>) => {
    const key = column.sortKey;
    if (!sort || key === undefined) return <Table.Th key={column.id}>{column.header}</Table.Th>;
    const active = sort.value.key === key;
    const direction = sort.value.direction;
    const next: TableSort<SortKey> = { key, direction: active && direction === 'asc' ? 'desc' : 'asc' };
    return (
      <Table.Th key={column.id} aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <Button variant="subtle" size="compact-sm" px={4} onClick={() => sort.onChange(next)} rightSection={<span aria-hidden="true">{!active ? '↕' : direction === 'asc' ? '▲' : '▼'}</span>}>
          {column.header}
        </Button>
      </Table.Th>
    );
  };

  const empty = !loading && rows.length === 0;
  return (
    <div>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped highlightOnHover={navigable} withTableBorder aria-busy={loading}>
          <Table.Caption>{loading ? t('common.loading') : label}</Table.Caption>
          <Table.Thead>
            <Table.Tr>{columns.map(header)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody ref={body} inert={loading} style={loading ? { opacity: 0.4 } : undefined}>
            {empty && (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Text c="dimmed">{emptyText}</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map((row, index) => {
              const key = rowKey(row);
              return (
                <Table.Tr
                  key={key}
                  tabIndex={navigable ? (key === tabStop ? 0 : -1) : undefined}
                  onKeyDown={navigable ? (event) => onRowKeyDown(event, index) : undefined}
                  onFocus={navigable ? () => setActiveKey(key) : undefined}
                  style={navigable ? { cursor: 'pointer' } : undefined}
                  onClick={navigable ? (event) => (event.target as HTMLElement).closest('a, button') === null && onRowActivate(row) : undefined}
                >
                  {columns.map((column) => (
                    <Table.Td key={column.id} style={column.cellStyle}>
                      {column.cell(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {paging && <PageControls paging={paging} shown={rows.length} loading={loading} />}
    </div>
  );
}

function PageControls({ paging, shown, loading }: { paging: DataTablePaging; shown: number; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const { offset, limit, total, onOffsetChange } = paging;
  const number = (n: number) => n.toLocaleString(i18n.language);
  // Clicks while a page loads are ignored rather than the buttons disabled: disabling would drop the keyboard focus.
  const go = (next: number) => !loading && onOffsetChange(next);
  const lastOffset = Math.max(0, Math.floor((total - 1) / limit) * limit);
  // An address kept from a longer list (a bookmark, Back after rows were removed) can point past the
  // end: the last page is shown instead of an empty one that reads "101–100 of 100".
  const pastEnd = !loading && total > 0 && offset >= total;
  useEffect(() => {
    if (pastEnd) onOffsetChange(lastOffset, true);
  }, [pastEnd, lastOffset, onOffsetChange]);
  // While the next answer loads, the range of the previous one is not presented as current.
  const range = loading ? t('common.loading') : total === 0 ? t('common.table.noRows') : t('common.table.range', { from: number(offset + 1), to: number(offset + shown), total: number(total) });
  return (
    <Group component="nav" aria-label={t('common.table.pages')} justify="space-between" mt="sm">
      <Text size="sm" aria-live="polite">
        {range}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="compact-sm" disabled={offset === 0} onClick={() => go(0)}>
          {t('common.table.firstPage')}
        </Button>
        <Button variant="default" size="compact-sm" disabled={offset === 0} onClick={() => go(Math.max(0, offset - limit))}>
          {t('common.table.previousPage')}
        </Button>
        <Button variant="default" size="compact-sm" disabled={offset + limit >= total} onClick={() => go(offset + limit)}>
          {t('common.table.nextPage')}
        </Button>
        <Button variant="default" size="compact-sm" disabled={offset + limit >= total} onClick={() => go(lastOffset)}>
          {t('common.table.lastPage')}
        </Button>
      </Group>
    </Group>
  );
}
