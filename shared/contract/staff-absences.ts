import { z } from 'zod';
import { defineOperation } from './define';
import { isoDate, optionalIsoDate, optionalNote, recordId } from '../schemas/common';

// A staff member's days away (sick, holiday, training), as dated rows, both days included. A
// facilitator who is away is a conflict of the schedule like any other (the one conflict check).

export const ABSENCE_KINDS = ['sick', 'holiday', 'training', 'other'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export const createStaffAbsenceInput = z
  .strictObject({
    staffId: recordId,
    kind: z.enum(ABSENCE_KINDS, { message: 'validation.choose' }),
    startsOn: isoDate,
    endsOn: isoDate,
    note: optionalNote(500),
  })
  .refine((absence) => absence.endsOn >= absence.startsOn, { message: 'validation.endBeforeStart', path: ['endsOn'] });
export type CreateStaffAbsenceInput = z.input<typeof createStaffAbsenceInput>;

export const listStaffAbsencesInput = z.strictObject({
  staffId: recordId.nullable().default(null),
  /** Absences that end on or after this date (default: all). */
  from: optionalIsoDate.default(null),
});
export type ListStaffAbsencesInput = z.input<typeof listStaffAbsencesInput>;

export interface StaffAbsence {
  id: string;
  staffId: string;
  staffName: string;
  kind: AbsenceKind;
  startsOn: string;
  endsOn: string;
  note: string | null;
  recordedAt: string;
}

export const staffAbsencesContract = {
  'staffAbsences.list': defineOperation<StaffAbsence[]>()({ input: listStaffAbsencesInput, access: 'schedule.read' }),
  /** Occurrences the person facilitates in the period are listed by `schedule.previewAvailabilityChange` first. */
  'staffAbsences.create': defineOperation<StaffAbsence>()({ input: createStaffAbsenceInput, access: 'schedule.write' }),
  /** Removes an absence entered by mistake (the audit trail keeps what it was). */
  'staffAbsences.remove': defineOperation<{ removed: true }>()({ input: z.strictObject({ id: recordId }), access: 'schedule.write' }),
};
