import type { ScheduledOccurrence, Session } from '../../../shared/contract/schedule';

/** Editing an occurrence: on its own, from it on (the series splits there), or the whole series. */
export type EditScope = 'occurrence' | 'following' | 'series';

/** What the session form is for: a new session, or an edit of an opened occurrence in a scope. */
export type SessionFormTarget = { kind: 'create'; date: string } | { kind: 'edit'; scope: EditScope; occurrence: ScheduledOccurrence };

/** The loaded session an edit of a series starts from (null for a new session or a single occurrence). */
export type SeriesContext = Session | null;
