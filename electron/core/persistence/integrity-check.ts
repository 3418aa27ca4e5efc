import sqlite3 from 'sqlite3';

/**
 * Runs `PRAGMA quick_check` on an existing file before anything else touches it, with a raw
 * read-only connection so that a damaged file is never modified (no WAL switch, no migration).
 * Returns null when the file is sound, or a description of the problem.
 */
export function checkDatabaseIntegrity(file: string): Promise<string | null> {
  return new Promise((resolve) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) {
        resolve(`The file could not be opened: ${openError.message}`);
        return;
      }
      db.all('PRAGMA quick_check', (error, rows: Array<Record<string, string>> | undefined) => {
        db.close(() => {
          if (error) resolve(`The integrity check could not run: ${error.message}`);
          else {
            const messages = (rows ?? []).map((row) => Object.values(row)[0]);
            resolve(messages.length === 1 && messages[0] === 'ok' ? null : `The integrity check reported: ${messages.slice(0, 5).join('; ')}`);
          }
        });
      });
    });
  });
}
