import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per typed user name (existing or not, so the delay itself reveals nothing).
 * Kept in the database so restarting the app does not reset the count. `username` holds a keyed
 * hash of what was typed, never the text (see sign-in-throttle.ts).
 */
@Entity({ name: 'sign_in_throttle' })
export class SignInThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 }) username: string;
  @Column({ type: 'integer', name: 'consecutive_failures' }) consecutiveFailures: number;
  @Column({ type: 'varchar', length: 30, name: 'last_failure_at' }) lastFailureAt: string;
  @Column({ type: 'varchar', length: 30, name: 'blocked_until', nullable: true }) blockedUntil: string | null;
}
