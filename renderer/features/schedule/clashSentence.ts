import type { TFunction } from 'i18next';
import type { Clash } from '../../../shared/contract/schedule';
import { ABSENCE_KINDS, type AbsenceKind } from '../../../shared/contract/staff-absences';

/**
 * One clash of the conflict check as a sentence that names who or what clashes and with which
 * booking ("Anna Roy is already booked in Yoga (Mon, Dec 7, 2026 2:00 PM – 3:00 PM).").
 * `formatTimeRange` puts the other booking on the centre's wall clock.
 */
export function clashSentence(t: TFunction, clash: Clash, formatTimeRange: (startsAt: string, endsAt: string) => string): string {
  const params = {
    subject: clash.subject.name,
    other: clash.other?.title ?? '',
    when: clash.other ? formatTimeRange(clash.other.startsAt, clash.other.endsAt) : '',
    reason: reasonText(t, clash),
    requirement: clash.requirement ? t(`schedule.requirements.${clash.requirement}`) : '',
    limit: clash.limit ?? 0,
    count: clash.count ?? 0,
  };
  return t(`schedule.clashes.kinds.${clash.kind}`, params);
}

/** An absence comes as its kind (translated); an out-of-service period as the reason people typed. */
function reasonText(t: TFunction, clash: Clash): string {
  if (!clash.reason) return '';
  if (clash.kind === 'facilitatorAbsent' && isAbsenceKind(clash.reason)) return t(`schedule.absenceKinds.${clash.reason}`);
  return clash.reason;
}

function isAbsenceKind(value: string): value is AbsenceKind {
  return (ABSENCE_KINDS as readonly string[]).includes(value);
}
