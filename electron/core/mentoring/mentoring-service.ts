import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { createPairInput, endPairInput, listPairsInput, logMeetingInput, MentoringPairDetail, MentoringPairSummary } from '../../../shared/contract/mentoring';
import { todayIn } from '../../../shared/dates';
import { appendAudit } from '../audit/audit-log';
import { toInstant, type Clock } from '../clock';
import type { Actor } from '../context';
import { assertVersion, updateWithVersion } from '../persistence/versioned-update';
import { conflict, invalidField, notFound } from '../errors';
import { newId } from '../ids';
import { ResidentEntity } from '../residents/resident.entity';
import type { SettingsService } from '../settings/settings-service';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { StaffRoleEntity } from '../staff/staff-role.entity';
import { assertMaySeePair, isClinical, pairNotFound } from './mentoring-access';
import { MentoringMeetingEntity } from './mentoring-meeting.entity';
import { MentoringPairEntity } from './mentoring-pair.entity';
import { pairDetail, pairSummaries } from './mentoring-views';

type Parsed<S extends z.ZodType> = z.output<S>;

/** One-on-one mentoring: pairs and their meetings; every write is one transaction with its audit row. */
export class MentoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  async listPairs(input: Parsed<typeof listPairsInput>, actor: Actor): Promise<MentoringPairSummary[]> {
    const manager = this.dataSource.manager;
    const pairs = await manager.find(MentoringPairEntity, {
      where: { ...(isClinical(actor) ? {} : { mentorStaffId: actor.staffId }), ...(input.includeEnded ? {} : { endsOn: IsNull() }) },
      order: { startsOn: 'DESC', id: 'ASC' },
    });
    const { today, gapDays } = await this.gap(manager);
    const summaries = await pairSummaries(manager, pairs, today, gapDays);
    const shown = input.flaggedOnly ? summaries.filter((pair) => pair.flagged) : summaries;
    return shown.sort((a, b) => Number(b.flagged) - Number(a.flagged) || a.residentName.localeCompare(b.residentName));
  }

  async getPair(input: { id: string }, actor: Actor): Promise<MentoringPairDetail> {
    const manager = this.dataSource.manager;
    const pair = await manager.findOneBy(MentoringPairEntity, { id: input.id });
    assertMaySeePair(actor, pair);
    return this.detail(manager, pair, actor);
  }

  async createPair(input: Parsed<typeof createPairInput>, actor: Actor): Promise<MentoringPairDetail> {
    return this.dataSource.transaction(async (manager) => this.detail(manager, await this.createPairIn(manager, input, actor), actor));
  }

  /** The pair written inside the caller's transaction (also the demo load's). */
  async createPairIn(manager: EntityManager, input: Parsed<typeof createPairInput>, actor: Actor | null): Promise<MentoringPairEntity> {
    const mentor = await manager.findOneBy(StaffMemberEntity, { id: input.mentorStaffId });
    if (!mentor?.active) throw notFound('staff');
    if ((await manager.countBy(StaffRoleEntity, { staffId: mentor.id, role: 'peer_support_specialist' })) === 0) throw invalidField('mentorStaffId', 'validation.mentorMustBePeerSupport');
    const resident = await manager.findOneBy(ResidentEntity, { id: input.residentId });
    if (!resident) throw notFound('resident');
    if (resident.status !== 'admitted' || resident.admissionDate > input.startsOn) throw invalidField('residentId', 'validation.notAdmittedOn');
    if ((await manager.countBy(MentoringPairEntity, { mentorStaffId: mentor.id, residentId: resident.id, endsOn: IsNull() })) > 0) {
      throw conflict('problems.mentoring.alreadyPaired', 'This peer support specialist already mentors this resident.');
    }
    const now = this.now();
    const pair = manager.create(MentoringPairEntity, { id: newId(), ...input, endsOn: null, endReason: null, createdAt: now, updatedAt: now, version: 1 });
    await manager.insert(MentoringPairEntity, pair);
    await appendAudit(manager, now, { action: 'record.create', actor, entityType: 'mentoringPair', entityId: pair.id, residentId: resident.id, details: { ...input } });
    return pair;
  }

  async endPair(input: Parsed<typeof endPairInput>, actor: Actor): Promise<MentoringPairDetail> {
    return this.dataSource.transaction(async (manager) => {
      const pair = await manager.findOneBy(MentoringPairEntity, { id: input.id });
      assertMaySeePair(actor, pair);
      assertVersion(pair, input.expectedVersion);
      if (pair.endsOn !== null) throw conflict('problems.mentoring.alreadyEnded', 'This mentoring pair has already ended.');
      if (input.endsOn < pair.startsOn) throw invalidField('endsOn', 'validation.endBeforeStart');
      await this.endIn(manager, pair, input.endsOn, input.reason, actor);
      return this.detail(manager, pair, actor);
    });
  }

  async logMeeting(input: Parsed<typeof logMeetingInput>, actor: Actor): Promise<MentoringPairDetail> {
    return this.dataSource.transaction(async (manager) => this.detail(manager, await this.logMeetingIn(manager, input, actor), actor));
  }

  /** The meeting written inside the caller's transaction (also the demo load's); returns its pair. */
  async logMeetingIn(manager: EntityManager, input: Parsed<typeof logMeetingInput>, actor: Actor | null): Promise<MentoringPairEntity> {
    const pair = await manager.findOneBy(MentoringPairEntity, { id: input.pairId });
    if (actor) assertMaySeePair(actor, pair);
    else if (!pair) throw pairNotFound();
    if (pair.endsOn !== null && input.heldOn >= pair.endsOn) throw conflict('problems.mentoring.alreadyEnded', 'This mentoring pair has already ended.');
    if (input.heldOn < pair.startsOn) throw invalidField('heldOn', 'validation.meetingBeforePair');
    if (input.heldOn > (await this.gap(manager)).today) throw invalidField('heldOn', 'validation.dateInFuture');
    const now = this.now();
    const id = newId();
    await manager.insert(MentoringMeetingEntity, { id, pairId: pair.id, heldOn: input.heldOn, durationMinutes: input.durationMinutes, topics: input.topics, privateNote: input.privateNote, recordedAt: now, recordedByStaffId: actor?.staffId ?? null });
    // The private note stays out of the audit row: the trail is read by people the note is not for.
    await appendAudit(manager, now, {
      action: 'record.create',
      actor,
      entityType: 'mentoringMeeting',
      entityId: id,
      residentId: pair.residentId,
      details: { pairId: pair.id, heldOn: input.heldOn, durationMinutes: input.durationMinutes, topics: input.topics, hasPrivateNote: input.privateNote !== null },
    });
    return pair;
  }

  /** Run inside a discharge's own transaction: the resident's open pairs end on the discharge date. */
  async endForDischargeIn(manager: EntityManager, residentId: string, dischargeDate: string, actor: Actor | null): Promise<void> {
    for (const pair of await manager.findBy(MentoringPairEntity, { residentId, endsOn: IsNull() })) {
      await this.endIn(manager, pair, pair.startsOn > dischargeDate ? pair.startsOn : dischargeDate, 'Resident discharged', actor);
    }
  }

  private async endIn(manager: EntityManager, pair: MentoringPairEntity, endsOn: string, reason: string, actor: Actor | null): Promise<void> {
    const now = this.now();
    await updateWithVersion(manager, MentoringPairEntity, pair.id, pair.version, { endsOn, endReason: reason, updatedAt: now });
    await appendAudit(manager, now, { action: 'record.update', actor, entityType: 'mentoringPair', entityId: pair.id, residentId: pair.residentId, details: { changes: { endsOn: [null, endsOn] }, reason } });
  }

  private async detail(manager: EntityManager, pair: MentoringPairEntity, actor: Actor): Promise<MentoringPairDetail> {
    const fresh = await manager.findOneBy(MentoringPairEntity, { id: pair.id });
    if (!fresh) throw pairNotFound();
    const { today, gapDays } = await this.gap(manager);
    return pairDetail(manager, fresh, today, gapDays, actor);
  }

  private async gap(manager: EntityManager): Promise<{ today: string; gapDays: number }> {
    const settings = await this.settings.get(manager);
    return { today: todayIn(settings.timeZone, this.clock.now()), gapDays: settings.mentoringGapDays };
  }

  private now(): string {
    return toInstant(this.clock.now());
  }
}
