import { z } from 'zod';
import { defineOperation } from './define';
import { expectedVersion, isoDate, list, optionalNote, recordId, text } from '../schemas/common';

// One-on-one mentoring (issue 15): a peer support specialist paired with a resident, the meetings
// they log, and a flag on pairs without a meeting for the centre's `mentoringGapDays`. A peer
// support specialist sees only their own pairs; managers and counsellors see all. A meeting's
// private note is returned only to the pair's mentor and to clinical staff (managers,
// counsellors): anyone else gets `privateNote: null` and `privateNoteHidden: true`.

export const MAX_MEETING_MINUTES = 480;

export const listPairsInput = z.strictObject({
  includeEnded: z.boolean().default(false),
  /** Only the pairs whose last meeting (or start) is `mentoringGapDays` or more days ago. */
  flaggedOnly: z.boolean().default(false),
});
export type ListPairsInput = z.input<typeof listPairsInput>;

export const createPairInput = z.strictObject({ mentorStaffId: recordId, residentId: recordId, startsOn: isoDate });
export type CreatePairInput = z.input<typeof createPairInput>;

export const endPairInput = z.strictObject({
  id: recordId,
  expectedVersion,
  endsOn: isoDate,
  reason: text({ min: 1, max: 500, multiline: true }),
});
export type EndPairInput = z.input<typeof endPairInput>;

export const logMeetingInput = z.strictObject({
  pairId: recordId,
  heldOn: isoDate,
  durationMinutes: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(5, { message: 'validation.meetingMinutesRange' }).max(MAX_MEETING_MINUTES, { message: 'validation.meetingMinutesRange' }),
  topics: list(text({ min: 1, max: 60 }), { max: 10, message: 'validation.topicsRange' }),
  privateNote: optionalNote(500),
});
export type LogMeetingInput = z.input<typeof logMeetingInput>;

export interface MentoringPairSummary {
  id: string;
  mentorStaffId: string;
  mentorName: string;
  residentId: string;
  residentName: string;
  startsOn: string;
  endsOn: string | null;
  endReason: string | null;
  lastMeetingOn: string | null;
  /** Whole days from the last meeting (or the start) to the centre's today. */
  daysWithoutMeeting: number;
  /** Open pair with `daysWithoutMeeting` at or above the centre's `mentoringGapDays`. */
  flagged: boolean;
  version: number;
}

export interface MentoringMeeting {
  id: string;
  heldOn: string;
  durationMinutes: number;
  topics: string[];
  privateNote: string | null;
  privateNoteHidden: boolean;
  recordedAt: string;
  recordedByName: string | null;
  /** Where the meeting's note stands (notes.open with subjectKind 'mentoringMeeting'): not started, a draft, or signed. */
  noteState: 'none' | 'draft' | 'signed';
}

export interface MentoringPairDetail extends MentoringPairSummary {
  gapDays: number;
  /** Newest first. */
  meetings: MentoringMeeting[];
  mayLogMeeting: boolean;
  mayEnd: boolean;
}

export const mentoringContract = {
  /** A peer support specialist gets their own pairs; managers and counsellors every pair. */
  'mentoring.listPairs': defineOperation<MentoringPairSummary[]>()({ input: listPairsInput, access: 'mentoring.read' }),
  /** Another specialist's pair is `not_found`. */
  'mentoring.getPair': defineOperation<MentoringPairDetail>()({ input: z.strictObject({ id: recordId }), access: 'mentoring.read' }),
  /** The mentor must be an active peer support specialist, the resident admitted on `startsOn`, and not already paired with them. */
  'mentoring.createPair': defineOperation<MentoringPairDetail>()({ input: createPairInput, access: 'mentoring.manage' }),
  'mentoring.endPair': defineOperation<MentoringPairDetail>()({ input: endPairInput, access: 'mentoring.manage' }),
  /** By the pair's mentor, or by clinical staff. */
  'mentoring.logMeeting': defineOperation<MentoringPairDetail>()({ input: logMeetingInput, access: 'mentoring.log' }),
};
