import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AccountSummary, createAccountInput } from '../../../shared/contract/accounts';
import { appendAudit } from '../audit/audit-log';
import { toInstant, type Clock } from '../clock';
import type { Actor } from '../context';
import { assertVersion, updateWithVersion } from '../persistence/versioned-update';
import { conflict, DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { assertAnotherAdministratorCanSignIn, type StaffService } from '../staff/staff-service';
import { AccountEntity } from './account.entity';
import { assertStrongPassword } from './password-strength';
import { hashPassword, type PasswordHashCost } from './passwords';
import type { SessionRegistry } from './session-registry';

/** Administrators' management of sign-in accounts. Passwords never reach the audit trail. */
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sessions: SessionRegistry,
    private readonly staff: StaffService,
    private readonly passwordCost: PasswordHashCost,
  ) {}

  async list(): Promise<AccountSummary[]> {
    const accounts = await this.dataSource.getRepository(AccountEntity).find({ order: { username: 'ASC' } });
    return Promise.all(accounts.map((account) => this.toSummary(this.dataSource.manager, account)));
  }

  async create(input: z.output<typeof createAccountInput>, actor: Actor): Promise<AccountSummary> {
    // Judged before the slow hash; a missing member is refused inside the transaction below.
    const owner = await this.dataSource.manager.findOneBy(StaffMemberEntity, { id: input.staffId });
    if (owner) assertStrongPassword(input.temporaryPassword, { firstName: owner.firstName, lastName: owner.lastName, username: input.username }, 'temporaryPassword');
    const passwordHash = await hashPassword(input.temporaryPassword, this.passwordCost);
    return this.dataSource.transaction(async (manager) => {
      const member = await manager.findOneBy(StaffMemberEntity, { id: input.staffId });
      if (!member) throw notFound('staff');
      if (!member.active) throw conflict('problems.staffInactive', 'This staff member is inactive. Reactivate them first.');
      if (await manager.findOneBy(AccountEntity, { staffId: input.staffId })) throw conflict('problems.alreadyHasAccount', 'This staff member already has an account.');
      if (await manager.findOneBy(AccountEntity, { username: input.username })) {
        throw new DomainError('validation', 'problems.checkFields', 'That user name is taken.', { fieldErrors: { username: ['validation.usernameTaken'] } });
      }
      const now = toInstant(this.clock.now());
      const account = manager.create(AccountEntity, {
        id: newId(),
        staffId: input.staffId,
        username: input.username,
        passwordHash,
        mustChangePassword: true,
        active: true,
        createdAt: now,
        updatedAt: now,
        version: 1,
        lastSignInAt: null,
      });
      await manager.insert(AccountEntity, account);
      await appendAudit(manager, now, { action: 'record.create', actor, entityType: 'account', entityId: account.id, details: { username: account.username, staffId: account.staffId } });
      return this.toSummary(manager, account);
    });
  }

  async resetPassword(accountId: string, temporaryPassword: string, expectedVersion: number, actor: Actor): Promise<AccountSummary> {
    const target = await this.dataSource.manager.findOneBy(AccountEntity, { id: accountId });
    const owner = target && (await this.dataSource.manager.findOneBy(StaffMemberEntity, { id: target.staffId }));
    if (target && owner) assertStrongPassword(temporaryPassword, { firstName: owner.firstName, lastName: owner.lastName, username: target.username }, 'temporaryPassword');
    const passwordHash = await hashPassword(temporaryPassword, this.passwordCost);
    const summary = await this.dataSource.transaction(async (manager) => {
      const account = await this.find(manager, accountId);
      assertVersion(account, expectedVersion);
      const now = toInstant(this.clock.now());
      Object.assign(account, { passwordHash, mustChangePassword: true, updatedAt: now });
      account.version = await updateWithVersion(manager, AccountEntity, accountId, expectedVersion, { passwordHash, mustChangePassword: true, updatedAt: now });
      await appendAudit(manager, now, { action: 'record.update', actor, entityType: 'account', entityId: accountId, details: { passwordReset: true } });
      return this.toSummary(manager, account);
    });
    this.sessions.endAllFor(accountId);
    return summary;
  }

  async setActive(accountId: string, active: boolean, expectedVersion: number, actor: Actor): Promise<AccountSummary> {
    if (!active && accountId === actor.accountId) throw conflict('problems.selfDeactivation', 'You cannot deactivate your own account.');
    const summary = await this.dataSource.transaction(async (manager) => {
      const account = await this.find(manager, accountId);
      assertVersion(account, expectedVersion);
      if (account.active === active) return this.toSummary(manager, account);
      if (!active && (await this.staff.rolesOf(manager, account.staffId)).includes('administrator')) {
        await assertAnotherAdministratorCanSignIn(manager, { accountId });
      }
      const now = toInstant(this.clock.now());
      Object.assign(account, { active, updatedAt: now });
      account.version = await updateWithVersion(manager, AccountEntity, accountId, expectedVersion, { active, updatedAt: now });
      await appendAudit(manager, now, { action: 'record.update', actor, entityType: 'account', entityId: accountId, details: { changes: { active: [!active, active] } } });
      return this.toSummary(manager, account);
    });
    if (!active) this.sessions.endAllFor(accountId);
    return summary;
  }

  private async find(manager: EntityManager, id: string): Promise<AccountEntity> {
    const account = await manager.findOneBy(AccountEntity, { id });
    if (!account) throw notFound('account');
    return account;
  }

  private async toSummary(manager: EntityManager, account: AccountEntity): Promise<AccountSummary> {
    const member = await this.staff.get(account.staffId, manager);
    return {
      id: account.id,
      staffId: account.staffId,
      username: account.username,
      displayName: `${member.firstName} ${member.lastName}`,
      roles: member.roles,
      active: account.active,
      mustChangePassword: account.mustChangePassword,
      createdAt: account.createdAt,
      lastSignInAt: account.lastSignInAt,
      version: account.version,
    };
  }
}
