import { In, type EntityManager } from 'typeorm';
import type { AttendanceMark, AttendanceSheet, SheetLock } from '../../../shared/contract/attendance';
import { DomainError } from '../errors';
import { ResidentEntity } from '../residents/resident.entity';
import { ActivityTypeEntity } from '../schedule/catalogue/activity-type.entity';
import { LocationEntity } from '../schedule/catalogue/location.entity';
import { OccurrenceFacilitatorEntity, OccurrenceParticipantEntity } from '../schedule/sessions/occurrence-links.entity';
import { OccurrenceEntity } from '../schedule/sessions/occurrence.entity';
import { SessionEntity } from '../schedule/sessions/session.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { AttendanceMarkEntity } from './attendance-mark.entity';
import { byLabel, residentSheetName, staffName } from './attendance-names';

export const occurrenceNotFound = () => new DomainError('not_found', 'problems.attendance.occurrenceNotFound', 'The session was not found.');

/** An occurrence with what attendance needs to know about it: its activity (clinical or not). */
export async function loadOccurrence(manager: EntityManager, occurrenceId: string) {
  const occurrence = await manager.findOneBy(OccurrenceEntity, { id: occurrenceId });
  if (!occurrence) throw occurrenceNotFound();
  const session = await manager.findOneByOrFail(SessionEntity, { id: occurrence.sessionId });
  const activityType = await manager.findOneByOrFail(ActivityTypeEntity, { id: session.activityTypeId });
  return { occurrence, session, activityType };
}
export type LoadedOccurrence = Awaited<ReturnType<typeof loadOccurrence>>;

/** Who is on the roster: the occurrence's participants, and anyone marked on it (a walk-in, or someone since taken off). */
export async function rosterOf(manager: EntityManager, occurrenceId: string): Promise<Set<string>> {
  const participants = await manager.findBy(OccurrenceParticipantEntity, { occurrenceId });
  const marks = await manager.find(AttendanceMarkEntity, { where: { occurrenceId }, select: { residentId: true } });
  return new Set([...participants.map((p) => p.residentId), ...marks.map((m) => m.residentId)]);
}

/** The sheet as the screen shows it: the roster in name order with each mark. */
export async function buildSheet(manager: EntityManager, loaded: LoadedOccurrence, timeZone: string, lock: SheetLock | null): Promise<AttendanceSheet> {
  const { occurrence, session, activityType } = loaded;
  const residentIds = [...(await rosterOf(manager, occurrence.id))];
  const residents = residentIds.length > 0 ? await manager.findBy(ResidentEntity, { id: In(residentIds) }) : [];
  const marks = await manager.findBy(AttendanceMarkEntity, { occurrenceId: occurrence.id });
  const facilitatorLinks = await manager.findBy(OccurrenceFacilitatorEntity, { occurrenceId: occurrence.id });
  const staffIds = [...new Set([...facilitatorLinks.map((f) => f.staffId), ...marks.flatMap((m) => (m.recordedByStaffId ? [m.recordedByStaffId] : []))])];
  const staff = new Map((staffIds.length > 0 ? await manager.findBy(StaffMemberEntity, { id: In(staffIds) }) : []).map((s) => [s.id, s]));
  const location = await manager.findOneByOrFail(LocationEntity, { id: occurrence.locationId });
  const markOf = new Map(marks.map((mark) => [mark.residentId, mark]));
  const rows = residents
    .map((resident) => ({ residentId: resident.id, label: residentSheetName(resident) }))
    .sort(byLabel)
    .map(({ residentId, label }) => {
      const mark = markOf.get(residentId);
      return { residentId, name: label, mark: mark ? toMark(mark, mark.recordedByStaffId ? staff.get(mark.recordedByStaffId) : undefined) : null };
    });
  return {
    occurrence: {
      id: occurrence.id,
      sessionId: occurrence.sessionId,
      title: occurrence.title ?? session.title ?? activityType.name,
      activityName: activityType.name,
      clinical: activityType.clinical,
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      localDate: occurrence.localDate,
      status: occurrence.status,
      location: { id: location.id, name: location.name },
      facilitators: facilitatorLinks.flatMap((link) => {
        const member = staff.get(link.staffId);
        return member ? [{ id: member.id, name: staffName(member) }] : [];
      }),
    },
    timeZone,
    rows,
    lock,
  };
}

function toMark(mark: AttendanceMarkEntity, recordedBy: StaffMemberEntity | undefined): AttendanceMark {
  return {
    id: mark.id,
    version: mark.version,
    residentId: mark.residentId,
    status: mark.status,
    reason: mark.reason,
    engagement: mark.engagement,
    walkIn: mark.walkIn,
    recordedAt: mark.recordedAt,
    recordedByName: recordedBy ? staffName(recordedBy) : null,
  };
}
