import type { MigrationInterface } from 'typeorm';
import { Initial0001 } from './0001-initial';
import { RecordVersions0002 } from './0002-record-versions';
import { KeyedAuditChain0003 } from './0003-keyed-audit-chain';
import { Scheduling0004 } from './0004-scheduling';
import { Attendance0007 } from './0007-attendance';

/**
 * Applied in this order, each in its own transaction. Append only: never edit a shipped
 * migration. A test checks that this list and the files in this folder agree.
 */
export const MIGRATIONS: Array<new () => MigrationInterface> = [Initial0001, RecordVersions0002, KeyedAuditChain0003, Scheduling0004, Attendance0007];
