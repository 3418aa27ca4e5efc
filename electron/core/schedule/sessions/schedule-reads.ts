import type { DataSource } from 'typeorm';
import type { ParsedInputOf } from '../../../../shared/contract';
import { MAX_RANGE_DAYS, type ScheduledOccurrence, type ScheduleRange, type Session } from '../../../../shared/contract/schedule';
import { daysBetween } from '../../../../shared/dates';
import { toInstant, type Clock } from '../../clock';
import { DomainError, invalidField } from '../../errors';
import type { SettingsService } from '../../settings/settings-service';
import { extendMaterialisation, materialisationBehind } from './materialise';
import { readOccurrence, readOccurrences } from './occurrence-reads';
import { readSession } from './session-reads';

export const sessionNotFound = () => new DomainError('not_found', 'problems.sessionNotFound', 'The session was not found.');
export const occurrenceNotFound = () => new DomainError('not_found', 'problems.occurrenceNotFound', 'The occurrence was not found.');

/** What the calendar, a resident's week and "My week" read: concrete occurrences, never rules. */
export class ScheduleReads {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  async range(input: ParsedInputOf<'schedule.range'>): Promise<ScheduleRange> {
    if (daysBetween(input.from, input.to) + 1 > MAX_RANGE_DAYS) throw invalidField('to', 'validation.rangeTooLong');
    const { timeZone } = await this.settings.get();
    await this.materialiseThrough(input.to);
    const occurrences = await readOccurrences(this.dataSource.manager, {
      fromDate: input.from,
      toDate: input.to,
      activityTypeIds: input.activityTypeIds,
      facilitatorId: input.facilitatorId,
      locationId: input.locationId,
      residentId: input.residentId,
      resourceId: input.resourceId,
      groupId: input.groupId,
      includeCancelled: input.includeCancelled,
    });
    return { timeZone, occurrences };
  }

  async occurrence(id: string): Promise<ScheduledOccurrence> {
    const occurrence = await readOccurrence(this.dataSource.manager, id);
    if (!occurrence) throw occurrenceNotFound();
    return occurrence;
  }

  async session(id: string): Promise<Session> {
    const session = await readSession(this.dataSource.manager, id);
    if (!session) throw sessionNotFound();
    return session;
  }

  /**
   * Someone looks further ahead than the series are materialised: their occurrences are made up
   * to that day first, in one transaction (derived rows: no audit row). A cheap read decides
   * whether a write is needed at all.
   */
  async materialiseThrough(date: string): Promise<void> {
    if (!(await materialisationBehind(this.dataSource.manager, date))) return;
    await this.dataSource.transaction((manager) => extendMaterialisation(manager, date, toInstant(this.clock.now())));
  }
}
