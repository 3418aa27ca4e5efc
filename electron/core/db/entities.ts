import { AttendanceMarkEntity } from '../attendance/attendance-mark.entity';
import { AuditChainHeadEntity } from '../audit/audit-chain-head.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AccountEntity } from '../auth/account.entity';
import { SignInThrottleEntity } from '../auth/sign-in-throttle.entity';
import { ResidentStatusEventEntity } from '../residents/resident-status-event.entity';
import { ResidentEntity } from '../residents/resident.entity';
import { CentreSettingsEntity } from '../settings/centre-settings.entity';
import { SettingEntity } from '../settings/setting.entity';
import { ActivityTypeEntity } from '../schedule/catalogue/activity-type.entity';
import { LocationEntity } from '../schedule/catalogue/location.entity';
import { ResourceOutOfServiceEntity } from '../schedule/catalogue/resource-out-of-service.entity';
import { ResourceEntity } from '../schedule/catalogue/resource.entity';
import { StaffAbsenceEntity } from '../schedule/availability/staff-absence.entity';
import { OccurrenceFacilitatorEntity, OccurrenceParticipantEntity, OccurrenceResourceEntity } from '../schedule/sessions/occurrence-links.entity';
import { OccurrenceEntity } from '../schedule/sessions/occurrence.entity';
import { SessionFacilitatorEntity, SessionParticipantEntity, SessionResourceEntity } from '../schedule/sessions/session-links.entity';
import { SessionEntity } from '../schedule/sessions/session.entity';
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
  ActivityTypeEntity,
  LocationEntity,
  ResourceEntity,
  ResourceOutOfServiceEntity,
  StaffAbsenceEntity,
  SessionEntity,
  SessionFacilitatorEntity,
  SessionParticipantEntity,
  SessionResourceEntity,
  OccurrenceEntity,
  OccurrenceFacilitatorEntity,
  OccurrenceParticipantEntity,
  OccurrenceResourceEntity,
  AttendanceMarkEntity,
];
