import type { z } from 'zod';
import { contract, isOperationName, type OperationName } from '../../shared/contract';
import type { AppError, FieldErrors, Result } from '../../shared/errors';
import { hasPermission } from '../../shared/permissions';
import type { AuthService, ResolvedSession } from './auth/auth-service';
import type { SerialQueue } from './db/serial-queue';
import { DomainError } from './errors';
import { describeError } from './log/describe-error';
import type { Log } from './log/file-log';
import type { Handlers } from './handler-types';

/** What every transport (Electron IPC, the preview bridge, tests) calls. Never throws. */
export type Dispatch = (channelId: string, name: unknown, input: unknown) => Promise<Result<unknown>>;

/** Calls that do not count as the person being active (the renderer polls the session; the Today board refreshes itself every minute). */
const NOT_ACTIVITY: ReadonlySet<OperationName> = new Set(['auth.session', 'system.status', 'schedule.today']);
/** While a password change is required, only these answer. */
const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<OperationName> = new Set(['auth.changePassword', 'auth.stillHere', 'settings.get']);

/**
 * The one door to the core: known operation? allowed for this person? input valid? Then the
 * handler runs, one operation at a time, and any failure comes back as data with a stable code.
 */
export function createDispatcher(deps: { handlers: Handlers; auth: AuthService; queue: SerialQueue; log?: Log }): Dispatch {
  // Never the message or the stack's first line: error objects from the driver carry query parameters (personal details).
  const log: Log = deps.log ?? ((error, where) => console.error(`[hearth] internal error in ${where ?? 'an operation'}:\n${describeError(error)}`));

  return (channelId, name, rawInput) =>
    deps.queue.run(async (): Promise<Result<unknown>> => {
      try {
        // Not String(name): an object whose toString is not a function (IPC and JSON both carry one) would throw.
        if (!isOperationName(name)) return failure({ code: 'validation', messageKey: 'problems.unknownOperation', message: `Unknown operation: ${typeof name === 'string' ? name.slice(0, 80) : `(a ${typeof name})`}` });
        const operation = contract[name];
        const session = await deps.auth.resolve(channelId);
        const refusal = checkAccess(name, operation.access, session);
        if (refusal) return failure(refusal);

        const parsed = (operation.input as z.ZodType).safeParse(rawInput ?? {}, { error: messageKeyForIssue });
        if (!parsed.success) return failure({ code: 'validation', messageKey: 'problems.checkFields', message: 'Some values need attention.', fieldErrors: toFieldErrors(parsed.error) });

        const handler = deps.handlers[name] as (input: unknown, context: { channelId: string; actor: ResolvedSession['actor'] | null }) => Promise<unknown>;
        const value = await handler(parsed.data, { channelId, actor: session?.actor ?? null });
        if (session && !session.locked && !NOT_ACTIVITY.has(name)) deps.auth.touch(channelId);
        return { ok: true, value: value ?? null };
      } catch (error) {
        if (error instanceof DomainError) {
          return failure({ code: error.code, message: error.message, messageKey: error.messageKey, messageParams: error.messageParams, fieldErrors: error.fieldErrors, details: error.details });
        }
        log(error, isOperationName(name) ? name : undefined);
        return failure({ code: 'internal', messageKey: 'problems.internal', message: 'Something went wrong; nothing was changed. The details are in the log.' });
      }
    });
}

function checkAccess(name: OperationName, access: (typeof contract)[OperationName]['access'], session: ResolvedSession | null): AppError | null {
  if (access === 'public') return null;
  if (!session) return { code: 'unauthenticated', messageKey: 'problems.signInFirst', message: 'Sign in first.' };
  if (access === 'session') return null;
  if (session.locked) return { code: 'unauthenticated', messageKey: 'problems.locked', message: 'The screen is locked. Type your password to unlock it.', details: { reason: 'locked' } };
  if (session.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(name)) {
    return { code: 'forbidden', messageKey: 'problems.mustChangePassword', message: 'Choose a new password first.', details: { reason: 'mustChangePassword' } };
  }
  if (access === 'signed-in') return null;
  if (!hasPermission(session.actor.roles, access)) return { code: 'forbidden', messageKey: 'problems.forbidden', message: 'Your roles do not allow this.' };
  return null;
}

function failure(error: AppError): Result<never> {
  const cleaned: AppError = { code: error.code, message: error.message };
  if (error.messageKey) cleaned.messageKey = error.messageKey;
  if (error.messageParams) cleaned.messageParams = error.messageParams;
  if (error.fieldErrors) cleaned.fieldErrors = error.fieldErrors;
  if (error.details !== undefined) cleaned.details = error.details;
  return { ok: false, error: cleaned };
}

/**
 * zod issues -> { "field.path": [message keys] } ("" for errors on the whole input). An unknown
 * field is reported under its own path, so the person (or the developer) sees which one it was.
 */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  // A Map, not `{}`: a field named `constructor` or `__proto__` must not meet Object.prototype.
  const fieldErrors = new Map<string, string[]>();
  const add = (path: readonly PropertyKey[], message: string) => {
    const key = path.map(String).join('.');
    fieldErrors.set(key, [...(fieldErrors.get(key) ?? []), message]);
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) add([...issue.path, key], issue.message);
    else add(issue.path, issue.message);
  }
  return Object.fromEntries(fieldErrors);
}

/**
 * The message key of an issue whose schema did not name one (schema-level messages win over
 * this): zod's own messages are English sentences the renderer cannot translate.
 */
export function messageKeyForIssue(issue: { code?: string; input?: unknown; origin?: string }): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'validation.unknownField';
    case 'invalid_type':
      return issue.input === undefined ? 'validation.required' : 'validation.invalidValue';
    case 'invalid_value':
      return 'validation.choose';
    case 'too_big':
      return issue.origin === 'string' ? 'validation.tooLong' : 'validation.invalidValue';
    default:
      return 'validation.invalidValue';
  }
}
