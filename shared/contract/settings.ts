import { z } from 'zod';
import { defineOperation } from './define';
import { isKnownTimeZone } from '../dates';
import { PAPER_SIZES, type PaperSize } from './rosters';
import { expectedVersion, text } from '../schemas/common';

export const centreSettingsInput = z.strictObject({
  idleLockMinutes: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(1, { message: 'validation.idleRange' }).max(120, { message: 'validation.idleRange' }),
  timeZone: text({ min: 1, max: 64 })
    .refine(isKnownTimeZone, { message: 'validation.timeZone' }),
  /** How far ahead a never-ending series' occurrences exist as rows (extended when someone looks further). */
  scheduleHorizonWeeks: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(4, { message: 'validation.horizonRange' }).max(104, { message: 'validation.horizonRange' }),
  /** A mentoring pair without a meeting for this many days is flagged (issue 15). */
  mentoringGapDays: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(1, { message: 'validation.mentoringGapRange' }).max(90, { message: 'validation.mentoringGapRange' }),
  /** The sheet size the printed rosters are laid out for. */
  paperSize: z.enum(PAPER_SIZES, { message: 'validation.choose' }),
  /** The centre's name, printed at the head of every roster and sign-in sheet. */
  centreName: text({ min: 1, max: 80 }),
  /** Unsigned group notes older than this many days are listed for their authors and managers (issue 16). */
  unsignedNoteOverdueDays: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(1, { message: 'validation.overdueDaysRange' }).max(30, { message: 'validation.overdueDaysRange' }),
});
export type CentreSettingsInput = z.input<typeof centreSettingsInput>;

/** The whole settings form with the version it was loaded at (the settings share one version). */
export const updateCentreSettingsInput = centreSettingsInput.extend({ expectedVersion });
export type UpdateCentreSettingsInput = z.input<typeof updateCentreSettingsInput>;

export interface CentreSettings {
  idleLockMinutes: number;
  /** IANA zone in which wall times and "today" are computed: the centre's, never the machine's. */
  timeZone: string;
  /** Weeks ahead of today for which recurring sessions are materialised as occurrences (4–104). */
  scheduleHorizonWeeks: number;
  mentoringGapDays: number;
  /** Letter (North America, the default) or A4, for the printed rosters. */
  paperSize: PaperSize;
  centreName: string;
  /** Days after which an unsigned note is listed as overdue (1–30). */
  unsignedNoteOverdueDays: number;
  /** One version for the centre's settings as a whole; settings.update sends it back as `expectedVersion`. */
  version: number;
}

export const settingsContract = {
  'settings.get': defineOperation<CentreSettings>()({ input: z.strictObject({}), access: 'signed-in' }),
  'settings.update': defineOperation<CentreSettings>()({ input: updateCentreSettingsInput, access: 'settings.manage' }),
};
