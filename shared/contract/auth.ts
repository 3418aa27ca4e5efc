import { z } from 'zod';
import { defineOperation } from './define';
import type { Permission, Role } from '../permissions';
import { requiredName, text } from '../schemas/common';

export const username = text({ min: 3, max: 40, minMessage: 'validation.usernameFormat', maxMessage: 'validation.usernameFormat' })
  .toLowerCase()
  .regex(/^[a-z0-9._-]+$/, { message: 'validation.usernameFormat' });

/** A new password: long rather than complicated (NIST SP 800-63B). */
export const newPassword = text({ min: 10, max: 200, trim: false, minMessage: 'validation.passwordTooShort' });

/** A password typed to prove who one is: never trimmed, only bounded. */
export const typedPassword = text({ min: 1, max: 200, trim: false });

export const signInInput = z.strictObject({
  username: text({ min: 1, max: 100 }).toLowerCase(),
  password: typedPassword,
});

export const setUpFirstAdministratorInput = z.strictObject({
  firstName: requiredName,
  lastName: requiredName,
  username,
  password: newPassword,
  /** Small centres: the first administrator usually also runs the place. */
  alsoManager: z.boolean().default(true),
});
export type SetUpFirstAdministratorInput = z.input<typeof setUpFirstAdministratorInput>;

export const unlockInput = z.strictObject({ password: typedPassword });

export const changePasswordInput = z
  .strictObject({ currentPassword: typedPassword, newPassword })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ['newPassword'], message: 'validation.passwordUnchanged' });

export interface SessionInfo {
  accountId: string;
  staffId: string;
  username: string;
  displayName: string;
  roles: Role[];
  permissions: Permission[];
  locked: boolean;
  mustChangePassword: boolean;
  /** After this many seconds without activity the screen locks. */
  idleLockSeconds: number;
  /** The centre's IANA time zone: screens show times and "today" in it, never in the machine's. */
  timeZone: string;
}

export const emptyInput = z.strictObject({});

export const authContract = {
  /** Only while no account exists: creates the first administrator and signs them in. */
  'auth.setUpFirstAdministrator': defineOperation<SessionInfo>()({ input: setUpFirstAdministratorInput, access: 'public' }),
  /** The same message for an unknown name, a wrong password and a deactivated account; throttled after five failures. */
  'auth.signIn': defineOperation<SessionInfo>()({ input: signInInput, access: 'public' }),
  /** The session of this window, or null. */
  'auth.session': defineOperation<SessionInfo | null>()({ input: emptyInput, access: 'public' }),
  'auth.signOut': defineOperation<null>()({ input: emptyInput, access: 'session' }),
  /** Hide everything until the password is typed again (idle timeout or the lock button). */
  'auth.lock': defineOperation<SessionInfo>()({ input: emptyInput, access: 'session' }),
  'auth.unlock': defineOperation<SessionInfo>()({ input: unlockInput, access: 'session' }),
  /** Sent by the renderer while the person is active (typing, clicking) so the core's own idle check agrees with the screen's. */
  'auth.stillHere': defineOperation<null>()({ input: emptyInput, access: 'signed-in' }),
  'auth.changePassword': defineOperation<SessionInfo>()({ input: changePasswordInput, access: 'signed-in' }),
};
