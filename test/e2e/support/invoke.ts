import type { Page } from '@playwright/test';

/**
 * Calls one contract operation from the page, as the signed-in person of that page, through the
 * preview's bridge (the token the server put in the page). For setting up records and for reading
 * the audit trail exactly; the screens under test are still driven through the interface.
 */
export async function invokeInPage<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([operation, payload]) => {
      // Runs in the page; the end-to-end tests are compiled without the DOM's types.
      const page = globalThis as unknown as { document: { querySelector(selector: string): { content: string } | null } };
      const token = page.document.querySelector('meta[name="hearth-preview-token"]')?.content ?? '';
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Hearth-Token': token },
        body: JSON.stringify({ name: operation, input: payload }),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string; fieldErrors?: unknown } };
    },
    [name, input] as const,
  );
  if (!result.ok) throw new Error(`${name} was refused: ${result.error?.message} ${JSON.stringify(result.error?.fieldErrors ?? {})}`);
  return result.value as T;
}

/** Admits a resident with the fewest details the contract takes; returns their id. */
export async function admitResident(page: Page, firstName: string, lastName: string, program: 'residential' | 'outpatient' = 'residential'): Promise<string> {
  const resident = await invokeInPage<{ id: string }>(page, 'residents.admit', {
    firstName,
    lastName,
    dateOfBirth: '1990-05-17',
    admissionDate: '2026-11-02',
    program,
    language: 'en',
    photoConsent: false,
    // The optional details are sent empty, as the form sends them.
    preferredName: '',
    pronouns: '',
    house: '',
    room: '',
    emergencyContactName: '',
    emergencyContactRelationship: '',
    emergencyContactPhone: '',
    emergencyContactEmail: '',
    equineWaiverSignedOn: '',
  });
  return resident.id;
}

/** How many times the audit trail recorded the opening of this resident's record. */
/**
 * How many times the resident's record itself was opened (audit rows `record.open` on the resident).
 * Their page also opens their group-note lines for people who may read notes: that is a separate
 * opening of clinical text, recorded as its own row (entity `residentNoteLines`), not counted here.
 */
export async function recordOpenings(page: Page, residentId: string): Promise<number> {
  const answer = await invokeInPage<{ rows: Array<{ entityType: string | null }>; total: number }>(page, 'audit.list', { residentId, action: 'record.open', limit: 200 });
  return answer.rows.filter((row) => row.entityType === 'resident').length;
}

/** How many times the resident's group-note lines were opened (their page, for people who may read notes). */
export async function noteLineOpenings(page: Page, residentId: string): Promise<number> {
  const answer = await invokeInPage<{ rows: Array<{ entityType: string | null }>; total: number }>(page, 'audit.list', { residentId, action: 'record.open', limit: 200 });
  return answer.rows.filter((row) => row.entityType === 'residentNoteLines').length;
}
