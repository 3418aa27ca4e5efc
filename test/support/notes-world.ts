import type { NoteContent, ParticipantLines } from '../../shared/contract/notes';
import type { Role } from '../../shared/permissions';
import { createScheduleWorld, type ScheduleWorld } from './schedule-world';
import { newOpening, type TestCore } from './test-core';

/** A weekly group meeting led by a signed-in facilitator (channel "fac"), with Éloïse and Bruno. */
export interface NotesWorld extends ScheduleWorld {
  facilitatorStaffId: string;
  sessionId: string;
  /** The series' occurrences, in time order. */
  occurrenceIds: string[];
  lines(residentId: string, overrides?: Partial<ParticipantLines>): ParticipantLines;
  content(overrides?: Partial<NoteContent>): NoteContent;
  /** Signs in a new person with `roles` on `channel`; returns their staff id. */
  person(channel: string, roles: Role[]): Promise<string>;
}

export async function createNotesWorld(t: TestCore): Promise<NotesWorld> {
  const world = await createScheduleWorld(t);
  const facilitator = await t.signInAs('fac', ['facilitator'], 'Faye');
  const session = await t.must('admin', 'sessions.create', { draft: world.draft({ title: 'Thursday peer group', facilitatorIds: [facilitator.staffId], participantIds: [world.eloise, world.bruno] }) });
  const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-11-30', to: '2026-12-31' });
  const lines = (residentId: string, overrides: Partial<ParticipantLines> = {}): ParticipantLines => ({ residentId, checkIn: '', mood: null, sharing: '', goal: '', ...overrides });
  return {
    ...world,
    facilitatorStaffId: facilitator.staffId,
    sessionId: session.id,
    occurrenceIds: occurrences.filter((occurrence) => occurrence.sessionId === session.id).map((occurrence) => occurrence.id),
    lines,
    content: (overrides = {}) => ({
      facilitatorId: facilitator.staffId,
      coFacilitatorId: null,
      topic: 'Mornings',
      discussion: 'We talked about routines.',
      closing: '',
      participants: [lines(world.eloise, { checkIn: 'Slept well', mood: 4, sharing: 'Brushed Biscuit', goal: 'Walk before breakfast' }), lines(world.bruno, { checkIn: 'Tired', mood: 2, sharing: 'Missed his sister', goal: 'Call his sister' })],
      sections: [],
      ...overrides,
    }),
    person: async (channel, roles) => (await t.signInAs(channel, roles)).staffId,
  };
}

export const openNote = (t: TestCore, channel: string, occurrenceId: string, openingId = newOpening()) => t.call(channel, 'notes.open', { subjectKind: 'occurrence', subjectId: occurrenceId, openingId });
