import { In, type DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { GroupNote, NoteConflict, NoteContent, NoteRevision, NoteSubjectRef } from '../../../shared/contract/notes';
import type { addAddendumInput, coSignNoteInput, openNoteInput, saveNoteInput, signNoteInput } from '../../../shared/contract/notes';
import { appendAudit } from '../audit/audit-log';
import type { AuthService } from '../auth/auth-service';
import { toInstant, type Clock } from '../clock';
import type { Actor, CallContext } from '../context';
import { DomainError, invalidField } from '../errors';
import { newId } from '../ids';
import { RecordOpenings } from '../residents/record-openings';
import { ResidentEntity } from '../residents/resident.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { hashAddendum, hashNoteContent } from './canonical-content';
import { GroupNoteEntity } from './group-note.entity';
import { assertMayReadMeetingNote, noteNotFound } from './note-access';
import { NoteAddendumEntity } from './note-addendum.entity';
import { NoteResidentEntity } from './note-resident.entity';
import { NoteRevisionEntity } from './note-revision.entity';
import { loadGroupNote, parseContent, toRevision } from './note-view';
import { ResidentGoalEntity } from './resident-goal.entity';
import { noteSubject } from './subjects';

type Parsed<S extends z.ZodType> = z.output<S>;

// Audit rows say what happened to which note, never what it says: no note text in any details.
const NOTE = 'groupNote';

const signedNoteRefusal = () => new DomainError('conflict', 'problems.noteSigned', 'This note is signed and can no longer be changed; add an addendum instead.');
/** The meeting a note input names (the inputs carry more than that). */
const subjectOf = ({ subjectKind, subjectId }: NoteSubjectRef): NoteSubjectRef => ({ subjectKind, subjectId });

const notSignedYet = () => new DomainError('conflict', 'problems.noteNotSigned', 'Sign the note first.');

/**
 * A meeting's note: autosaves append revisions (one short transaction, no audit row), a save on a
 * stale base is refused with both versions, signing and addenda need the person's password. Every
 * operation checks per record that the person may read this meeting's note.
 */
export class NotesService {
  private readonly openings = new RecordOpenings();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly auth: AuthService,
  ) {}

  private now(): string {
    return toInstant(this.clock.now());
  }

  /** Audited once per opening (record-openings.ts), whether or not the note has been started. */
  async open(input: Parsed<typeof openNoteInput>, context: CallContext & { actor: Actor }): Promise<GroupNote> {
    const { actor, channelId } = context;
    const subject = subjectOf(input);
    const opening = { accountId: actor.accountId, residentId: subject.subjectId, openingId: input.openingId };
    const audited = this.openings.wasAudited(channelId, opening);
    const note = await this.dataSource.transaction(async (manager) => {
      await assertMayReadMeetingNote(manager, actor, subject);
      const found = await loadGroupNote(manager, subject);
      if (!audited) await appendAudit(manager, this.now(), { action: 'record.open', actor, entityType: NOTE, entityId: subject.subjectId, details: { subjectKind: subject.subjectKind, noteId: found.noteId } });
      return found;
    });
    this.openings.remember(channelId, opening);
    return note;
  }

  async save(input: Parsed<typeof saveNoteInput>, actor: Actor): Promise<NoteRevision> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<NoteRevision | DomainError> => {
      const subject = subjectOf(input);
      await assertMayReadMeetingNote(manager, actor, subject);
      await assertKnownPeople(manager, input.content);
      const now = this.now();
      const note = await manager.findOneBy(GroupNoteEntity, subject);
      if (note?.signedAt) return signedNoteRefusal();
      const currentHead = note?.headRevisionId ?? null;
      if (currentHead !== input.baseRevisionId) return this.refuseStale(manager, actor, input, note, now);
      const revision = manager.create(NoteRevisionEntity, { id: newId(), noteId: note?.id ?? newId(), baseRevisionId: input.baseRevisionId, authorStaffId: actor.staffId, savedAt: now, content: JSON.stringify(input.content) });
      if (!note) {
        await manager.insert(GroupNoteEntity, { id: revision.noteId, ...subject, startedByStaffId: actor.staffId, createdAt: now, headRevisionId: revision.id, lastSavedAt: now, signedRevisionId: null, signedByStaffId: null, signedAt: null, contentHash: null, cosignedByStaffId: null, cosignedAt: null, version: 1 });
        await manager.insert(NoteRevisionEntity, revision);
      } else {
        await manager.insert(NoteRevisionEntity, revision);
        // Guarded like any versioned edit: the head moves only from the base the save was made on.
        const moved = await manager
          .createQueryBuilder()
          .update(GroupNoteEntity)
          .set({ headRevisionId: revision.id, lastSavedAt: now, version: () => '"version" + 1' })
          .where('"id" = :id AND "head_revision_id" = :base AND "signed_at" IS NULL', { id: note.id, base: input.baseRevisionId })
          .execute();
        if (moved.affected !== 1) throw new Error('The note changed during its own save.');
      }
      await rememberResidents(manager, revision.noteId, input.content);
      return toRevision(manager, revision);
    });
    if (outcome instanceof DomainError) throw outcome;
    return outcome;
  }

  /** A conflict is audited (which revisions, never their text) and answered with both versions. */
  private async refuseStale(manager: EntityManager, actor: Actor, input: Parsed<typeof saveNoteInput>, note: GroupNoteEntity | null, now: string): Promise<DomainError> {
    if (!note) throw noteNotFound(); // a base revision on a note that was never saved
    const current = await toRevision(manager, await manager.findOneByOrFail(NoteRevisionEntity, { id: note.headRevisionId }));
    await appendAudit(manager, now, { action: 'record.update', actor, entityType: NOTE, entityId: note.subjectId, details: { subjectKind: note.subjectKind, refused: 'staleRevision', noteId: note.id, baseRevisionId: input.baseRevisionId, currentRevisionId: current.id } });
    const details: NoteConflict = { yours: input.content, current };
    return new DomainError('conflict', 'problems.noteConflict', 'This note was saved from another window or by someone else since you opened it. Nothing was merged: take what you need from both versions.', { details });
  }

  async sign(input: Parsed<typeof signNoteInput>, actor: Actor): Promise<GroupNote> {
    return this.withPassword(
      actor,
      input.password,
      'signNote',
      async (manager) => {
        const note = await this.loadNote(manager, actor, input.noteId);
        if (note.signedAt) return signedNoteRefusal();
        if (note.headRevisionId !== input.revisionId) return new DomainError('conflict', 'problems.noteChangedBeforeSigning', 'The note was saved again since you looked at it: read it once more, then sign.');
        return note;
      },
      async (manager, now, note) => {
        const revision = await manager.findOneByOrFail(NoteRevisionEntity, { id: note.headRevisionId });
        const content = parseContent(revision);
        const hash = hashNoteContent(content);
        await manager.update(GroupNoteEntity, { id: note.id }, { signedRevisionId: revision.id, signedByStaffId: actor.staffId, signedAt: now, contentHash: hash, version: () => '"version" + 1' });
        await this.recordGoals(manager, note, content, now);
        await appendAudit(manager, now, { action: 'record.update', actor, entityType: NOTE, entityId: note.subjectId, details: { subjectKind: note.subjectKind, signed: true, noteId: note.id, revisionId: revision.id, hash } });
        return loadGroupNote(manager, note);
      },
    );
  }

  async addAddendum(input: Parsed<typeof addAddendumInput>, actor: Actor): Promise<GroupNote> {
    return this.withPassword(
      actor,
      input.password,
      'signAddendum',
      async (manager) => {
        const note = await this.loadNote(manager, actor, input.noteId);
        return note.signedAt ? note : notSignedYet();
      },
      async (manager, now, note) => {
        const addendum = { id: newId(), noteId: note.id, authorStaffId: actor.staffId, writtenAt: now, text: input.text };
        const hash = hashAddendum({ noteId: addendum.noteId, text: addendum.text, authorStaffId: addendum.authorStaffId, writtenAt: addendum.writtenAt });
        await manager.insert(NoteAddendumEntity, { ...addendum, contentHash: hash });
        await appendAudit(manager, now, { action: 'record.create', actor, entityType: 'groupNoteAddendum', entityId: addendum.id, details: { noteId: note.id, subjectKind: note.subjectKind, subjectId: note.subjectId, hash } });
        return loadGroupNote(manager, note);
      },
    );
  }

  async coSign(input: Parsed<typeof coSignNoteInput>, actor: Actor): Promise<GroupNote> {
    return this.withPassword(
      actor,
      input.password,
      'coSignNote',
      async (manager) => {
        const note = await this.loadNote(manager, actor, input.noteId);
        if (!note.signedAt) return notSignedYet();
        if (note.cosignedAt) return new DomainError('conflict', 'problems.noteAlreadyCoSigned', 'This note is already co-signed.');
        if (note.signedByStaffId === actor.staffId) return new DomainError('conflict', 'problems.noteCoSignSelf', 'A second signature is someone else’s: you signed this note.');
        return note;
      },
      async (manager, now, note) => {
        await manager.update(GroupNoteEntity, { id: note.id }, { cosignedByStaffId: actor.staffId, cosignedAt: now, version: () => '"version" + 1' });
        await appendAudit(manager, now, { action: 'record.update', actor, entityType: NOTE, entityId: note.subjectId, details: { subjectKind: note.subjectKind, coSigned: true, noteId: note.id } });
        return loadGroupNote(manager, note);
      },
    );
  }

  private async loadNote(manager: EntityManager, actor: Actor, noteId: string): Promise<GroupNoteEntity> {
    const note = await manager.findOneBy(GroupNoteEntity, { id: noteId });
    if (!note) throw noteNotFound();
    await assertMayReadMeetingNote(manager, actor, note);
    return note;
  }

  /**
   * One transaction: what the change needs is checked first (a refusal then writes nothing), then
   * the password (its failure is recorded and committed, like a failed unlock), then the change.
   * A refusal is returned from the transaction, thrown after it.
   */
  private async withPassword<P, T>(actor: Actor, password: string, purpose: string, prepare: (manager: EntityManager) => Promise<P | DomainError>, apply: (manager: EntityManager, now: string, prepared: P) => Promise<T>): Promise<T> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<T | DomainError> => {
      const prepared = await prepare(manager);
      if (prepared instanceof DomainError) return prepared;
      const refused = await this.auth.confirmPassword(manager, actor, password, purpose);
      if (refused) return new DomainError('validation', refused.messageKey, refused.message, { fieldErrors: refused.fieldErrors ?? { password: ['auth.wrongPassword'] }, details: refused.details, messageParams: refused.messageParams });
      return apply(manager, this.now(), prepared);
    });
    if (outcome instanceof DomainError) throw outcome;
    return outcome;
  }

  /** The closing round's goals become the residents' goals once the note is signed (what was said is then final). */
  private async recordGoals(manager: EntityManager, note: GroupNoteEntity, content: NoteContent, now: string): Promise<void> {
    const { localDate } = await noteSubject(note.subjectKind).label(manager, note.subjectId);
    for (const line of content.participants) {
      const goal = line.goal.trim();
      if (goal === '') continue;
      await manager.insert(ResidentGoalEntity, { id: newId(), residentId: line.residentId, noteId: note.id, text: goal, status: 'open', setOn: localDate, createdAt: now, updatedAt: now, version: 1 });
    }
  }
}

/** Lines and facilitators name real people: a made-up id would be a line nobody can ever find. */
async function assertKnownPeople(manager: EntityManager, content: NoteContent): Promise<void> {
  const residentIds = content.participants.map((line) => line.residentId);
  if (residentIds.length > 0 && (await manager.countBy(ResidentEntity, { id: In(residentIds) })) !== residentIds.length) throw invalidField('participants', 'validation.id');
  for (const field of ['facilitatorId', 'coFacilitatorId'] as const) {
    const staffId = content[field];
    if (staffId && (await manager.countBy(StaffMemberEntity, { id: staffId })) === 0) throw invalidField(field, 'validation.id');
  }
}

async function rememberResidents(manager: EntityManager, noteId: string, content: NoteContent): Promise<void> {
  const known = new Set((await manager.findBy(NoteResidentEntity, { noteId })).map((row) => row.residentId));
  const added = content.participants.filter((line) => !known.has(line.residentId)).map((line) => ({ noteId, residentId: line.residentId }));
  if (added.length) await manager.insert(NoteResidentEntity, added);
}

