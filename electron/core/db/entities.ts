import { AttendanceMarkEntity } from '../attendance/attendance-mark.entity';
import { AuditChainHeadEntity } from '../audit/audit-chain-head.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AccountEntity } from '../auth/account.entity';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { PeerGroupFacilitatorEntity } from '../groups/peer-group-facilitator.entity';
import { PeerGroupEntity } from '../groups/peer-group.entity';
import { WaitlistEntryEntity } from '../groups/waitlist-entry.entity';
import { MentoringMeetingEntity } from '../mentoring/mentoring-meeting.entity';
import { MentoringPairEntity } from '../mentoring/mentoring-pair.entity';
import { SignInThrottleEntity } from '../auth/sign-in-throttle.entity';
import { GroupNoteEntity } from '../notes/group-note.entity';
import { GroupNoteTemplateEntity } from '../notes/group-note-template.entity';
import { NoteAddendumEntity } from '../notes/note-addendum.entity';
import { NoteResidentEntity } from '../notes/note-resident.entity';
import { NoteRevisionEntity } from '../notes/note-revision.entity';
import { ResidentGoalEntity } from '../notes/resident-goal.entity';
import { SignInSheetEntryEntity } from '../rosters/sign-in-sheet-entry.entity';
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
  PeerGroupEntity,
  PeerGroupFacilitatorEntity,
  GroupMembershipEntity,
  WaitlistEntryEntity,
  MentoringPairEntity,
  MentoringMeetingEntity,
  AttendanceMarkEntity,
  GroupNoteEntity,
  NoteRevisionEntity,
  NoteAddendumEntity,
  NoteResidentEntity,
  ResidentGoalEntity,
  GroupNoteTemplateEntity,
  SignInSheetEntryEntity,
];
