import type { EntityManager } from 'typeorm';
import type { CentreSettings } from '../../../../shared/contract/settings';
import { todayIn } from '../../../../shared/dates';
import { toInstant } from '../../clock';
import { assertVersion } from '../../persistence/versioned-update';
import { invalidField } from '../../errors';
import { newId } from '../../ids';
import type { ProposedOccurrence } from '../conflicts/conflict-check';
import { groupNotFound } from '../../groups/group-access';
import { PeerGroupEntity } from '../../groups/peer-group.entity';
import { occurrencesWithRecords } from '../conflicts/protected-occurrences';
import { readOccurrenceBookings, type Bookings } from './bookings';
import { extendMaterialisation, initialSlots } from './materialise';
import { timingOfSlot, type OccurrenceTiming } from './occurrence-timing';
import { OccurrenceEntity } from './occurrence.entity';
import { rostersOn, withRoster } from './participants-sync';
import { ruleEndingBefore } from './recurrence';
import { occurrenceNotFound, sessionNotFound } from './schedule-reads';
import { bookingsOf, sessionColumnsOf, type ParsedSessionDraft } from './session-rows';
import { SessionEntity } from './session.entity';

// What a change would do, worked out before anything is written: the same plan feeds the
// conflict check of `schedule.previewChange` and, inside the write's transaction, the write.

/** An occurrence the plan writes: an existing one rewritten in place (same id) or a new one. */
export interface PlannedOccurrence {
  existing: OccurrenceEntity | null;
  slot: string;
  timing: OccurrenceTiming;
}

export interface SeriesPlan {
  /** The session the new series belongs to: the edited one, or (split) a new one not saved yet. */
  session: SessionEntity;
  /** The session being edited, as stored. */
  original: SessionEntity;
  /** Set on a "this and following" split: the old session's rule, cut before the split. */
  cutRule: string | null;
  bookings: Bookings;
  writes: PlannedOccurrence[];
  /** Future occurrences whose slot is gone from the new rule. */
  deletes: OccurrenceEntity[];
  /** Occurrences left as they are: past, exceptions, or holding attendance or a note. */
  kept: number;
  proposals: ProposedOccurrence[];
}

/** A new session and its first occurrences, from a draft. */
export async function planNewSession(manager: EntityManager, draft: ParsedSessionDraft, settings: CentreSettings, now: Date): Promise<SeriesPlan> {
  const at = toInstant(now);
  const session = manager.create(SessionEntity, {
    id: newId(),
    ...sessionColumnsOf(draft, settings.timeZone),
    materialisedUntil: '',
    splitFromSessionId: null,
    capacityOverrideReason: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
  const { slots, materialisedUntil } = initialSlots(session, draft.startDate, todayIn(settings.timeZone, now), settings.scheduleHorizonWeeks);
  if (slots.length === 0) throw invalidField('draft.recurrence', 'validation.noOccurrences');
  session.materialisedUntil = materialisedUntil;
  const writes = slots.map((slot) => ({ existing: null, slot, timing: timingOfSlot(slot, session.timeZone, session.durationMinutes) }));
  await materialiseOthersThrough(manager, writes, at);
  const bookings = bookingsOf(draft);
  return { session, original: session, cutRule: null, bookings, writes, deletes: [], kept: 0, proposals: await proposalsOf(manager, session, bookings, writes) };
}

/**
 * A series edit. `fromOccurrenceId` null: the whole series; an occurrence: that one and the
 * following (the series splits there: the old session ends the day before, a new session takes
 * the rest). Future occurrences on a day the new rule keeps are rewritten in place (same id,
 * matched by their day: a weekly rule has one slot a day, so a time change keeps the ids);
 * future ones on a day it drops are deleted; new days get new occurrences. Never touched:
 * occurrences in the past, exceptions (edited, moved or cancelled on their own), and those
 * holding attendance or a note.
 */
export async function planSeriesUpdate(
  manager: EntityManager,
  input: { sessionId: string; expectedVersion: number; fromOccurrenceId: string | null; draft: ParsedSessionDraft },
  settings: CentreSettings,
  now: Date,
): Promise<SeriesPlan> {
  const at = toInstant(now);
  const original = await manager.findOneBy(SessionEntity, { id: input.sessionId });
  if (!original) throw sessionNotFound();
  assertVersion(original, input.expectedVersion);
  const splitAt = await splitSlotOf(manager, original, input.fromOccurrenceId);

  const columns = sessionColumnsOf(input.draft, settings.timeZone);
  const session = splitAt
    ? manager.create(SessionEntity, { ...original, ...columns, id: newId(), splitFromSessionId: original.id, capacityOverrideReason: null, createdAt: at, updatedAt: at, version: 1 })
    : manager.create(SessionEntity, { ...original, ...columns, updatedAt: at });
  // Only slots from today on can be written (past ones are never created nor rewritten): expanding
  // from today also keeps a long-running series within the cap on slots made at once.
  const today = todayIn(settings.timeZone, now);
  const from = [input.draft.startDate, today, splitAt?.slice(0, 10) ?? ''].reduce((latest, date) => (date > latest ? date : latest));
  const { slots, materialisedUntil } = initialSlots(session, from, today, settings.scheduleHorizonWeeks);
  session.materialisedUntil = materialisedUntil;
  const newSlots = slots.map((slot) => ({ slot, timing: timingOfSlot(slot, session.timeZone, session.durationMinutes) })).filter(({ slot, timing }) => timing.startsAt >= at && (!splitAt || slot.slice(0, 10) >= splitAt.slice(0, 10)));
  await materialiseOthersThrough(manager, newSlots, at);

  const query = manager.createQueryBuilder(OccurrenceEntity, 'o').where('o.sessionId = :id', { id: original.id });
  if (splitAt) query.andWhere('o.slotLocal >= :splitAt', { splitAt });
  const existing = await query.getMany();
  const withRecords = await occurrencesWithRecords(manager, existing.map((o) => o.id));
  const editable = existing.filter((o) => o.startsAt >= at && !o.isException && !withRecords.has(o.id));
  const keptDays = new Set(existing.filter((o) => !editable.includes(o)).map((o) => o.slotLocal.slice(0, 10)));
  const editableByDay = new Map(editable.map((o) => [o.slotLocal.slice(0, 10), o]));

  const writes: PlannedOccurrence[] = [];
  for (const { slot, timing } of newSlots) {
    const day = slot.slice(0, 10);
    if (keptDays.has(day)) continue; // an occurrence left as it is stands for that day
    writes.push({ existing: editableByDay.get(day) ?? null, slot, timing });
  }
  // A single session moved to another day is still the same occurrence.
  if (!session.rule && !original.rule && writes.length === 1 && editable.length === 1 && !writes[0].existing) writes[0].existing = editable[0];
  const rewritten = new Set(writes.flatMap((w) => (w.existing ? [w.existing.id] : [])));
  const bookings = bookingsOf(input.draft);
  return {
    session,
    original,
    cutRule: splitAt && original.rule ? ruleEndingBefore(original.rule, splitAt.slice(0, 10)) : null,
    bookings,
    writes,
    deletes: editable.filter((o) => !rewritten.has(o.id)),
    kept: existing.length - editable.length,
    proposals: await proposalsOf(manager, session, bookings, writes),
  };
}

/** What each write would book: a group's meeting books its roster of that day too, so the conflict check sees every member. */
async function proposalsOf(manager: EntityManager, session: SessionEntity, bookings: Bookings, writes: PlannedOccurrence[]): Promise<ProposedOccurrence[]> {
  if (session.groupId && !(await manager.existsBy(PeerGroupEntity, { id: session.groupId }))) throw groupNotFound();
  const rosters = await rostersOn(manager, session.groupId, writes.map((w) => w.timing.localDate));
  return writes.map((w) => proposalOf(session, withRoster(bookings, rosters.get(w.timing.localDate)), w));
}

/** The slot a "this and following" edit splits at, or null when it edits the whole series. */
async function splitSlotOf(manager: EntityManager, session: SessionEntity, fromOccurrenceId: string | null): Promise<string | null> {
  if (!fromOccurrenceId) return null;
  const from = await manager.findOneBy(OccurrenceEntity, { id: fromOccurrenceId, sessionId: session.id });
  if (!from) throw occurrenceNotFound();
  if (!session.rule) return null;
  // From the first occurrence on, "this and following" is the whole series.
  const earlier = await manager.createQueryBuilder(OccurrenceEntity, 'o').where('o.sessionId = :id AND o.slotLocal < :slot', { id: session.id, slot: from.slotLocal }).getCount();
  return earlier === 0 ? null : from.slotLocal;
}

/** Other series must exist on the change's days before the change is checked against them. */
async function materialiseOthersThrough(manager: EntityManager, writes: Array<{ timing: OccurrenceTiming }>, at: string): Promise<void> {
  const last = writes.reduce((max, w) => (w.timing.localDate > max ? w.timing.localDate : max), '');
  if (last) await extendMaterialisation(manager, last, at);
}

export function proposalOf(session: Pick<SessionEntity, 'title' | 'activityTypeId' | 'locationId' | 'capacity'>, bookings: Bookings, write: { existing: { id: string } | null; timing: OccurrenceTiming }): ProposedOccurrence {
  return {
    occurrenceId: write.existing?.id ?? null,
    title: session.title,
    ...write.timing,
    activityTypeId: session.activityTypeId,
    locationId: session.locationId,
    capacity: session.capacity,
    ...bookings,
  };
}

/** One stored occurrence with its session and bookings: what edits of one occurrence start from. */
export interface LoadedOccurrence {
  occurrence: OccurrenceEntity;
  session: SessionEntity;
  bookings: Bookings;
}

export async function loadOccurrence(manager: EntityManager, id: string, expectedVersion: number): Promise<LoadedOccurrence> {
  const occurrence = await manager.findOneBy(OccurrenceEntity, { id });
  if (!occurrence) throw occurrenceNotFound();
  assertVersion(occurrence, expectedVersion);
  const session = await manager.findOneByOrFail(SessionEntity, { id: occurrence.sessionId });
  const bookings = await readOccurrenceBookings(manager, [id]);
  return { occurrence, session, bookings: bookings.get(id) ?? { facilitatorIds: [], participantIds: [], resourceIds: [] } };
}

/** The proposal of one occurrence as it would be after an edit (the given fields replace its own). */
export function occurrenceProposal(loaded: LoadedOccurrence, change: Partial<Pick<ProposedOccurrence, 'title' | 'locationId' | 'capacity'>> & { timing?: OccurrenceTiming; bookings?: Bookings }): ProposedOccurrence {
  const { occurrence, session } = loaded;
  return {
    occurrenceId: occurrence.id,
    title: change.title !== undefined ? change.title : occurrence.title,
    ...(change.timing ?? { startsAt: occurrence.startsAt, endsAt: occurrence.endsAt, localDate: occurrence.localDate }),
    activityTypeId: session.activityTypeId,
    locationId: change.locationId ?? occurrence.locationId,
    capacity: change.capacity ?? occurrence.capacity,
    ...(change.bookings ?? loaded.bookings),
  };
}
