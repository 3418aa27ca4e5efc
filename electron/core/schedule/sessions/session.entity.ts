import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ActivityTypeEntity } from '../catalogue/activity-type.entity';
import { LocationEntity } from '../catalogue/location.entity';
import { PeerGroupEntity } from '../../groups/peer-group.entity';

/**
 * A session: single, or a series by an RFC 5545 rule. The rule and the first start are wall time
 * in `time_zone` (the centre's), so a weekly 18:00 stays 18:00 across daylight-saving changes;
 * occurrences are materialised from it (occurrence.entity.ts). Who and what it books are in the
 * session_* link tables; each occurrence keeps its own copy, so one can differ from its series.
 */
@Entity({ name: 'sessions' })
@Index('idx_sessions_activity_type', ['activityTypeId'])
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'activity_type_id' }) activityTypeId: string;
  @ManyToOne(() => ActivityTypeEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'activity_type_id' }) activityType?: ActivityTypeEntity;
  @Column({ type: 'varchar', length: 100, nullable: true }) title: string | null;
  @Column({ type: 'varchar', length: 36, name: 'location_id' }) locationId: string;
  @ManyToOne(() => LocationEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'location_id' }) location?: LocationEntity;
  /** A peer group's meeting: its roster as of each occurrence's date is enrolled in that occurrence (participants-sync.ts). */
  @Column({ type: 'varchar', length: 36, name: 'group_id', nullable: true }) groupId: string | null;
  @ManyToOne(() => PeerGroupEntity, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'group_id' }) group?: PeerGroupEntity | null;
  @Column({ type: 'integer' }) capacity: number;
  /** The first occurrence's wall time, `YYYY-MM-DDTHH:mm`. */
  @Column({ type: 'varchar', length: 16, name: 'start_local' }) startLocal: string;
  @Column({ type: 'integer', name: 'duration_minutes' }) durationMinutes: number;
  @Column({ type: 'varchar', length: 64, name: 'time_zone' }) timeZone: string;
  /** `RRULE:…` (RFC 5545) in wall time, without DTSTART (that is start_local); null: a single session. */
  @Column({ type: 'varchar', length: 300, nullable: true }) rule: string | null;
  /** Occurrences exist up to this wall date (included); extended when someone looks further ahead. */
  @Column({ type: 'varchar', length: 10, name: 'materialised_until' }) materialisedUntil: string;
  @Column({ type: 'varchar', length: 36, name: 'split_from_session_id', nullable: true }) splitFromSessionId: string | null;
  @Column({ type: 'text', name: 'capacity_override_reason', nullable: true }) capacityOverrideReason: string | null;
  @Column({ type: 'varchar', length: 30, name: 'created_at' }) createdAt: string;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
  @Column({ type: 'integer', default: 1 }) version: number;
}
