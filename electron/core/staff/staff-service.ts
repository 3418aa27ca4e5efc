import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { createStaffInput, listStaffInput, setStaffActiveInput, StaffMember, updateStaffInput } from '../../../shared/contract/staff';
import { ROLES, type Role } from '../../../shared/permissions';
import { appendAudit, diffFields } from '../audit/audit-log';
import { AccountEntity } from '../auth/account.entity';
import { toInstant, type Clock } from '../clock';
import type { Actor } from '../context';
import { assertVersion, updateWithVersion } from '../persistence/versioned-update';
import { conflict, DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { searchNameOf, whereAllWordsIn } from '../text/search-name';
import { StaffMemberEntity } from './staff-member.entity';
import { StaffRoleEntity } from './staff-role.entity';

type CreateStaff = z.output<typeof createStaffInput>;

/** The staff register. Staff are deactivated, never deleted, so the history keeps their names. */
export class StaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(input: z.output<typeof listStaffInput>): Promise<StaffMember[]> {
    const query = this.dataSource.getRepository(StaffMemberEntity).createQueryBuilder('s');
    whereAllWordsIn(query, 's.searchName', input.search);
    if (!input.includeInactive) query.andWhere('s.active = :active', { active: true });
    if (input.role !== 'all') {
      query.andWhere('EXISTS (SELECT 1 FROM staff_roles sr WHERE sr.staff_id = s.id AND sr.role = :role)', { role: input.role });
    }
    const members = await query.orderBy('s.searchName').addOrderBy('s.id').getMany();
    return this.toDtos(this.dataSource.manager, members);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<StaffMember> {
    const member = await manager.findOneBy(StaffMemberEntity, { id });
    if (!member) throw notFound('staff');
    return (await this.toDtos(manager, [member]))[0];
  }

  async create(input: CreateStaff, actor: Actor | null): Promise<StaffMember> {
    return this.dataSource.transaction((manager) => this.createIn(manager, input, actor));
  }

  /** The creation inside a caller's transaction (first-run set-up, demo data). */
  async createIn(m: EntityManager, input: CreateStaff, actor: Actor | null): Promise<StaffMember> {
    assertMayChangeAdministratorRole(actor, [], input.roles);
    const now = toInstant(this.clock.now());
    const member = m.create(StaffMemberEntity, {
      id: newId(),
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      phone: input.phone,
      active: true,
      searchName: searchNameOf(input.lastName, input.firstName),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await m.insert(StaffMemberEntity, member);
    await this.replaceRoles(m, member.id, input.roles);
    await appendAudit(m, now, { action: 'record.create', actor, entityType: 'staff', entityId: member.id, details: { roles: sortRoles(input.roles) } });
    return this.get(member.id, m);
  }

  async update(input: z.output<typeof updateStaffInput>, actor: Actor | null): Promise<StaffMember> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(input.id, manager);
      assertVersion(before, input.expectedVersion);
      const changes: Record<string, unknown> = diffFields(before, { ...before, ...input }, ['firstName', 'lastName', 'email', 'phone']);
      const roles = sortRoles(input.roles);
      if (before.roles.join() !== roles.join()) {
        assertMayChangeAdministratorRole(actor, before.roles, roles);
        // Four eyes on access: nobody widens (or narrows) their own roles.
        if (actor && actor.staffId === input.id) throw conflict('problems.selfRoleChange', 'Another person must change your roles.');
        if (before.roles.includes('administrator') && !roles.includes('administrator')) await this.assertAnotherAdministrator(manager, input.id);
        changes.roles = [before.roles, roles];
      }
      // Nothing to record, so nothing to write (not even updatedAt).
      if (Object.keys(changes).length === 0) return before;
      const now = toInstant(this.clock.now());
      // Roles are part of the staff member's record: the guarded update covers them too.
      await updateWithVersion(manager, StaffMemberEntity, input.id, input.expectedVersion, {
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: input.phone,
        searchName: searchNameOf(input.lastName, input.firstName),
        updatedAt: now,
      });
      await this.replaceRoles(manager, input.id, input.roles);
      await appendAudit(manager, now, { action: 'record.update', actor, entityType: 'staff', entityId: input.id, details: { changes } });
      return this.get(input.id, manager);
    });
  }

  /** Deactivating keeps the record; the person can no longer sign in (checked on every call). */
  async setActive(input: z.output<typeof setStaffActiveInput>, actor: Actor | null): Promise<StaffMember> {
    const { id, active, expectedVersion } = input;
    // Like accounts.setActive: deactivating oneself would end one's own session for good.
    if (!active && id === actor?.staffId) throw conflict('problems.selfDeactivation', 'You cannot deactivate yourself.');
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(id, manager);
      assertVersion(before, expectedVersion);
      if (before.active === active) return before;
      if (before.roles.includes('administrator')) {
        assertMayChangeAdministratorRole(actor, before.roles, []);
        if (!active) await this.assertAnotherAdministrator(manager, id);
      }
      const now = toInstant(this.clock.now());
      await updateWithVersion(manager, StaffMemberEntity, id, expectedVersion, { active, updatedAt: now });
      await appendAudit(manager, now, { action: 'record.update', actor, entityType: 'staff', entityId: id, details: { changes: { active: [before.active, active] } } });
      return this.get(id, manager);
    });
  }

  async rolesOf(manager: EntityManager, staffId: string): Promise<Role[]> {
    const rows = await manager.findBy(StaffRoleEntity, { staffId });
    return sortRoles(rows.map((row) => row.role));
  }

  private async assertAnotherAdministrator(manager: EntityManager, leavingStaffId: string): Promise<void> {
    await assertAnotherAdministratorCanSignIn(manager, { staffId: leavingStaffId });
  }

  private async replaceRoles(manager: EntityManager, staffId: string, roles: Role[]): Promise<void> {
    await manager.delete(StaffRoleEntity, { staffId });
    if (roles.length > 0) await manager.insert(StaffRoleEntity, roles.map((role) => ({ staffId, role })));
  }

  private async toDtos(manager: EntityManager, members: StaffMemberEntity[]): Promise<StaffMember[]> {
    if (members.length === 0) return [];
    const ids = members.map((m) => m.id);
    const roleRows = await manager.getRepository(StaffRoleEntity).createQueryBuilder('r').where('r.staffId IN (:...ids)', { ids }).getMany();
    const accountRows = await manager.getRepository(AccountEntity).createQueryBuilder('a').where('a.staffId IN (:...ids)', { ids }).getMany();
    return members.map((m) => ({
      id: m.id,
      firstName: m.firstName,
      lastName: m.lastName,
      roles: sortRoles(roleRows.filter((r) => r.staffId === m.id).map((r) => r.role)),
      email: m.email,
      phone: m.phone,
      active: m.active,
      username: accountRows.find((a) => a.staffId === m.id)?.username ?? null,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
      version: m.version,
    }));
  }
}

/**
 * Granting, removing or (de)activating the administrator role takes an administrator: otherwise a
 * manager (who may edit staff) could give themselves account management. A null actor is the
 * system itself (first-run set-up, demo data).
 */
function assertMayChangeAdministratorRole(actor: Actor | null, before: Role[], after: Role[]): void {
  if (!actor || actor.roles.includes('administrator')) return;
  if (before.includes('administrator') !== after.includes('administrator')) {
    throw new DomainError('forbidden', 'problems.onlyAdministratorGrantsAdministrator', 'Only an administrator can grant or remove the administrator role.');
  }
}

/** Roles in the matrix's order, so lists and diffs are stable. */
export function sortRoles(roles: Role[]): Role[] {
  return [...roles].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
}

/**
 * The centre must never be left without an administrator who can sign in, or nobody could manage
 * accounts again. Counts the other administrators whose staff record and account are both active.
 */
export async function assertAnotherAdministratorCanSignIn(manager: EntityManager, leaving: { staffId?: string; accountId?: string }): Promise<void> {
  const query = manager
    .getRepository(StaffRoleEntity)
    .createQueryBuilder('r')
    .innerJoin(StaffMemberEntity, 's', 's.id = r.staffId')
    .innerJoin(AccountEntity, 'a', 'a.staffId = r.staffId')
    .where('r.role = :role', { role: 'administrator' })
    .andWhere('s.active = :active', { active: true })
    .andWhere('a.active = :active', { active: true });
  if (leaving.staffId) query.andWhere('r.staffId != :staffId', { staffId: leaving.staffId });
  if (leaving.accountId) query.andWhere('a.id != :accountId', { accountId: leaving.accountId });
  if ((await query.getCount()) === 0) {
    throw conflict('problems.lastAdministrator', 'This is the last active administrator: make someone else an administrator first.');
  }
}
