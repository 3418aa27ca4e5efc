import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { changePasswordInput, SessionInfo, setUpFirstAdministratorInput, signInInput } from '../../../shared/contract/auth';
import { permissionsOf, type Role } from '../../../shared/permissions';
import { appendAudit } from '../audit/audit-log';
import { toInstant, type Clock } from '../clock';
import type { Actor } from '../context';
import { conflict, DomainError } from '../errors';
import { newId } from '../ids';
import type { SettingsService } from '../settings/settings-service';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import type { StaffService } from '../staff/staff-service';
import { AccountEntity } from './account.entity';
import { assertStrongPassword } from './password-strength';
import { hashPassword, makeDecoyHash, needsRehash, verifyPassword, type PasswordHashCost } from './passwords';
import type { LiveSession, SessionRegistry } from './session-registry';
import { clearFailures, recordFailure, secondsToWait, throttleKey } from './sign-in-throttle';

/** One message for an unknown name, a wrong password and a deactivated account: nothing to enumerate. */
export const SIGN_IN_FAILED = 'Sign-in failed: the user name or password is not right, or the account is not active.';

/**
 * The core locks a little after the screen would have: longer than the renderer's "still here"
 * interval (at most 30 s), so a person active on the screen is never locked out by the core.
 */
export const IDLE_GRACE_MS = 45_000;

export interface ResolvedSession {
  session: LiveSession;
  actor: Actor;
  locked: boolean;
  mustChangePassword: boolean;
}

export interface AuthOptions {
  passwordCost: PasswordHashCost;
  /** Overrides the centre's idle-lock setting (tests and the preview's demo mode only). */
  idleLockSecondsOverride?: number;
}

type SignInOutcome = { ok: true; resolved: ResolvedSession } | { ok: false; error: DomainError };

export class AuthService {
  private decoyHash: Promise<string> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sessions: SessionRegistry,
    private readonly staff: StaffService,
    private readonly settings: SettingsService,
    private readonly options: AuthOptions,
  ) {}

  async needsFirstAdministrator(): Promise<boolean> {
    return (await this.dataSource.getRepository(AccountEntity).count()) === 0;
  }

  /**
   * The session of a window, with its person re-read from the database; null if nobody is signed in
   * or the person was deactivated since. Locks the session if it has been idle too long.
   */
  async resolve(channelId: string): Promise<ResolvedSession | null> {
    const session = this.sessions.get(channelId);
    if (!session) return null;
    const resolved = await this.load(this.dataSource.manager, session);
    if (!resolved) {
      this.sessions.end(channelId);
      return null;
    }
    const now = this.clock.now().getTime();
    if (!resolved.locked && now - session.lastActivityAt > (await this.idleLockSeconds()) * 1000 + IDLE_GRACE_MS) {
      await this.lockSession(session, resolved.actor, 'idle');
      resolved.locked = true;
    }
    return resolved;
  }

  touch(channelId: string): void {
    const session = this.sessions.get(channelId);
    if (session && session.lockedAt === null) session.lastActivityAt = this.clock.now().getTime();
  }

  async describe(resolved: ResolvedSession | null): Promise<SessionInfo | null> {
    if (!resolved) return null;
    return {
      accountId: resolved.actor.accountId,
      staffId: resolved.actor.staffId,
      username: resolved.actor.username,
      displayName: resolved.actor.displayName,
      roles: resolved.actor.roles,
      permissions: [...permissionsOf(resolved.actor.roles)],
      locked: resolved.locked,
      mustChangePassword: resolved.mustChangePassword,
      idleLockSeconds: await this.idleLockSeconds(),
      timeZone: (await this.settings.get()).timeZone,
    };
  }

  async setUpFirstAdministrator(input: z.output<typeof setUpFirstAdministratorInput>, channelId: string): Promise<ResolvedSession> {
    assertStrongPassword(input.password, { firstName: input.firstName, lastName: input.lastName, username: input.username }, 'password');
    const passwordHash = await hashPassword(input.password, this.options.passwordCost);
    const accountId = await this.dataSource.transaction(async (manager) => {
      if ((await manager.count(AccountEntity)) > 0) throw conflict('problems.firstAdministratorExists', 'The first administrator already exists. Sign in instead.');
      const roles: Role[] = input.alsoManager ? ['administrator', 'manager'] : ['administrator'];
      const member = await this.staff.createIn(manager, { firstName: input.firstName, lastName: input.lastName, roles, email: null, phone: null }, null);
      const now = toInstant(this.clock.now());
      const account = manager.create(AccountEntity, {
        id: newId(),
        staffId: member.id,
        username: input.username,
        passwordHash,
        mustChangePassword: false,
        active: true,
        createdAt: now,
        updatedAt: now,
        version: 1,
        lastSignInAt: now,
      });
      await manager.insert(AccountEntity, account);
      const actor: Actor = { accountId: account.id, staffId: member.id, username: account.username, displayName: `${member.firstName} ${member.lastName}`, roles };
      await appendAudit(manager, now, { action: 'record.create', actor, entityType: 'account', entityId: account.id, details: { username: account.username, firstAdministrator: true } });
      await appendAudit(manager, now, { action: 'auth.signIn', actor, entityType: 'account', entityId: account.id });
      return account.id;
    });
    return this.startSession(channelId, accountId);
  }

  async signIn(input: z.output<typeof signInInput>, channelId: string): Promise<ResolvedSession> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<SignInOutcome> => {
      const now = this.clock.now();
      const key = await this.throttleKeyFor(manager, input.username);
      const account = await manager.findOneBy(AccountEntity, { username: input.username });
      // What was typed is recorded only when it is a real user name: it may be a mistyped password.
      const typed = account ? { username: input.username } : { username: null, unknownUserName: true };
      const wait = await secondsToWait(manager, key, now);
      if (wait > 0) {
        await appendAudit(manager, toInstant(now), { action: 'auth.signInFailed', actor: null, details: { ...typed, throttled: true } });
        return { ok: false, error: throttledError(wait) };
      }
      const passwordMatches = await verifyPassword(input.password, account?.passwordHash ?? (await this.decoy()));
      const resolved = account && passwordMatches ? await this.load(manager, { accountId: account.id, startedAt: 0, lastActivityAt: 0, lockedAt: null }) : null;
      if (!account || !resolved) {
        await recordFailure(manager, key, now);
        await appendAudit(manager, toInstant(now), { action: 'auth.signInFailed', actor: null, details: typed });
        return { ok: false, error: new DomainError('unauthenticated', 'problems.signInFailed', SIGN_IN_FAILED, { details: { reason: 'signInFailed' } }) };
      }
      await clearFailures(manager, key);
      // Not an edit of the account: its version stays, so an administrator's open screen is not made stale by a sign-in.
      // The only moment the password is known: a hash made with weaker parameters is replaced, in this transaction.
      const upgraded = needsRehash(account.passwordHash, this.options.passwordCost) ? { passwordHash: await hashPassword(input.password, this.options.passwordCost) } : {};
      await manager.update(AccountEntity, { id: account.id }, { lastSignInAt: toInstant(now), ...upgraded });
      await appendAudit(manager, toInstant(now), { action: 'auth.signIn', actor: resolved.actor, entityType: 'account', entityId: account.id });
      return { ok: true, resolved };
    });
    // Thrown only after the commit, so the failure count and its audit row are kept.
    if (!outcome.ok) throw outcome.error;
    return this.startSession(channelId, outcome.resolved.actor.accountId);
  }

  async signOut(channelId: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction((manager) =>
      appendAudit(manager, toInstant(this.clock.now()), { action: 'auth.signOut', actor, entityType: 'account', entityId: actor.accountId }),
    );
    this.sessions.end(channelId);
  }

  async lock(channelId: string, actor: Actor): Promise<void> {
    const session = this.sessions.get(channelId);
    if (session && session.lockedAt === null) await this.lockSession(session, actor, 'manual');
  }

  async unlock(channelId: string, password: string, actor: Actor): Promise<void> {
    const session = this.sessions.get(channelId);
    if (!session || session.lockedAt === null) return;
    const outcome = await this.dataSource.transaction(async (manager): Promise<DomainError | null> => {
      const refused = await this.confirmPassword(manager, actor, password, 'unlock');
      if (refused) return new DomainError('unauthenticated', refused.messageKey, refused.message, { fieldErrors: refused.fieldErrors, details: refused.details, messageParams: refused.messageParams });
      await appendAudit(manager, toInstant(this.clock.now()), { action: 'auth.unlock', actor, entityType: 'account', entityId: actor.accountId });
      return null;
    });
    if (outcome) throw outcome;
    session.lockedAt = null;
    session.lastActivityAt = this.clock.now().getTime();
  }

  /**
   * Throttled and audited like a sign-in (the current password is a password guess too); on
   * success the person's sessions in other windows end.
   */
  async changePassword(input: z.output<typeof changePasswordInput>, actor: Actor, channelId: string): Promise<void> {
    const member = await this.dataSource.manager.findOneByOrFail(StaffMemberEntity, { id: actor.staffId });
    assertStrongPassword(input.newPassword, { firstName: member.firstName, lastName: member.lastName, username: actor.username }, 'newPassword');
    const newHash = await hashPassword(input.newPassword, this.options.passwordCost);
    const failure = await this.dataSource.transaction(async (manager): Promise<DomainError | null> => {
      const now = this.clock.now();
      const key = await this.throttleKeyFor(manager, actor.username);
      const wait = await secondsToWait(manager, key, now);
      if (wait > 0) return throttledError(wait);
      const account = await manager.findOneByOrFail(AccountEntity, { id: actor.accountId });
      if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
        await recordFailure(manager, key, now);
        await appendAudit(manager, toInstant(now), { action: 'auth.signInFailed', actor, entityType: 'account', entityId: account.id, details: { username: actor.username, changePassword: true } });
        return new DomainError('validation', 'problems.wrongPassword', 'The current password is not right.', { fieldErrors: { currentPassword: ['auth.wrongPassword'] } });
      }
      await clearFailures(manager, key);
      // The person proved who they are, so no version is expected; the change still raises it, so an
      // administrator's reset made from the screen as it was before is refused, not applied over it.
      await manager.update(AccountEntity, { id: account.id }, { passwordHash: newHash, mustChangePassword: false, updatedAt: toInstant(now), version: () => '"version" + 1' });
      await appendAudit(manager, toInstant(now), { action: 'auth.passwordChanged', actor, entityType: 'account', entityId: account.id });
      return null;
    });
    if (failure) throw failure;
    this.sessions.endAllFor(actor.accountId, channelId);
  }

  /**
   * The signed-in person proves it is them by typing their password again (unlocking, signing a
   * note): throttled and audited like a sign-in, inside the caller's transaction. Returns the
   * refusal to hand back (the caller commits the recorded failure, then throws it), or null.
   */
  async confirmPassword(manager: EntityManager, actor: Actor, password: string, purpose: string): Promise<DomainError | null> {
    const now = this.clock.now();
    const key = await this.throttleKeyFor(manager, actor.username);
    const wait = await secondsToWait(manager, key, now);
    if (wait > 0) return throttledError(wait);
    const account = await manager.findOneByOrFail(AccountEntity, { id: actor.accountId });
    if (!(await verifyPassword(password, account.passwordHash))) {
      await recordFailure(manager, key, now);
      await appendAudit(manager, toInstant(now), { action: 'auth.signInFailed', actor, entityType: 'account', entityId: actor.accountId, details: { username: actor.username, [purpose]: true } });
      return new DomainError('validation', 'problems.wrongPassword', 'The password is not right.', { fieldErrors: { password: ['auth.wrongPassword'] }, details: { reason: 'wrongPassword' } });
    }
    await clearFailures(manager, key);
    return null;
  }

  async idleLockSeconds(): Promise<number> {
    return this.options.idleLockSecondsOverride ?? (await this.settings.get()).idleLockMinutes * 60;
  }

  private async throttleKeyFor(manager: EntityManager, typedUsername: string): Promise<string> {
    return throttleKey(await this.settings.secret(manager, 'signInThrottle'), typedUsername);
  }

  private async startSession(channelId: string, accountId: string): Promise<ResolvedSession> {
    this.sessions.start(channelId, accountId, this.clock.now().getTime());
    const resolved = await this.resolve(channelId);
    if (!resolved) throw new DomainError('internal', 'problems.internal', 'The new session could not be read back.');
    return resolved;
  }

  private async lockSession(session: LiveSession, actor: Actor, cause: 'idle' | 'manual'): Promise<void> {
    session.lockedAt = this.clock.now().getTime();
    await this.dataSource.transaction((manager) =>
      appendAudit(manager, toInstant(this.clock.now()), { action: 'auth.lock', actor, entityType: 'account', entityId: actor.accountId, details: { cause } }),
    );
  }

  /** The person behind a session, or null if the account or the staff member is no longer active. */
  private async load(manager: EntityManager, session: LiveSession): Promise<ResolvedSession | null> {
    const account = await manager.findOneBy(AccountEntity, { id: session.accountId });
    if (!account?.active) return null;
    const member = await manager.findOneBy(StaffMemberEntity, { id: account.staffId });
    if (!member?.active) return null;
    const roles = await this.staff.rolesOf(manager, member.id);
    return {
      session,
      actor: { accountId: account.id, staffId: member.id, username: account.username, displayName: `${member.firstName} ${member.lastName}`, roles },
      locked: session.lockedAt !== null,
      mustChangePassword: account.mustChangePassword,
    };
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= makeDecoyHash(this.options.passwordCost);
    return this.decoyHash;
  }
}

function throttledError(waitSeconds: number): DomainError {
  return new DomainError('unauthenticated', 'problems.throttled', `Too many failed attempts. Wait ${waitSeconds} seconds, then try again.`, {
    details: { reason: 'throttled', waitSeconds },
    messageParams: { seconds: waitSeconds },
  });
}
