import { In, type EntityManager } from 'typeorm';
import type { MentoringMeeting, MentoringPairDetail, MentoringPairSummary } from '../../../shared/contract/mentoring';
import { daysBetween } from '../../../shared/dates';
import type { Actor } from '../context';
import { GroupNoteEntity } from '../notes/group-note.entity';
import { ResidentEntity } from '../residents/resident.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { isClinical, mayReadPrivateNote } from './mentoring-access';
import { MentoringMeetingEntity } from './mentoring-meeting.entity';
import type { MentoringPairEntity } from './mentoring-pair.entity';

const personName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

/**
 * A pair is flagged when it is open and its last meeting (or, without one, its start) is `gapDays`
 * or more days before today: with 14, a pair last seen on 1 Dec is flagged from 15 Dec.
 */
export function gapOf(startsOn: string, lastMeetingOn: string | null, endsOn: string | null, today: string, gapDays: number): { daysWithoutMeeting: number; flagged: boolean } {
  const from = lastMeetingOn && lastMeetingOn > startsOn ? lastMeetingOn : startsOn;
  const daysWithoutMeeting = Math.max(0, daysBetween(from, today));
  const open = endsOn === null || endsOn > today;
  return { daysWithoutMeeting, flagged: open && daysWithoutMeeting >= gapDays };
}

export async function pairSummaries(manager: EntityManager, pairs: MentoringPairEntity[], today: string, gapDays: number): Promise<MentoringPairSummary[]> {
  if (pairs.length === 0) return [];
  const staff = await manager.findBy(StaffMemberEntity, { id: In([...new Set(pairs.map((p) => p.mentorStaffId))]) });
  const residents = await manager.findBy(ResidentEntity, { id: In([...new Set(pairs.map((p) => p.residentId))]) });
  const last = await manager
    .getRepository(MentoringMeetingEntity)
    .createQueryBuilder('m')
    .select('m.pairId', 'pairId')
    .addSelect('MAX(m.heldOn)', 'lastOn')
    .where('m.pairId IN (:...ids)', { ids: pairs.map((p) => p.id) })
    .groupBy('m.pairId')
    .getRawMany<{ pairId: string; lastOn: string }>();
  const staffNames = new Map(staff.map((s) => [s.id, personName(s)]));
  const residentNames = new Map(residents.map((r) => [r.id, personName(r)]));
  const lastOn = new Map(last.map((row) => [row.pairId, row.lastOn]));
  return pairs.map((pair) => {
    const lastMeetingOn = lastOn.get(pair.id) ?? null;
    return {
      id: pair.id,
      mentorStaffId: pair.mentorStaffId,
      mentorName: staffNames.get(pair.mentorStaffId) ?? '',
      residentId: pair.residentId,
      residentName: residentNames.get(pair.residentId) ?? '',
      startsOn: pair.startsOn,
      endsOn: pair.endsOn,
      endReason: pair.endReason,
      lastMeetingOn,
      ...gapOf(pair.startsOn, lastMeetingOn, pair.endsOn, today, gapDays),
      version: pair.version,
    };
  });
}

export async function pairDetail(manager: EntityManager, pair: MentoringPairEntity, today: string, gapDays: number, actor: Actor): Promise<MentoringPairDetail> {
  const [summary] = await pairSummaries(manager, [pair], today, gapDays);
  const rows = await manager.find(MentoringMeetingEntity, { where: { pairId: pair.id }, order: { heldOn: 'DESC', recordedAt: 'DESC' } });
  const recorders = await manager.findBy(StaffMemberEntity, { id: In([...new Set(rows.map((m) => m.recordedByStaffId).filter((id): id is string => id !== null))]) });
  const recorderNames = new Map(recorders.map((s) => [s.id, personName(s)]));
  const showNotes = mayReadPrivateNote(actor, pair);
  const notes = rows.length ? await manager.findBy(GroupNoteEntity, { subjectKind: 'mentoringMeeting', subjectId: In(rows.map((m) => m.id)) }) : [];
  const noteStates = new Map(notes.map((note) => [note.subjectId, note.signedAt ? ('signed' as const) : ('draft' as const)]));
  const meetings: MentoringMeeting[] = rows.map((m) => ({
    id: m.id,
    heldOn: m.heldOn,
    durationMinutes: m.durationMinutes,
    topics: m.topics,
    // Never sent to someone who may not read it: hiding a field on screen is not a permission.
    privateNote: showNotes ? m.privateNote : null,
    privateNoteHidden: !showNotes && m.privateNote !== null,
    recordedAt: m.recordedAt,
    recordedByName: m.recordedByStaffId ? (recorderNames.get(m.recordedByStaffId) ?? null) : null,
    noteState: noteStates.get(m.id) ?? 'none',
  }));
  const open = pair.endsOn === null;
  return { ...summary, gapDays, meetings, mayLogMeeting: open && (isClinical(actor) || pair.mentorStaffId === actor.staffId), mayEnd: open && isClinical(actor) };
}
