import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The table of a filtered list. While a new filter loads it is marked busy and its caption says
 * "Loading", so the previous filter's rows are never presented as the answer.
 */
export function QueryTable({ loading, caption, minWidth, children }: { loading: boolean; caption: string; minWidth: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover aria-busy={loading}>
        <Table.Caption>{loading ? t('common.loading') : caption}</Table.Caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
