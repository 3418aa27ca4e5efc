import { useMemo } from 'react';
import { v4 as uuidv4 } from 'uuid';

/**
 * A name for one opening of a record by this screen, sent with the read that the core audits.
 * It stays the same while the screen shows that record (re-renders, React StrictMode's second
 * effect, a reload after a conflict), so the core records the opening once; showing another
 * record, or coming back later, makes a new one, which is recorded again.
 */
export function useOpeningId(recordId: string): string {
  return useMemo(() => ({ recordId, openingId: uuidv4() }), [recordId]).openingId;
}
