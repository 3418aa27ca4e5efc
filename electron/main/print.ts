import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog, ipcMain, type WebContents } from 'electron';

// Printing the page the person is looking at (a roster's print view): the system print dialog, or
// a PDF through printToPDF and a save dialog. The renderer learns how many pages were produced and
// records the print in the audit trail itself (rosters.recordPrint), so the print is checked and
// recorded by the core like any operation. Answers null when nothing was printed or saved.

export type PrintOutput = 'printer' | 'pdf';
export interface PrintDone {
  pages: number;
}

/** Chromium's PDFs list each page as one `/Type /Page` object (the page tree itself is `/Pages`). */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** A file name the person can keep or change: letters, digits, dashes; `.pdf` at the end. */
export function pdfFileName(suggested: unknown): string {
  const base = typeof suggested === 'string' ? suggested.replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 80) : '';
  return `${base || 'hearth-roster'}.pdf`;
}

export function connectPrinting(isOwnFrame: (sender: WebContents, frameUrl: string | undefined) => boolean): void {
  ipcMain.handle('hearth:print', async (event, output: unknown, suggestedName: unknown): Promise<PrintDone | null> => {
    if (!isOwnFrame(event.sender, event.senderFrame?.url) || event.senderFrame !== event.sender.mainFrame) return null;
    if (output !== 'printer' && output !== 'pdf') return null;
    const contents = event.sender;
    // Laid out once as PDF with the page's own @page rules: that also tells how many sheets a print makes.
    const pdf = await contents.printToPDF({ printBackground: true, preferCSSPageSize: true });
    const pages = countPdfPages(pdf);
    if (output === 'pdf') {
      const owner = BrowserWindow.fromWebContents(contents);
      const options = { defaultPath: pdfFileName(suggestedName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await writeFile(choice.filePath, pdf);
      return { pages };
    }
    const printed = await new Promise<boolean>((resolve) => contents.print({ printBackground: true }, (success) => resolve(success)));
    return printed ? { pages } : null;
  });
}
