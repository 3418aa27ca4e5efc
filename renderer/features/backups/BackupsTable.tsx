import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/contract/backups';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { formatFileSize } from '../../app/format';
import { useCentreTime } from '../../app/useCentreTime';

/** The copies in the backup folder, newest first as the core returns them. */
export function BackupsTable({ backups, loading }: { backups: BackupInfo[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const centre = useCentreTime();
  const columns: DataTableColumn<BackupInfo>[] = [
    { id: 'when', header: t('backups.columns.when'), cell: (backup) => centre.formatInstant(backup.createdAt), cellStyle: { whiteSpace: 'nowrap' } },
    { id: 'kind', header: t('backups.columns.kind'), cell: (backup) => t(`backups.kinds.${backup.kind}`) },
    { id: 'file', header: t('backups.columns.file'), cell: (backup) => backup.fileName, cellStyle: { wordBreak: 'break-all' } },
    { id: 'size', header: t('backups.columns.size'), cell: (backup) => formatFileSize(backup.sizeBytes, i18n.language), cellStyle: { whiteSpace: 'nowrap' } },
  ];
  return (
    <DataTable
      label={t('backups.caption', { n: backups.length })}
      columns={columns}
      rows={backups}
      rowKey={(backup) => backup.fileName}
      loading={loading}
      emptyText={t('backups.none')}
      minWidth={700}
    />
  );
}
