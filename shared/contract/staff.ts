import { z } from 'zod';
import { defineOperation } from './define';
import { ROLES, type Role } from '../permissions';
import { expectedVersion, optionalEmail, optionalPhone, list, recordId, requiredName, searchText } from '../schemas/common';

const staffDetailsShape = {
  firstName: requiredName,
  lastName: requiredName,
  roles: list(z.enum(ROLES, { message: 'validation.choose' }), { min: 1, max: ROLES.length, message: 'validation.rolesRequired' })
    .refine((roles) => new Set(roles).size === roles.length, { message: 'validation.rolesRequired' }),
  email: optionalEmail,
  phone: optionalPhone,
};

export const createStaffInput = z.strictObject(staffDetailsShape);
export type CreateStaffInput = z.input<typeof createStaffInput>;

export const updateStaffInput = z.strictObject({ id: recordId, expectedVersion, ...staffDetailsShape });
export type UpdateStaffInput = z.input<typeof updateStaffInput>;

export const setStaffActiveInput = z.strictObject({ id: recordId, expectedVersion, active: z.boolean() });

export const listStaffInput = z.strictObject({
  search: searchText.default(''),
  role: z.enum([...ROLES, 'all']).default('all'),
  includeInactive: z.boolean().default(false),
});
export type ListStaffInput = z.input<typeof listStaffInput>;

export interface StaffMember {
  id: string;
  firstName: string;
  lastName: string;
  roles: Role[];
  email: string | null;
  phone: string | null;
  active: boolean;
  /** The sign-in name, if this person has an account. */
  username: string | null;
  createdAt: string;
  updatedAt: string;
  /** Raised by one on every change; staff.update and staff.setActive send it back as `expectedVersion`. */
  version: number;
}

export const staffContract = {
  'staff.list': defineOperation<StaffMember[]>()({ input: listStaffInput, access: 'staff.read' }),
  'staff.get': defineOperation<StaffMember>()({ input: z.strictObject({ id: recordId }), access: 'staff.read' }),
  'staff.create': defineOperation<StaffMember>()({ input: createStaffInput, access: 'staff.write' }),
  'staff.update': defineOperation<StaffMember>()({ input: updateStaffInput, access: 'staff.write' }),
  /** Deactivating keeps the record and its history; it also ends the person's ability to sign in. */
  'staff.setActive': defineOperation<StaffMember>()({ input: setStaffActiveInput, access: 'staff.write' }),
};
