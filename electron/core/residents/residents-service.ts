import type { DataSource, EntityManager } from 'typeorm';
import type {
  ResidentDetail,
  ResidentSortKey,
  ResidentSummary,
} from '../../../shared/contract/residents';
import {
  admitResidentInput,
  breakGlassResidentInput,
  dischargeResidentInput,
  findDuplicateResidentsInput,
  getResidentInput,
  listResidentsInput,
  readmitResidentInput,
  updateResidentInput,
} from '../../../shared/contract/residents';
import type { z } from 'zod';
import type { Page } from '../../../shared/contract/paging';
import { todayIn } from '../../../shared/dates';
import { appendAudit, diffFields } from '../audit/audit-log';
import { toInstant, type Clock } from '../clock';
import type { Actor, CallContext } from '../context';
import { assertVersion, updateWithVersion } from '../persistence/versioned-update';
import { conflict, invalidField, notFound } from '../errors';
import { newId } from '../ids';
import type { SettingsService } from '../settings/settings-service';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { foldForSearch, searchNameOf, whereAllWordsIn } from '../text/search-name';
import { RecordOpenings } from './record-openings';
import { EDITABLE_RESIDENT_FIELDS, toResidentDetail, toResidentSummary, toStatusEvent } from './resident-mappers';
import { ResidentStatusEventEntity } from './resident-status-event.entity';
import { ResidentEntity } from './resident.entity';

type Parsed<S extends z.ZodType> = z.output<S>;

/**
 * What other domains do when a resident is discharged (end group memberships, mentoring pairs),
 * run inside the discharge's own transaction with its manager: all of it commits or none does.
 * Given by core.ts, so the register never imports the domains that build on it.
 */
export type DischargeHook = (manager: EntityManager, discharge: { residentId: string; dischargeDate: string }, actor: Actor | null) => Promise<void>;

const SORT_COLUMNS: Record<ResidentSortKey, string[]> = {
  name: ['r.searchName'],
  admissionDate: ['r.admissionDate', 'r.searchName'],
  dateOfBirth: ['r.dateOfBirth', 'r.searchName'],
  status: ['r.status', 'r.searchName'],
};

/**
 * The resident register: every write is one transaction with its history row and audit row. Each
 * public operation opens that transaction once; the `…In(manager, …)` pieces run inside a caller's
 * transaction (demo data loads sixty admissions as one unit of work).
 */
export class ResidentsService {
  private readonly openings = new RecordOpenings();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
    private readonly onDischarge: readonly DischargeHook[] = [],
  ) {}

  async list(input: Parsed<typeof listResidentsInput>): Promise<Page<ResidentSummary>> {
    const query = this.dataSource.getRepository(ResidentEntity).createQueryBuilder('r');
    whereAllWordsIn(query, 'r.searchName', input.search);
    if (input.status !== 'all') query.andWhere('r.status = :status', { status: input.status });
    if (input.program !== 'all') query.andWhere('r.program = :program', { program: input.program });
    const direction = input.direction === 'desc' ? 'DESC' : 'ASC';
    SORT_COLUMNS[input.sort].forEach((column, index) =>
      index === 0 ? query.orderBy(column, direction) : query.addOrderBy(column, direction),
    );
    query.addOrderBy('r.id', 'ASC');
    // The count and the page in one read transaction: a write between them cannot make "of N" disagree with the rows.
    const [rows, total] = await query.offset(input.offset).limit(input.limit).getManyAndCount();
    return { rows: rows.map(toResidentSummary), total };
  }

  /**
   * Opening a record is itself recorded: the register says who is in an addiction program. One
   * opening by a person is one audit row, however often the screen asks for the record again
   * (record-openings.ts); the record itself is read every time.
   */
  async get(input: Parsed<typeof getResidentInput>, context: CallContext): Promise<ResidentDetail> {
    const { actor, channelId } = context;
    const opening = { accountId: actor?.accountId ?? null, residentId: input.id, openingId: input.openingId };
    if (this.openings.wasAudited(channelId, opening)) return this.loadDetail(this.dataSource.manager, input.id);
    const detail = await this.dataSource.transaction(async (manager) => {
      const found = await this.loadDetail(manager, input.id);
      await appendAudit(manager, this.now(), { action: 'record.open', actor, entityType: 'resident', entityId: input.id, residentId: input.id });
      return found;
    });
    this.openings.remember(channelId, opening);
    return detail;
  }

  async findDuplicates(input: Parsed<typeof findDuplicateResidentsInput>, manager: EntityManager = this.dataSource.manager): Promise<ResidentSummary[]> {
    const candidates = await manager.findBy(ResidentEntity, { dateOfBirth: input.dateOfBirth });
    const first = foldForSearch(input.firstName);
    const last = foldForSearch(input.lastName);
    return candidates
      .filter((r) => foldForSearch(r.firstName) === first && foldForSearch(r.lastName) === last)
      .map(toResidentSummary);
  }

  async admit(input: Parsed<typeof admitResidentInput>, actor: Actor | null): Promise<ResidentDetail> {
    return this.dataSource.transaction((manager) => this.admitIn(manager, input, actor));
  }

  async admitIn(manager: EntityManager, input: Parsed<typeof admitResidentInput>, actor: Actor | null): Promise<ResidentDetail> {
    const { confirmNotDuplicate, admissionDate, ...details } = input;
    await this.assertNotAfterToday(manager, 'dateOfBirth', details.dateOfBirth);
    await this.assertNotAfterToday(manager, 'admissionDate', admissionDate);
    const duplicates = await this.findDuplicates(details, manager);
    if (duplicates.length > 0 && !confirmNotDuplicate) {
      throw conflict('problems.possibleDuplicate', 'A resident with the same name and date of birth already exists.', { duplicates });
    }
    const now = this.now();
    const resident = manager.create(ResidentEntity, {
      id: newId(),
      ...details,
      status: 'admitted',
      admissionDate,
      dischargeDate: null,
      dischargeReason: null,
      searchName: searchNameOf(details.lastName, details.firstName, details.preferredName),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await manager.insert(ResidentEntity, resident);
    await this.appendStatusEvent(manager, resident, { kind: 'admitted', effectiveDate: admissionDate, program: details.program, dischargeReason: null, note: null }, actor);
    await appendAudit(manager, now, {
      action: 'record.create',
      actor,
      entityType: 'resident',
      entityId: resident.id,
      residentId: resident.id,
      details: { admissionDate, program: details.program, possibleDuplicateConfirmed: duplicates.length > 0 },
    });
    return this.loadDetail(manager, resident.id);
  }

  async update(input: Parsed<typeof updateResidentInput>, actor: Actor | null): Promise<ResidentDetail> {
    const { id, expectedVersion, ...details } = input;
    return this.dataSource.transaction(async (manager) => {
      const resident = await this.findResident(manager, id);
      assertVersion(resident, expectedVersion);
      await this.assertNotAfterToday(manager, 'dateOfBirth', details.dateOfBirth);
      if (details.dateOfBirth > (await this.firstAdmissionDate(manager, id))) throw invalidField('dateOfBirth', 'validation.birthAfterAdmission');
      const before = { ...resident };
      Object.assign(resident, details, {
        searchName: searchNameOf(details.lastName, details.firstName, details.preferredName),
        updatedAt: this.now(),
      });
      const changes = diffFields(before, resident, EDITABLE_RESIDENT_FIELDS);
      if (Object.keys(changes).length === 0) return this.loadDetail(manager, id);
      resident.version = await updateWithVersion(manager, ResidentEntity, id, expectedVersion, { ...details, searchName: resident.searchName, updatedAt: resident.updatedAt });
      // A move between residential and outpatient is part of the stay's story, not just a field.
      if (before.program !== resident.program) {
        await this.appendStatusEvent(manager, resident, { kind: 'programChanged', effectiveDate: todayIn(await this.timeZone(manager), this.clock.now()), program: resident.program, dischargeReason: null, note: null }, actor);
      }
      await appendAudit(manager, resident.updatedAt, { action: 'record.update', actor, entityType: 'resident', entityId: id, residentId: id, details: { changes } });
      return this.loadDetail(manager, id);
    });
  }

  async discharge(input: Parsed<typeof dischargeResidentInput>, actor: Actor | null): Promise<ResidentDetail> {
    return this.dataSource.transaction((manager) => this.dischargeIn(manager, input, actor));
  }

  async dischargeIn(manager: EntityManager, input: Parsed<typeof dischargeResidentInput>, actor: Actor | null): Promise<ResidentDetail> {
    const resident = await this.findResident(manager, input.id);
    assertVersion(resident, input.expectedVersion);
    await this.assertNotAfterToday(manager, 'dischargeDate', input.dischargeDate);
    if (resident.status !== 'admitted') throw conflict('problems.alreadyDischarged', 'This resident is already discharged.');
    if (input.dischargeDate < resident.admissionDate) throw invalidField('dischargeDate', 'validation.dischargeBeforeAdmission');
    await this.changeStatus(manager, resident, input.expectedVersion, actor, {
      status: 'discharged',
      dischargeDate: input.dischargeDate,
      dischargeReason: input.reason,
      event: { kind: 'discharged', effectiveDate: input.dischargeDate, program: resident.program, dischargeReason: input.reason, note: input.note },
    });
    for (const hook of this.onDischarge) await hook(manager, { residentId: input.id, dischargeDate: input.dischargeDate }, actor);
    return this.loadDetail(manager, input.id);
  }

  async readmit(input: Parsed<typeof readmitResidentInput>, actor: Actor | null): Promise<ResidentDetail> {
    return this.dataSource.transaction((manager) => this.readmitIn(manager, input, actor));
  }

  async readmitIn(manager: EntityManager, input: Parsed<typeof readmitResidentInput>, actor: Actor | null): Promise<ResidentDetail> {
    const resident = await this.findResident(manager, input.id);
    assertVersion(resident, input.expectedVersion);
    await this.assertNotAfterToday(manager, 'admissionDate', input.admissionDate);
    if (resident.status !== 'discharged') throw conflict('problems.currentlyAdmitted', 'This resident is currently admitted.');
    if (resident.dischargeDate && input.admissionDate < resident.dischargeDate) {
      throw invalidField('admissionDate', 'validation.readmitBeforeDischarge');
    }
    await this.changeStatus(manager, resident, input.expectedVersion, actor, {
      status: 'admitted',
      admissionDate: input.admissionDate,
      program: input.program,
      dischargeDate: null,
      dischargeReason: null,
      event: { kind: 'readmitted', effectiveDate: input.admissionDate, program: input.program, dischargeReason: null, note: input.note },
    });
    return this.loadDetail(manager, input.id);
  }

  /** Emergency access: every record returned is logged with the reason, for manager review. */
  async openWithBreakGlass(input: Parsed<typeof breakGlassResidentInput>, actor: Actor | null): Promise<ResidentDetail[]> {
    return this.dataSource.transaction(async (manager) => {
      const query = manager.getRepository(ResidentEntity).createQueryBuilder('r').where('r.dateOfBirth = :dateOfBirth', { dateOfBirth: input.dateOfBirth });
      const matches = await whereAllWordsIn(query, 'r.searchName', input.name).orderBy('r.searchName').getMany();
      const now = this.now();
      if (matches.length === 0) {
        await appendAudit(manager, now, { action: 'record.breakGlass', actor, entityType: 'resident', details: { reason: input.reason, matches: 0 } });
      }
      const details: ResidentDetail[] = [];
      for (const match of matches) {
        await appendAudit(manager, now, { action: 'record.breakGlass', actor, entityType: 'resident', entityId: match.id, residentId: match.id, details: { reason: input.reason } });
        details.push(await this.loadDetail(manager, match.id));
      }
      return details;
    });
  }

  private async changeStatus(
    manager: EntityManager,
    resident: ResidentEntity,
    expectedVersion: number,
    actor: Actor | null,
    change: Partial<ResidentEntity> & { event: Omit<ResidentStatusEventEntity, 'id' | 'residentId' | 'recordedAt' | 'recordedByStaffId'> },
  ): Promise<void> {
    const { event, ...fields } = change;
    const before = { ...resident };
    Object.assign(resident, fields, { updatedAt: this.now() });
    resident.version = await updateWithVersion(manager, ResidentEntity, resident.id, expectedVersion, { ...fields, updatedAt: resident.updatedAt });
    await this.appendStatusEvent(manager, resident, event, actor);
    await appendAudit(manager, resident.updatedAt, {
      action: 'record.update',
      actor,
      entityType: 'resident',
      entityId: resident.id,
      residentId: resident.id,
      details: { event: event.kind, changes: diffFields(before, resident, ['status', 'program', 'admissionDate', 'dischargeDate', 'dischargeReason']) },
    });
  }

  private async appendStatusEvent(
    manager: EntityManager,
    resident: ResidentEntity,
    event: Pick<ResidentStatusEventEntity, 'kind' | 'effectiveDate' | 'program' | 'dischargeReason' | 'note'>,
    actor: Actor | null,
  ): Promise<void> {
    await manager.insert(ResidentStatusEventEntity, {
      id: newId(),
      residentId: resident.id,
      ...event,
      recordedAt: this.now(),
      recordedByStaffId: actor?.staffId ?? null,
    });
  }

  private async loadDetail(manager: EntityManager, id: string): Promise<ResidentDetail> {
    const resident = await this.findResident(manager, id);
    const events = await manager
      .getRepository(ResidentStatusEventEntity)
      .createQueryBuilder('e')
      .leftJoinAndMapOne('e.recordedBy', StaffMemberEntity, 's', 's.id = e.recordedByStaffId')
      .where('e.residentId = :id', { id })
      .orderBy('e.recordedAt', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
    const history = events.map((e) => toStatusEvent(e, e.recordedBy ? `${e.recordedBy.firstName} ${e.recordedBy.lastName}` : null));
    return toResidentDetail(resident, history);
  }

  private async findResident(manager: EntityManager, id: string): Promise<ResidentEntity> {
    const resident = await manager.findOneBy(ResidentEntity, { id });
    if (!resident) throw notFound('resident');
    return resident;
  }

  /** Births, admissions and discharges are recorded when they have happened: "today" is the centre's calendar day, not the machine's. */
  private async assertNotAfterToday(manager: EntityManager, field: string, date: string): Promise<void> {
    if (date > todayIn(await this.timeZone(manager), this.clock.now())) throw invalidField(field, 'validation.dateInFuture');
  }

  private async timeZone(manager: EntityManager): Promise<string> {
    return (await this.settings.get(manager)).timeZone;
  }

  /** The first admission of all stays: a birth date must precede it, not only the latest readmission. */
  private async firstAdmissionDate(manager: EntityManager, residentId: string): Promise<string> {
    const first = await manager.findOne(ResidentStatusEventEntity, { where: { residentId, kind: 'admitted' }, order: { effectiveDate: 'ASC' } });
    return first?.effectiveDate ?? '9999-12-31';
  }

  private now(): string {
    return toInstant(this.clock.now());
  }
}
