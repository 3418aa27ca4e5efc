import type { z } from 'zod';
import type { Permission } from '../permissions';

/**
 * Who may call an operation:
 * - 'public': anyone, even before sign-in (status, sign-in, first-run set-up);
 * - 'session': a signed-in person, even while the screen is locked (unlock, sign out);
 * - 'signed-in': any person with an unlocked session, whatever their roles;
 * - a Permission from shared/permissions.ts, checked against the person's roles.
 */
export type Access = 'public' | 'session' | 'signed-in' | Permission;

export interface OperationDefinition<Input extends z.ZodType, Output> {
  input: Input;
  access: Access;
  /** Phantom: carries the output type for the typed client; never set at run time. */
  readonly output?: Output;
}

export function defineOperation<Output>() {
  return <Input extends z.ZodType>(definition: { input: Input; access: Access }) =>
    definition as OperationDefinition<Input, Output>;
}
