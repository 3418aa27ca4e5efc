import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { createStaffAbsenceInput, listStaffAbsencesInput, StaffAbsence } from '../../../../shared/contract/staff-absences';
import { appendAudit } from '../../audit/audit-log';
import { toInstant, type Clock } from '../../clock';
import type { Actor } from '../../context';
import { invalidField, notFound } from '../../errors';
import { newId } from '../../ids';
import { StaffMemberEntity } from '../../staff/staff-member.entity';
import { catalogueNotFound } from '../catalogue/catalogue-rules';
import { StaffAbsenceEntity } from './staff-absence.entity';

/**
 * A staff member's days away. An absence does not touch any occurrence: the screen first shows
 * `schedule.previewChange` with the sessions the person facilitates then, and the one conflict
 * check treats an absent facilitator as a clash.
 */
export class StaffAbsencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(input: z.output<typeof listStaffAbsencesInput>, manager: EntityManager = this.dataSource.manager): Promise<StaffAbsence[]> {
    const query = manager
      .getRepository(StaffAbsenceEntity)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.staff', 's')
      .orderBy('s.searchName')
      .addOrderBy('a.staffId')
      .addOrderBy('a.startsOn')
      .addOrderBy('a.id');
    if (input.staffId) query.andWhere('a.staffId = :staffId', { staffId: input.staffId });
    if (input.from) query.andWhere('a.endsOn >= :from', { from: input.from });
    return (await query.getMany()).map(toDto);
  }

  async create(input: z.output<typeof createStaffAbsenceInput>, actor: Actor): Promise<StaffAbsence> {
    return this.dataSource.transaction(async (manager) => {
      const staff = await manager.findOneBy(StaffMemberEntity, { id: input.staffId });
      if (!staff) throw notFound('staff');
      if (!staff.active) throw invalidField('staffId', 'problems.staffInactive');
      const now = toInstant(this.clock.now());
      const id = newId();
      await manager.insert(StaffAbsenceEntity, { id, ...input, recordedAt: now, recordedByStaffId: actor.staffId });
      await appendAudit(manager, now, { action: 'record.create', actor, entityType: 'staffAbsence', entityId: id, details: describe(input) });
      return this.get(manager, id);
    });
  }

  /** The audit row keeps what the absence was (not its note, which may say why someone is off sick). */
  async remove(id: string, actor: Actor): Promise<{ removed: true }> {
    return this.dataSource.transaction(async (manager) => {
      const absence = await manager.findOneBy(StaffAbsenceEntity, { id });
      if (!absence) throw catalogueNotFound('staffAbsence');
      await manager.delete(StaffAbsenceEntity, { id });
      await appendAudit(manager, toInstant(this.clock.now()), { action: 'record.delete', actor, entityType: 'staffAbsence', entityId: id, details: { ...describe(absence), recordedAt: absence.recordedAt } });
      return { removed: true as const };
    });
  }

  private async get(manager: EntityManager, id: string): Promise<StaffAbsence> {
    const row = await manager.findOne(StaffAbsenceEntity, { where: { id }, relations: { staff: true } });
    if (!row) throw catalogueNotFound('staffAbsence');
    return toDto(row);
  }
}

function describe(absence: { staffId: string; kind: string; startsOn: string; endsOn: string }) {
  return { staffId: absence.staffId, kind: absence.kind, startsOn: absence.startsOn, endsOn: absence.endsOn };
}

function toDto(row: StaffAbsenceEntity): StaffAbsence {
  return {
    id: row.id,
    staffId: row.staffId,
    staffName: row.staff ? `${row.staff.firstName} ${row.staff.lastName}` : '',
    kind: row.kind,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    note: row.note,
    recordedAt: row.recordedAt,
  };
}
