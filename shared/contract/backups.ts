import { z } from 'zod';
import { defineOperation } from './define';

/** Why a copy was made: by a person, by the daily schedule, or before a new version changed the schema. */
export const BACKUP_KINDS = ['manual', 'daily', 'beforeUpgrade'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  fileName: string;
  kind: BackupKind;
  /** UTC instant, ISO 8601. */
  createdAt: string;
  sizeBytes: number;
}

export interface BackupOverview {
  /** Where the copies are, to copy them on to the centre's backup drive. */
  folder: string;
  /** Newest first. */
  backups: BackupInfo[];
}

export const backupsContract = {
  'backups.list': defineOperation<BackupOverview>()({ input: z.strictObject({}), access: 'backups.manage' }),
  /** A consistent copy of the whole database now, checked before it is reported. */
  'backups.create': defineOperation<BackupInfo>()({ input: z.strictObject({}), access: 'backups.manage' }),
};
