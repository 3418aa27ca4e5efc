import type { EntityManager } from 'typeorm';
import type { ParsedInputOf } from '../../../shared/contract';
import type { SignInSheetEntry } from '../../../shared/contract/rosters';
import { staffName } from '../attendance/attendance-names';
import { AttendanceService } from '../attendance/attendance-service';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../context';
import { updateWithVersion } from '../persistence/versioned-update';
import { newId } from '../ids';
import type { ScheduleDeps } from '../schedule/schedule-deps';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { SignInSheetEntryEntity } from './sign-in-sheet-entry.entity';

/**
 * A returned sign-in sheet typed back in, as ONE transaction: the roster rows through the
 * attendance service's own `attendance.record` path, each walk-in through its `attendance.addWalkIn`
 * path (the same scope, lock and roster checks, the same audit rows, as on the attendance screen),
 * then the sheet marked entered. Anything refused leaves nothing written, the mark "entered" included.
 */
export class SignInSheetEntries {
  private readonly attendance: AttendanceService;

  constructor(private readonly deps: ScheduleDeps) {
    this.attendance = new AttendanceService(deps);
  }

  enter(input: ParsedInputOf<'rosters.enterSignInSheet'>, actor: Actor): Promise<SignInSheetEntry> {
    const { occurrenceId } = input;
    return this.deps.dataSource.transaction(async (manager) => {
      // A sheet with nothing ticked is still entered: the same checks as when something is.
      await this.attendance.writableOccurrence(manager, occurrenceId, actor);
      if (input.marks.length > 0) await this.attendance.recordIn(manager, { occurrenceId, marks: input.marks }, actor);
      for (const walkIn of input.walkIns) await this.attendance.addWalkInIn(manager, { occurrenceId, ...walkIn }, actor);
      await this.markEntered(manager, input, actor);
      return (await sheetEntryOf(manager, occurrenceId)) ?? unreachable();
    });
  }

  /** First entry: a new row; a later one is a correction: the row records the latest, by its version. */
  private async markEntered(manager: EntityManager, input: ParsedInputOf<'rosters.enterSignInSheet'>, actor: Actor): Promise<void> {
    const now = this.deps.clock.now().toISOString();
    const existing = await manager.findOneBy(SignInSheetEntryEntity, { occurrenceId: input.occurrenceId });
    const id = existing?.id ?? newId();
    if (existing) await updateWithVersion(manager, SignInSheetEntryEntity, existing.id, existing.version, { enteredAt: now, enteredByStaffId: actor.staffId });
    else await manager.insert(SignInSheetEntryEntity, { id, occurrenceId: input.occurrenceId, firstEnteredAt: now, enteredAt: now, enteredByStaffId: actor.staffId, version: 1 });
    await appendAudit(manager, now, {
      action: existing ? 'record.update' : 'record.create',
      actor,
      entityType: 'signInSheetEntry',
      entityId: id,
      details: { occurrenceId: input.occurrenceId, marks: input.marks.length, walkIns: input.walkIns.length },
    });
  }
}

/** Whether (and by whom, when) an occurrence's returned sheet was entered; null until it is. */
export async function sheetEntryOf(manager: EntityManager, occurrenceId: string): Promise<SignInSheetEntry | null> {
  const row = await manager.findOneBy(SignInSheetEntryEntity, { occurrenceId });
  if (!row) return null;
  const by = row.enteredByStaffId ? await manager.findOne(StaffMemberEntity, { select: { firstName: true, lastName: true }, where: { id: row.enteredByStaffId } }) : null;
  return { occurrenceId, enteredAt: row.enteredAt, enteredByName: by ? staffName(by) : null, version: row.version };
}

function unreachable(): never {
  throw new Error('The sign-in sheet entry written in this transaction is missing.');
}
