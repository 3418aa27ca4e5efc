import type { z } from 'zod';
import { accountsContract } from './accounts';
import { attendanceContract } from './attendance';
import { auditContract } from './audit';
import { backupsContract } from './backups';
import { groupsContract } from './groups';
import { mentoringContract } from './mentoring';
import { authContract } from './auth';
import { notesContract } from './notes';
import { noteTemplatesContract } from './note-templates';
import { rostersContract } from './rosters';
import { residentsBreakGlassContract, residentsContract } from './residents';
import { scheduleContract } from './schedule';
import { scheduleCatalogueContract } from './schedule-catalogue';
import { settingsContract } from './settings';
import { staffContract } from './staff';
import { staffAbsencesContract } from './staff-absences';
import { systemContract } from './system';
import type { OperationDefinition } from './define';

/** The one map of every operation the renderer may call. Adding a domain means adding it here. */
export const contract = {
  ...systemContract,
  ...authContract,
  ...accountsContract,
  ...settingsContract,
  ...auditContract,
  ...backupsContract,
  ...residentsContract,
  ...residentsBreakGlassContract,
  ...staffContract,
  ...scheduleCatalogueContract,
  ...staffAbsencesContract,
  ...scheduleContract,
  ...groupsContract,
  ...mentoringContract,
  ...rostersContract,
  ...attendanceContract,
  ...notesContract,
  ...noteTemplatesContract,
};

export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What the caller sends (before defaults and transforms). */
export type InputOf<N extends OperationName> = z.input<Contract[N]['input']>;
/** What the handler receives (after parsing). */
export type ParsedInputOf<N extends OperationName> = z.output<Contract[N]['input']>;
export type OutputOf<N extends OperationName> = Contract[N] extends OperationDefinition<z.ZodType, infer O> ? O : never;

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
