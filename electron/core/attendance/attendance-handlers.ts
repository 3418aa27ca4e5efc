import type { attendanceContract } from '../../../shared/contract/attendance';
import { actorOf, type HandlersFor } from '../handler-types';
import type { ScheduleDeps } from '../schedule/schedule-deps';
import { AttendanceReportsService } from './attendance-reports-service';
import { AttendanceService } from './attendance-service';

export function attendanceHandlers(deps: ScheduleDeps): HandlersFor<typeof attendanceContract> {
  const attendance = new AttendanceService(deps);
  const reports = new AttendanceReportsService(deps);
  return {
    'attendance.sheet': (input, context) => attendance.sheet(input.occurrenceId, actorOf(context)),
    'attendance.record': (input, context) => attendance.record(input, actorOf(context)),
    'attendance.addWalkIn': (input, context) => attendance.addWalkIn(input, actorOf(context)),
    'attendance.correct': (input, context) => attendance.correct(input, actorOf(context)),
    'attendance.resident': (input, context) => reports.resident(input.residentId, actorOf(context)),
    'attendance.flagged': (_input, context) => reports.flagged(actorOf(context)),
    'attendance.participation': (input, context) => reports.participation(input, actorOf(context)),
    'attendance.exportParticipation': (input, context) => reports.exportParticipation(input, actorOf(context)),
  };
}
