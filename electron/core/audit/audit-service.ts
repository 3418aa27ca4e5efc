import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { AuditAction, AuditEvent, AuditVerification, listAuditInput, verifyAuditInput } from '../../../shared/contract/audit';
import { hasPermission } from '../../../shared/permissions';
import type { Actor } from '../context';
import type { SettingsService } from '../settings/settings-service';
import { AuditEventEntity } from './audit-event.entity';
import { verifyAuditChain } from './verify-chain';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Reading the trail. Writing happens only through appendAudit, inside each service's transaction. */
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
  ) {}

  async list(input: z.output<typeof listAuditInput>, reader: Actor): Promise<AuditEvent[]> {
    const { timeZone } = await this.settings.get();
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (input.actorStaffId) query.andWhere('e.actorStaffId = :actor', { actor: input.actorStaffId });
    if (input.residentId) query.andWhere('e.residentId = :resident', { resident: input.residentId });
    if (input.action) query.andWhere('e.action = :action', { action: input.action });
    // Date filters are the centre's calendar days; rows hold UTC instants.
    if (input.from) query.andWhere('e.occurredAt >= :from', { from: startOfDayUtc(input.from, timeZone) });
    if (input.to) query.andWhere('e.occurredAt < :to', { to: startOfDayUtc(dayjs(input.to).add(1, 'day').format('YYYY-MM-DD'), timeZone) });
    const rows = await query.orderBy('e.seq', 'DESC').take(input.limit).getMany();
    return rows.map((row) => toAuditEvent(row, reader));
  }

  async breakGlassReview(reader: Actor): Promise<AuditEvent[]> {
    const action: AuditAction = 'record.breakGlass';
    const rows = await this.dataSource.getRepository(AuditEventEntity).find({ where: { action }, order: { seq: 'DESC' }, take: 500 });
    return rows.map((row) => toAuditEvent(row, reader));
  }

  verify(input: z.output<typeof verifyAuditInput> = { noted: null }): Promise<AuditVerification> {
    return verifyAuditChain(this.dataSource, input.noted);
  }
}

function startOfDayUtc(date: string, timeZone: string): string {
  return dayjs.tz(`${date}T00:00:00`, timeZone).toISOString();
}

/**
 * Rows about a resident carry that resident's details (old and new values, a break-glass reason).
 * Someone whose roles do not cover the register (an administrator auditing sign-ins) sees that the
 * row exists, who acted and when, but not the details.
 */
function toAuditEvent(row: AuditEventEntity, reader: Actor): AuditEvent {
  const mayReadResident = row.residentId === null || hasPermission(reader.roles, 'residents.read');
  return {
    id: row.id,
    seq: row.seq,
    occurredAt: row.occurredAt,
    action: row.action,
    actorStaffId: row.actorStaffId,
    actorName: row.actorName,
    entityType: row.entityType,
    entityId: row.entityId,
    residentId: row.residentId,
    details: mayReadResident ? (JSON.parse(row.details) as Record<string, unknown>) : {},
  };
}
