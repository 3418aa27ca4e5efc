import { In, type DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { RegisterName, ResidentGoal, ResidentNoteLines, ResidentNotesView, UnsignedNote } from '../../../shared/contract/notes';
import type { residentNoteLinesInput, setGoalStatusInput } from '../../../shared/contract/notes';
import { appendAudit } from '../audit/audit-log';
import { toInstant, type Clock } from '../clock';
import type { Actor, CallContext } from '../context';
import { assertVersion, updateWithVersion } from '../persistence/versioned-update';
import { DomainError } from '../errors';
import { RecordOpenings } from '../residents/record-openings';
import { ResidentEntity } from '../residents/resident.entity';
import { GroupNoteEntity } from './group-note.entity';
import { assertMayReadMeetingNote, mayReadMeetingNote, seesEveryNote } from './note-access';
import { NoteResidentEntity } from './note-resident.entity';
import { NoteRevisionEntity } from './note-revision.entity';
import { parseContent, toGoals } from './note-view';
import { ResidentGoalEntity } from './resident-goal.entity';
import type { SettingsService } from '../settings/settings-service';
import { staffNames } from './staff-names';
import { noteSubject } from './subjects';

type Parsed<S extends z.ZodType> = z.output<S>;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What the notes say about one resident, for their page: only their own lines (check-in, sharing,
 * goal) from the notes the person may read, never another participant's, and their goals. The
 * filtering is here in the core, not in the screen.
 */
export class ResidentNotesService {
  private readonly openings = new RecordOpenings();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  async residentLines(input: Parsed<typeof residentNoteLinesInput>, context: CallContext & { actor: Actor }): Promise<ResidentNotesView> {
    const { actor, channelId } = context;
    const opening = { accountId: actor.accountId, residentId: input.residentId, openingId: input.openingId };
    const audited = this.openings.wasAudited(channelId, opening);
    const view = await this.dataSource.transaction(async (manager) => {
      if (!(await manager.countBy(ResidentEntity, { id: input.residentId }))) throw new DomainError('not_found', 'problems.notFound.resident', 'The resident was not found.');
      const notes = await readableNotesAbout(manager, actor, input.residentId);
      const lines: ResidentNoteLines[] = [];
      for (const note of notes) {
        const revision = await manager.findOneByOrFail(NoteRevisionEntity, { id: note.signedRevisionId ?? note.headRevisionId });
        const line = parseContent(revision).participants.find((candidate) => candidate.residentId === input.residentId);
        // An empty line (a participant nobody wrote about yet) says nothing on their page.
        if (!line || (line.mood === null && [line.checkIn, line.sharing, line.goal].every((text) => text.trim() === ''))) continue;
        const meeting = await noteSubject(note.subjectKind).label(manager, note.subjectId);
        lines.push({ noteId: note.id, subjectKind: note.subjectKind, meetingTitle: meeting.title, localDate: meeting.localDate, signed: Boolean(note.signedAt), checkIn: line.checkIn, mood: line.mood, sharing: line.sharing, goal: line.goal });
      }
      lines.sort((a, b) => (a.localDate < b.localDate ? 1 : a.localDate > b.localDate ? -1 : 0));
      const noteIds = notes.map((note) => note.id);
      const goalRows = noteIds.length ? await manager.find(ResidentGoalEntity, { where: { residentId: input.residentId, noteId: In(noteIds) }, order: { setOn: 'DESC', createdAt: 'DESC' } }) : [];
      if (!audited) await appendAudit(manager, toInstant(this.clock.now()), { action: 'record.open', actor, entityType: 'residentNoteLines', entityId: input.residentId, residentId: input.residentId });
      return { lines, goals: await toGoals(manager, goalRows) };
    });
    this.openings.remember(channelId, opening);
    return view;
  }

  async setGoalStatus(input: Parsed<typeof setGoalStatusInput>, actor: Actor): Promise<ResidentGoal> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await manager.findOneBy(ResidentGoalEntity, { id: input.goalId });
      const note = goal ? await manager.findOneBy(GroupNoteEntity, { id: goal.noteId }) : null;
      if (!goal || !note) throw new DomainError('not_found', 'problems.notFound.goal', 'The goal was not found.');
      await assertMayReadMeetingNote(manager, actor, note);
      assertVersion(goal, input.expectedVersion);
      const now = toInstant(this.clock.now());
      const version = await updateWithVersion(manager, ResidentGoalEntity, goal.id, input.expectedVersion, { status: input.status, updatedAt: now });
      await appendAudit(manager, now, { action: 'record.update', actor, entityType: 'residentGoal', entityId: goal.id, residentId: goal.residentId, details: { status: [goal.status, input.status] } });
      const [updated] = await toGoals(manager, [{ ...goal, status: input.status, version, updatedAt: now }]);
      return updated;
    });
  }

  /** Everyone on the register, admitted or not: a line may name someone discharged last month too. */
  async registerNames(): Promise<RegisterName[]> {
    const rows = await this.dataSource.manager.find(ResidentEntity, { order: { searchName: 'ASC' } });
    return rows.map((row) => ({ residentId: row.id, firstName: row.firstName, lastName: row.lastName, preferredName: row.preferredName }));
  }

  /** Started more than the centre's `unsignedNoteOverdueDays` ago and still unsigned: a manager sees all, anyone else those they started. */
  async unsignedOverdue(actor: Actor): Promise<UnsignedNote[]> {
    const manager = this.dataSource.manager;
    const { unsignedNoteOverdueDays } = await this.settings.get(manager);
    const before = toInstant(new Date(this.clock.now().getTime() - unsignedNoteOverdueDays * DAY_MS));
    const query = manager.createQueryBuilder(GroupNoteEntity, 'n').where('n.signedAt IS NULL').andWhere('n.createdAt < :before', { before }).orderBy('n.createdAt', 'ASC');
    if (!actor.roles.includes('manager')) query.andWhere('n.startedByStaffId = :staffId', { staffId: actor.staffId });
    const notes = await query.getMany();
    const names = await staffNames(manager, notes.map((note) => note.startedByStaffId));
    const listed: UnsignedNote[] = [];
    for (const note of notes) {
      const meeting = await noteSubject(note.subjectKind).label(manager, note.subjectId);
      listed.push({ noteId: note.id, subjectKind: note.subjectKind, subjectId: note.subjectId, meetingTitle: meeting.title, localDate: meeting.localDate, startedByName: names.get(note.startedByStaffId) ?? '', lastSavedAt: note.lastSavedAt });
    }
    return listed;
  }
}

/** The notes with lines about a resident that this person may read (per meeting, as each kind of meeting says: note-access.ts). */
async function readableNotesAbout(manager: EntityManager, actor: Actor, residentId: string): Promise<GroupNoteEntity[]> {
  const notes = await manager.createQueryBuilder(GroupNoteEntity, 'n').innerJoin(NoteResidentEntity, 'r', 'r.noteId = n.id AND r.residentId = :residentId', { residentId }).getMany();
  if (seesEveryNote(actor)) return notes;
  const readable: GroupNoteEntity[] = [];
  for (const note of notes) if (await mayReadMeetingNote(manager, actor, note)) readable.push(note);
  return readable;
}
