import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipationPeriodInput } from '../../../shared/contract/attendance';
import { downloadTextFile } from '../../app/download';
import { notifyError, notifySuccess } from '../../app/notify';
import { useHearthMutation } from '../../app/queries';

/** The report as a CSV file; the core records the export in the audit trail. */
export function ExportParticipationButton({ period, disabled }: { period: ParticipationPeriodInput; disabled: boolean }) {
  const { t } = useTranslation();
  const exportReport = useHearthMutation('attendance.exportParticipation');

  async function exportCsv() {
    const result = await exportReport.run(period);
    if (!result.ok) {
      notifyError(t, result.error);
      return;
    }
    downloadTextFile(result.value.fileName, result.value.csv, 'text/csv');
    notifySuccess(t('attendance.report.exported', { n: result.value.rows, fileName: result.value.fileName }));
  }

  return (
    <Button variant="default" onClick={() => void exportCsv()} loading={exportReport.pending} disabled={disabled}>
      {t('attendance.report.export')}
    </Button>
  );
}
