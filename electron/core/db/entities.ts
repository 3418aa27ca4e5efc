import { AuditChainHeadEntity } from '../audit/audit-chain-head.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AccountEntity } from '../auth/account.entity';
import { SignInThrottleEntity } from '../auth/sign-in-throttle.entity';
import { ResidentStatusEventEntity } from '../residents/resident-status-event.entity';
import { ResidentEntity } from '../residents/resident.entity';
import { CentreSettingsEntity } from '../settings/centre-settings.entity';
import { SettingEntity } from '../settings/setting.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { StaffRoleEntity } from '../staff/staff-role.entity';

/** Every entity of the core. A test checks that the migrations produce exactly these tables. */
export const ENTITIES = [
  ResidentEntity,
  ResidentStatusEventEntity,
  StaffMemberEntity,
  StaffRoleEntity,
  AccountEntity,
  SignInThrottleEntity,
  SettingEntity,
  CentreSettingsEntity,
  AuditEventEntity,
  AuditChainHeadEntity,
];
