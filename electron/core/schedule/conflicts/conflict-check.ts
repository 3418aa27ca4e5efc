import type { EntityManager } from 'typeorm';
import type { ChangePreview, Clash, ClashingOccurrence, ClashKind, PreviewedOccurrence } from '../../../../shared/contract/schedule';
import { weekdayOf } from '../../../../shared/dates';
import { personName } from '../sessions/occurrence-reads';
import { loadConflictFacts, type Booking, type ConflictFacts, type HypotheticalPeriods, type ProposedOccurrence } from './conflict-facts';

export type { HypotheticalPeriods, ProposedOccurrence } from './conflict-facts';

// THE conflict check. Every change to the schedule (create, series edit, one occurrence's edit,
// move, drag, restore) and every preview, including what an availability change would break,
// asks this one function; nothing else decides whether bookings clash. It answers for each
// proposed occurrence which clashes it has, naming who or what and with which occurrence.

/** Over capacity is a warning a manager may override; everything else blocks. */
const WARNINGS: ReadonlySet<ClashKind> = new Set(['overSessionCapacity', 'overLocationCapacity']);

export interface CheckOptions {
  /** Occurrences the change rewrites or deletes: they clash with nothing (not even the proposals replacing them). */
  replacedIds?: Iterable<string>;
  hypothetical?: HypotheticalPeriods;
}

export async function checkConflicts(manager: EntityManager, proposals: ProposedOccurrence[], options: CheckOptions = {}): Promise<ChangePreview> {
  const replacedIds = new Set(options.replacedIds ?? []);
  for (const proposal of proposals) if (proposal.occurrenceId) replacedIds.add(proposal.occurrenceId);
  const facts = await loadConflictFacts(manager, proposals, replacedIds, options.hypothetical ?? {});
  const sameChangeByResourceDay = countByResourceDay(proposals);
  const occurrences = proposals
    .map((proposal): PreviewedOccurrence => ({
      occurrenceId: proposal.occurrenceId,
      title: proposal.title ?? facts.requirements.get(proposal.activityTypeId)?.name ?? '',
      startsAt: proposal.startsAt,
      endsAt: proposal.endsAt,
      localDate: proposal.localDate,
      clashes: clashesOf(proposal, facts, sameChangeByResourceDay),
    }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return summarise(occurrences);
}

export function summarise(occurrences: PreviewedOccurrence[]): ChangePreview {
  const blocked = occurrences.filter((o) => o.clashes.some((c) => c.severity === 'block')).length;
  const warned = occurrences.filter((o) => o.clashes.length > 0 && o.clashes.every((c) => c.severity === 'warning')).length;
  return {
    total: occurrences.length,
    fine: occurrences.filter((o) => o.clashes.length === 0).length,
    blocked,
    warned,
    occurrences,
    blocksSaving: blocked > 0,
    needsCapacityOverride: occurrences.some((o) => o.clashes.some((c) => c.severity === 'warning')),
  };
}

function clashesOf(p: ProposedOccurrence, facts: ConflictFacts, sameChange: Map<string, number>): Clash[] {
  const clashes: Clash[] = [];
  const add = (kind: ClashKind, subject: Clash['subject'], extra: Partial<Omit<Clash, 'kind' | 'severity' | 'subject'>> = {}) =>
    clashes.push({ kind, severity: WARNINGS.has(kind) ? 'warning' : 'block', subject, other: null, reason: null, requirement: null, limit: null, count: null, ...extra });
  const location = facts.locations.get(p.locationId);
  const locationRef = { type: 'location' as const, id: p.locationId, name: location?.name ?? '' };
  const covers = (period: { startsOn: string; endsOn: string }) => period.startsOn <= p.localDate && p.localDate <= period.endsOn;
  const overlapping = facts.overlapping.filter((b) => b.startsAt < p.endsAt && b.endsAt > p.startsAt && b.id !== p.occurrenceId);

  // The place.
  if (location && !location.active) add('locationInactive', locationRef);
  for (const other of overlapping) if (other.locationId === p.locationId) add('locationDoubleBooked', locationRef, { other: named(other) });
  if (location && p.participantIds.length > location.capacity) add('overLocationCapacity', locationRef, { limit: location.capacity, count: p.participantIds.length });
  if (p.participantIds.length > p.capacity) add('overSessionCapacity', locationRef, { limit: p.capacity, count: p.participantIds.length });

  // The facilitators.
  for (const staffId of p.facilitatorIds) {
    const member = facts.staff.get(staffId);
    const subject = { type: 'staff' as const, id: staffId, name: member ? personName(member) : '' };
    if (member && !member.active) add('facilitatorInactive', subject);
    const absence = facts.absences.get(staffId)?.find(covers);
    if (absence) add('facilitatorAbsent', subject, { reason: absence.kind });
    for (const other of overlapping) if (other.facilitatorIds.has(staffId)) add('facilitatorDoubleBooked', subject, { other: named(other) });
  }

  // The resources (horses, equipment).
  for (const resourceId of p.resourceIds) {
    const resource = facts.resources.get(resourceId);
    const subject = { type: 'resource' as const, id: resourceId, name: resource?.name ?? '' };
    if (resource && !resource.active) add('resourceInactive', subject);
    if (resource?.restDays.includes(weekdayOf(p.localDate) as never)) add('resourceRestDay', subject);
    const outOfService = facts.outOfService.get(resourceId)?.find(covers);
    if (outOfService) add('resourceOutOfService', subject, { reason: outOfService.reason });
    for (const other of overlapping) if (other.resourceIds.has(resourceId)) add('resourceDoubleBooked', subject, { other: named(other) });
    const sameDay = (facts.resourceDays.get(`${resourceId}|${p.localDate}`) ?? []).filter((b) => b.id !== p.occurrenceId);
    const count = sameDay.length + (sameChange.get(`${resourceId}|${p.localDate}`) ?? 0);
    const limit = resource?.maxSessionsPerDay ?? null;
    if (limit !== null && count > limit) add('resourceOverDailyLimit', subject, { limit, count, other: sameDay.length > 0 ? named(sameDay[sameDay.length - 1]) : null });
  }

  // The participants.
  const requirements = facts.requirements.get(p.activityTypeId)?.requirements ?? [];
  for (const residentId of p.participantIds) {
    const resident = facts.residents.get(residentId);
    const subject = { type: 'resident' as const, id: residentId, name: resident ? personName(resident) : '' };
    const inResidence = (facts.stays.get(residentId) ?? []).some((stay) => stay.from <= p.localDate && (stay.to === null || p.localDate <= stay.to));
    if (!inResidence) add('residentNotAdmitted', subject);
    for (const requirement of requirements) {
      const met = requirement === 'equineWaiver' ? resident?.equineWaiverSignedOn != null && resident.equineWaiverSignedOn <= p.localDate : Boolean(resident?.photoConsent);
      if (!met) add('requirementNotMet', subject, { requirement });
    }
    for (const other of overlapping) if (other.participantIds.has(residentId)) add('residentDoubleBooked', subject, { other: named(other) });
  }
  return clashes;
}

function named(booking: Booking): ClashingOccurrence {
  return { occurrenceId: booking.id, title: booking.title, startsAt: booking.startsAt, endsAt: booking.endsAt };
}

/** How many of the change's own occurrences book each resource on each day. */
function countByResourceDay(proposals: ProposedOccurrence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of proposals) for (const resourceId of p.resourceIds) counts.set(`${resourceId}|${p.localDate}`, (counts.get(`${resourceId}|${p.localDate}`) ?? 0) + 1);
  return counts;
}
