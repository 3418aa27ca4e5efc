import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import {
  AUDIT_EXPORT_MAX_ROWS,
  type AuditAction,
  type AuditEvent,
  type AuditExport,
  type AuditFilters,
  type AuditVerification,
  type listAuditInput,
  type verifyAuditInput,
} from '../../../shared/contract/audit';
import type { Page } from '../../../shared/contract/paging';
import { addDays, startOfDayIn, todayIn } from '../../../shared/dates';
import type { Clock } from '../clock';
import { auditTrailCsv } from './audit-csv';
import { appendAudit } from './audit-log';
import { hasPermission } from '../../../shared/permissions';
import type { Actor } from '../context';
import { AuditEventEntity } from './audit-event.entity';
import type { AuditKeyRing } from './audit-key';
import { verifyAuditChain } from './verify-chain';


/** Reading the trail. Writing happens only through appendAudit, inside each service's transaction. */
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** The centre's settings (only the time zone is read here; the audit room does not import settings, which writes audit rows). */
    private readonly settings: { get(): Promise<{ timeZone: string }> },
    /** The keys verification can check rows with, and the data folder whose witnesses it reads. */
    private readonly verifyWith: { keys: AuditKeyRing; dataDir: string },
  ) {}

  async list(input: z.output<typeof listAuditInput>, reader: Actor): Promise<Page<AuditEvent>> {
    const { timeZone } = await this.settings.get();
    // seq is unique, so the order is total and pages never overlap.
    const [rows, total] = await filteredRows(this.dataSource.manager, input, timeZone).orderBy('e.seq', 'DESC').offset(input.offset).limit(input.limit).getManyAndCount();
    return { rows: rows.map((row) => toAuditEvent(row, reader)), total };
  }

  /**
   * The filtered trail, oldest first, as a CSV file, with the same redaction as the viewer. The
   * export is itself an audit row, in the same transaction as the read: a copy of the trail
   * (which names residents) never leaves without a trace.
   */
  async export(filters: AuditFilters, reader: Actor): Promise<AuditExport> {
    const { timeZone } = await this.settings.get();
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const rows = await filteredRows(manager, filters, timeZone).orderBy('e.seq', 'ASC').take(AUDIT_EXPORT_MAX_ROWS + 1).getMany();
      const events = rows.slice(0, AUDIT_EXPORT_MAX_ROWS).map((row) => toAuditEvent(row, reader));
      const fileName = `hearth-audit-trail-${todayIn(timeZone, now)}.csv`;
      const usedFilters = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== null));
      await appendAudit(manager, now.toISOString(), {
        action: 'record.export',
        actor: reader,
        entityType: 'auditTrail',
        residentId: filters.residentId,
        details: { fileName, rows: events.length, filters: usedFilters },
      });
      return { fileName, csv: auditTrailCsv(events, timeZone), rows: events.length, truncated: rows.length > AUDIT_EXPORT_MAX_ROWS };
    });
  }

  /**
   * Emergency openings for review, except the reader's own: nobody marks their own homework. Each
   * person's openings are seen by every other holder of the permission (a lone holder's wait for a
   * second one; the rows stay in the trail either way).
   */
  async breakGlassReview(reader: Actor): Promise<AuditEvent[]> {
    const action: AuditAction = 'record.breakGlass';
    const rows = await this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.action = :action', { action })
      .andWhere('(e.actorStaffId IS NULL OR e.actorStaffId != :reader)', { reader: reader.staffId })
      .orderBy('e.seq', 'DESC')
      .take(500)
      .getMany();
    return rows.map((row) => toAuditEvent(row, reader));
  }

  verify(input: z.output<typeof verifyAuditInput> = { noted: null }): Promise<AuditVerification> {
    return verifyAuditChain(this.dataSource, { noted: input.noted, ...this.verifyWith });
  }
}

function filteredRows(manager: EntityManager, filters: AuditFilters, timeZone: string) {
  const query = manager.getRepository(AuditEventEntity).createQueryBuilder('e');
  if (filters.actorStaffId) query.andWhere('e.actorStaffId = :actor', { actor: filters.actorStaffId });
  if (filters.residentId) query.andWhere('e.residentId = :resident', { resident: filters.residentId });
  if (filters.action) query.andWhere('e.action = :action', { action: filters.action });
  // Date filters are the centre's calendar days; rows hold UTC instants.
  if (filters.from) query.andWhere('e.occurredAt >= :from', { from: startOfDayIn(filters.from, timeZone) });
  if (filters.to) query.andWhere('e.occurredAt < :to', { to: startOfDayIn(addDays(filters.to, 1), timeZone) });
  return query;
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
