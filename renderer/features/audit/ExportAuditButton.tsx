import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportAuditInput } from '../../../shared/contract/audit';
import { call } from '../../app/backend';
import { downloadTextFile } from '../../app/download';
import { notifyError, notifySuccess } from '../../app/notify';

/** Exports the trail under the current filters as CSV; the core records the export in the trail. */
export function ExportAuditButton({ filters, disabled, onExported }: { filters: ExportAuditInput; disabled: boolean; onExported: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  async function exportCsv() {
    setBusy(true);
    const result = await call('audit.export', filters);
    setBusy(false);
    if (!result.ok) {
      notifyError(t, result.error);
      return;
    }
    downloadTextFile(result.value.fileName, result.value.csv, 'text/csv');
    notifySuccess(t(result.value.truncated ? 'audit.export.doneTruncated' : 'audit.export.done', { n: result.value.rows, fileName: result.value.fileName }));
    onExported();
  }

  return (
    <Button variant="default" mt={25} onClick={() => void exportCsv()} loading={busy} disabled={disabled}>
      {t('audit.export.button')}
    </Button>
  );
}
