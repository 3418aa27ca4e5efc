import type { EntityManager } from 'typeorm';
import { maySeePair } from '../../mentoring/mentoring-access';
import { MentoringMeetingEntity } from '../../mentoring/mentoring-meeting.entity';
import { MentoringPairEntity } from '../../mentoring/mentoring-pair.entity';
import { ResidentEntity } from '../../residents/resident.entity';
import { noteNotFound } from '../note-readers';
import { staffNames } from '../staff-names';
import { writtenParticipants } from '../note-participants';
import type { NoteSubject } from './note-subject';
import { notesWithOpenGoals } from './series-goals';

// A logged mentoring meeting: one peer support specialist with one resident. Its note is read by
// whoever may see the pair (its mentor, managers and counsellors: mentoring-access.ts), its one
// participant is the pair's resident (no attendance is taken), and its pair is its series.

async function findMeeting(manager: EntityManager, meetingId: string): Promise<{ meeting: MentoringMeetingEntity; pair: MentoringPairEntity } | null> {
  const meeting = await manager.findOneBy(MentoringMeetingEntity, { id: meetingId });
  const pair = meeting ? await manager.findOneBy(MentoringPairEntity, { id: meeting.pairId }) : null;
  return meeting && pair ? { meeting, pair } : null;
}

async function loadMeeting(manager: EntityManager, meetingId: string): Promise<{ meeting: MentoringMeetingEntity; pair: MentoringPairEntity }> {
  const found = await findMeeting(manager, meetingId);
  if (!found) throw noteNotFound();
  return found;
}

/** The resident the pair is about: the meeting's title in lists ("Mentoring meeting with …"). */
async function titleOf(manager: EntityManager, pair: MentoringPairEntity): Promise<string> {
  const resident = await manager.findOneByOrFail(ResidentEntity, { id: pair.residentId });
  return `${resident.firstName} ${resident.lastName}`;
}

export const mentoringMeetingSubject: NoteSubject = {
  kind: 'mentoringMeeting',

  async meeting(manager, subjectId) {
    const { meeting, pair } = await loadMeeting(manager, subjectId);
    const names = await staffNames(manager, [pair.mentorStaffId]);
    return {
      subjectKind: 'mentoringMeeting',
      subjectId: meeting.id,
      title: await titleOf(manager, pair),
      // A mentoring meeting is logged with its date and length, not a time of day.
      startsAt: null,
      endsAt: null,
      localDate: meeting.heldOn,
      durationMinutes: meeting.durationMinutes,
      facilitators: [{ id: pair.mentorStaffId, name: names.get(pair.mentorStaffId) ?? '' }],
    };
  },

  async label(manager, subjectId) {
    const { meeting, pair } = await loadMeeting(manager, subjectId);
    return { title: await titleOf(manager, pair), localDate: meeting.heldOn };
  },

  async participants(manager, subjectId, content, live) {
    const written = writtenParticipants(content);
    if (!live) return written;
    const { pair } = await loadMeeting(manager, subjectId);
    return [{ residentId: pair.residentId, attendance: null }, ...written.filter((ref) => ref.residentId !== pair.residentId)];
  },

  async mayRead(manager, actor, subjectId) {
    const found = await findMeeting(manager, subjectId);
    return found !== null && maySeePair(actor, found.pair);
  },

  async earlierNotesWithOpenGoals(manager, subjectId) {
    const { meeting } = await loadMeeting(manager, subjectId);
    return notesWithOpenGoals(manager, 'mentoringMeeting', (query) =>
      query
        .innerJoin(MentoringMeetingEntity, 'm', 'm.id = n.subjectId')
        .andWhere('m.pairId = :pairId', { pairId: meeting.pairId })
        // Earlier by date, and on the same date by when it was logged.
        .andWhere('(m.heldOn < :heldOn OR (m.heldOn = :heldOn AND m.recordedAt < :recordedAt))', { heldOn: meeting.heldOn, recordedAt: meeting.recordedAt }),
    );
  },
};
