import Papa from 'papaparse';

/**
 * RFC 4180 CSV (CRLF line ends) for files people open in spreadsheets. Cells a spreadsheet would
 * run as a formula (starting with =, +, -, @, a tab or a carriage return) are escaped with a
 * leading quote: names and reasons in these files are typed by people. Every export uses this.
 */
export function formulaSafeCsv(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return Papa.unparse({ fields: [...columns], data: rows.map((row) => row.map((cell) => cell ?? '')) }, { escapeFormulae: true, newline: '\r\n' });
}
