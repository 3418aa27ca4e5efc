import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AttendanceStatus, EngagementLevel } from '../../../shared/contract/attendance';
import { addDays } from '../../../shared/dates';
import { newId } from '../ids';
import { AttendanceMarkEntity } from './attendance-mark.entity';

/** Rows per INSERT: well under any driver's limit of bound parameters (10 columns a row). */
const BATCH = 80;

interface HeldBooking {
  occurrenceId: string;
  residentId: string;
  localDate: string;
  clinical: boolean | number;
  facilitatorId: string | null;
}

/**
 * Attendance history for the demo centre: a mark for every participant of every occurrence held
 * before `today`, with realistic gaps. Deterministic (a hash of the ids, not Math.random), so the
 * same demo data gives the same marks. About one occurrence in twenty has no attendance taken;
 * most people come, some late or leaving early, a few excused or absent; about one resident in
 * ten slips over the last three weeks (absent more often than not), so flags show on their pages.
 * Non-clinical activities get an engagement level for those who came. Runs inside the demo's one
 * transaction (the demo load is audited as one action); returns how many marks it wrote.
 */
export async function seedDemoAttendance(manager: EntityManager, options: { today: string; recordedAt: string }): Promise<number> {
  const bookings = await manager.query<HeldBooking[]>(
    `SELECT o.id AS occurrenceId, p.resident_id AS residentId, o.local_date AS localDate, a.clinical AS clinical,
            (SELECT MIN(f.staff_id) FROM occurrence_facilitators f WHERE f.occurrence_id = o.id) AS facilitatorId
       FROM occurrences o
       JOIN occurrence_participants p ON p.occurrence_id = o.id
       JOIN sessions s ON s.id = o.session_id
       JOIN activity_types a ON a.id = s.activity_type_id
      WHERE o.status = 'scheduled' AND o.local_date < ?
        AND NOT EXISTS (SELECT 1 FROM attendance_marks m WHERE m.occurrence_id = o.id)
      ORDER BY o.starts_at`,
    [options.today],
  );
  const slippingSince = addDays(options.today, -21);
  const rows: AttendanceMarkEntity[] = [];
  for (const booking of bookings) {
    if (chance(booking.occurrenceId, 'untaken') < 0.05) continue;
    const slipping = chance(booking.residentId, 'slipping') < 0.1 && booking.localDate >= slippingSince;
    const status = demoStatus(chance(booking.occurrenceId, booking.residentId), slipping);
    const came = status === 'present' || status === 'late' || status === 'leftEarly';
    rows.push({
      id: newId(),
      occurrenceId: booking.occurrenceId,
      residentId: booking.residentId,
      status,
      reason: status === 'excused' ? 'Medical appointment' : null,
      engagement: came && !booking.clinical ? demoEngagement(chance(booking.residentId, booking.occurrenceId, 'engagement')) : null,
      walkIn: false,
      recordedAt: options.recordedAt,
      recordedByStaffId: booking.facilitatorId,
      version: 1,
    });
  }
  for (let start = 0; start < rows.length; start += BATCH) await manager.insert(AttendanceMarkEntity, rows.slice(start, start + BATCH));
  return rows.length;
}

/** A number in [0, 1) fixed by its inputs. */
function chance(...parts: string[]): number {
  return createHash('sha256').update(parts.join('|')).digest().readUInt32BE(0) / 2 ** 32;
}

/** The status a roll in [0, 1) gives: most people come; a slipping resident is absent more often than not. */
export function demoStatus(roll: number, slipping: boolean): AttendanceStatus {
  if (slipping) return roll < 0.6 ? 'absent' : roll < 0.7 ? 'excused' : 'present';
  if (roll < 0.78) return 'present';
  if (roll < 0.86) return 'late';
  if (roll < 0.9) return 'leftEarly';
  if (roll < 0.95) return 'excused';
  return 'absent';
}

function demoEngagement(roll: number): EngagementLevel {
  return roll < 0.08 ? 'declined' : roll < 0.3 ? 'observed' : roll < 0.75 ? 'tookPart' : 'fullyEngaged';
}
