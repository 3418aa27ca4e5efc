import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordPrintInput } from '../../../shared/contract/rosters';
import { AppLink } from '../../app/links';
import { notifyError, notifySuccess } from '../../app/notify';
import { useHearthMutation } from '../../app/queries';

type PrintOutput = 'printer' | 'pdf';

/**
 * Prints the page as it is shown, then records the print (`rosters.recordPrint`). In Electron the
 * main process prints (system dialog) or saves a PDF and answers with the PDF's page count. In the
 * browser preview `window.print()` cannot tell pages or a cancelled dialog: it records
 * `sheetsInCss`, the sheets the print CSS starts (one per section), as the page count.
 */
export function PrintToolbar({ record, sheetsInCss, fileName }: { record: Omit<RecordPrintInput, 'pages' | 'output'>; sheetsInCss: number; fileName: string }) {
  const { t } = useTranslation();
  const recordPrint = useHearthMutation('rosters.recordPrint');
  const [busy, setBusy] = useState(false);
  const bridge = window.hearth;

  async function print(output: PrintOutput) {
    setBusy(true);
    try {
      let pages = sheetsInCss;
      if (bridge?.print) {
        const done = await bridge.print(output, fileName);
        if (!done) {
          notifySuccess(t('rosters.notPrinted'));
          return;
        }
        pages = done.pages;
      } else {
        window.print();
      }
      const result = await recordPrint.run({ ...record, pages: Math.max(1, pages), output });
      if (result.ok) notifySuccess(t('rosters.recorded'));
      else notifyError(t, result.error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Group data-print-hidden mb="md">
      <Button onClick={() => void print('printer')} loading={busy}>
        {t('rosters.actions.print')}
      </Button>
      {bridge?.print && (
        <Button variant="default" onClick={() => void print('pdf')} disabled={busy}>
          {t('rosters.actions.savePdf')}
        </Button>
      )}
      <AppLink to="/rosters">{t('rosters.actions.back')}</AppLink>
    </Group>
  );
}
