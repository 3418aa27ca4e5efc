import type { MigrationInterface } from 'typeorm';
import { Initial0001 } from './0001-initial';
import { RecordVersions0002 } from './0002-record-versions';
import { KeyedAuditChain0003 } from './0003-keyed-audit-chain';
import { Scheduling0004 } from './0004-scheduling';
import { PeerGroups0005 } from './0005-peer-groups';
import { Attendance0006 } from './0006-attendance';
import { GroupNotes0007 } from './0007-group-notes';
import { GroupSessions0008 } from './0008-group-sessions';
import { GroupNoteTemplates0009 } from './0009-group-note-templates';
import { SignInSheetEntries0010 } from './0010-sign-in-sheet-entries';

/**
 * Applied in this order, each in its own transaction. Append only: never edit a shipped
 * migration. A test checks that this list and the files in this folder agree.
 */
export const MIGRATIONS: Array<new () => MigrationInterface> = [Initial0001, RecordVersions0002, KeyedAuditChain0003, Scheduling0004, PeerGroups0005, Attendance0006, GroupNotes0007, GroupSessions0008, GroupNoteTemplates0009, SignInSheetEntries0010];
