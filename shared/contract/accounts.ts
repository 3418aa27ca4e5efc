import { z } from 'zod';
import { defineOperation } from './define';
import { newPassword, username } from './auth';
import { expectedVersion, recordId } from '../schemas/common';
import type { Role } from '../permissions';

export const createAccountInput = z.strictObject({ staffId: recordId, username, temporaryPassword: newPassword });
export const resetPasswordInput = z.strictObject({ accountId: recordId, expectedVersion, temporaryPassword: newPassword });
export const setAccountActiveInput = z.strictObject({ accountId: recordId, expectedVersion, active: z.boolean() });

export interface AccountSummary {
  id: string;
  staffId: string;
  username: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  /** Raised by one on every change to the account (not by signing in); resetPassword and setActive send it back as `expectedVersion`. */
  version: number;
}

export const accountsContract = {
  'accounts.list': defineOperation<AccountSummary[]>()({ input: z.strictObject({}), access: 'accounts.manage' }),
  /** One account per staff member; the person must change the temporary password at first sign-in. */
  'accounts.create': defineOperation<AccountSummary>()({ input: createAccountInput, access: 'accounts.manage' }),
  'accounts.resetPassword': defineOperation<AccountSummary>()({ input: resetPasswordInput, access: 'accounts.manage' }),
  /** Deactivating ends the person's sessions; the account and its history stay. */
  'accounts.setActive': defineOperation<AccountSummary>()({ input: setAccountActiveInput, access: 'accounts.manage' }),
};
