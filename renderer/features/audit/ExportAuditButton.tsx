import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportAuditInput } from '../../../shared/contract/audit';
import { useHearthMutation } from '../../app/queries';
import { downloadTextFile } from '../../app/download';
import { notifyError, notifySuccess } from '../../app/notify';

/** Exports the trail under the current filters as CSV; the core records the export in the trail. */
/** The export is itself recorded in the trail: the mutation refreshes the audit list behind it. */
export function ExportAuditButton({ filters, disabled }: { filters: ExportAuditInput; disabled: boolean }) {
  const { t } = useTranslation();
  const exportTrail = useHearthMutation('audit.export');

  async function exportCsv() {
    const result = await exportTrail.run(filters);
    if (!result.ok) {
      notifyError(t, result.error);
      return;
    }
    downloadTextFile(result.value.fileName, result.value.csv, 'text/csv');
    notifySuccess(t(result.value.truncated ? 'audit.export.doneTruncated' : 'audit.export.done', { n: result.value.rows, fileName: result.value.fileName }));
  }

  return (
    <Button variant="default" mt={25} onClick={() => void exportCsv()} loading={exportTrail.pending} disabled={disabled}>
      {t('audit.export.button')}
    </Button>
  );
}
