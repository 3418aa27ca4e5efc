import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/contract/backups';
import { formatFileSize } from '../../app/format';
import { QueryTable } from '../../app/QueryTable';
import { useCentreTime } from '../../app/useCentreTime';

/** The copies in the backup folder, newest first as the core returns them. */
export function BackupsTable({ backups, loading }: { backups: BackupInfo[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const centre = useCentreTime();
  return (
    <div>
      <QueryTable loading={loading} caption={t('backups.caption', { n: backups.length })} minWidth={700}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backups.columns.when')}</Table.Th>
            <Table.Th>{t('backups.columns.kind')}</Table.Th>
            <Table.Th>{t('backups.columns.file')}</Table.Th>
            <Table.Th>{t('backups.columns.size')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => (
            <Table.Tr key={backup.fileName}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{centre.formatInstant(backup.createdAt)}</Table.Td>
              <Table.Td>{t(`backups.kinds.${backup.kind}`)}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{backup.fileName}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatFileSize(backup.sizeBytes, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </QueryTable>
      {!loading && backups.length === 0 && <Text mt="md">{t('backups.none')}</Text>}
    </div>
  );
}
