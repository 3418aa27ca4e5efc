import type { DataSource, EntityManager } from 'typeorm';
import { createActivityTypeInput, createLocationInput, createResourceInput, outOfServicePeriodInput } from '../../../shared/contract/schedule-catalogue';
import { cancelOccurrenceInput, createSessionInput } from '../../../shared/contract/schedule';
import { createStaffAbsenceInput } from '../../../shared/contract/staff-absences';
import { addDays, todayIn } from '../../../shared/dates';
import type { Clock } from '../clock';
import type { Actor } from '../context';
import { ResidentEntity } from '../residents/resident.entity';
import { StaffAbsencesService } from '../schedule/availability/staff-absences-service';
import { ActivityTypeEntity } from '../schedule/catalogue/activity-type.entity';
import { ActivityTypesService } from '../schedule/catalogue/activity-types-service';
import { LocationsService } from '../schedule/catalogue/locations-service';
import { ResourcesService } from '../schedule/catalogue/resources-service';
import { readOccurrences } from '../schedule/sessions/occurrence-reads';
import { OccurrencesService } from '../schedule/sessions/occurrences-service';
import { SessionsService } from '../schedule/sessions/sessions-service';
import type { SettingsService } from '../settings/settings-service';
import { StaffRoleEntity } from '../staff/staff-role.entity';
import {
  DEMO_ACTIVITY_TYPES,
  DEMO_HORSE_INPUT,
  DEMO_HORSES,
  DEMO_INSTRUMENTS,
  DEMO_LOCATIONS,
  DEMO_NEW_ACTIVITY_TYPES,
  LAME_HORSE,
  nextWeek,
  planDemoSessions,
  type DemoActivity,
  type DemoPlace,
} from './demo-schedule-plan';

/** Who runs the demo's sessions: the facilitators, counsellors and peer support specialists. */
const FACILITATING_ROLES = ['facilitator', 'counsellor', 'peer_support_specialist'] as const;

export interface DemoScheduleSummary {
  sessions: number;
}

/**
 * The demo centre's schedule, written through the schedule's own services inside the demo's one
 * transaction (their audit rows and checks apply): places, horses and instruments, a lame horse,
 * a facilitator's holiday next week, the timetable of demo-schedule-plan.ts and one cancelled
 * session tomorrow.
 */
export class DemoScheduleSeeder {
  private readonly activityTypes: ActivityTypesService;
  private readonly locations: LocationsService;
  private readonly resources: ResourcesService;
  private readonly absences: StaffAbsencesService;
  private readonly sessions: SessionsService;
  private readonly occurrences: OccurrencesService;

  constructor(
    dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {
    this.activityTypes = new ActivityTypesService(dataSource, clock);
    this.locations = new LocationsService(dataSource, clock);
    this.resources = new ResourcesService(dataSource, clock, settings);
    this.absences = new StaffAbsencesService(dataSource, clock);
    this.sessions = new SessionsService(dataSource, clock, settings);
    this.occurrences = new OccurrencesService(dataSource, clock, settings);
  }

  async seedIn(manager: EntityManager, actor: Actor | null): Promise<DemoScheduleSummary> {
    const { timeZone } = await this.settings.get(manager);
    const today = todayIn(timeZone, this.clock.now());

    const types = await this.activityTypesByKey(manager, actor);
    const locations = {} as Record<DemoPlace, string>;
    for (const [key, place] of Object.entries(DEMO_LOCATIONS) as Array<[DemoPlace, (typeof DEMO_LOCATIONS)[DemoPlace]]>) {
      locations[key] = (await this.locations.createIn(manager, createLocationInput.parse(place), actor)).id;
    }
    const horses: string[] = [];
    for (const name of DEMO_HORSES) horses.push((await this.resources.createIn(manager, createResourceInput.parse(DEMO_HORSE_INPUT(name)), actor)).id);
    const instruments = (await this.resources.createIn(manager, createResourceInput.parse(DEMO_INSTRUMENTS), actor)).id;

    const lame = { resourceId: horses[LAME_HORSE], startsOn: addDays(today, -4), endsOn: addDays(today, 10), reason: 'Lame' };
    await this.resources.addOutOfServiceIn(manager, outOfServicePeriodInput.parse(lame), actor);

    const facilitators = await this.facilitators(manager);
    const holiday = { staffId: facilitators[0], kind: 'holiday', ...nextWeek(today), note: 'Family trip, booked in the summer.' };
    await this.absences.createIn(manager, createStaffAbsenceInput.parse(holiday), actor);

    const drafts = planDemoSessions({
      today,
      residents: await manager.find(ResidentEntity, { select: { id: true, admissionDate: true, dischargeDate: true, equineWaiverSignedOn: true }, order: { id: 'ASC' } }),
      facilitators,
      ids: { activityTypes: types.ids, activityCapacity: types.capacity, locations, horses, instruments },
      absences: [{ id: holiday.staffId, startsOn: holiday.startsOn, endsOn: holiday.endsOn }],
      outOfService: [{ id: lame.resourceId, startsOn: lame.startsOn, endsOn: lame.endsOn }],
    });
    for (const draft of drafts) await this.sessions.createIn(manager, createSessionInput.parse({ draft }), actor);

    // Tomorrow's late-morning music therapy is off: the music room flooded.
    const tomorrow = addDays(today, 1);
    const music = await readOccurrences(manager, { fromDate: tomorrow, toDate: tomorrow, activityTypeIds: [types.ids.music], includeCancelled: false });
    const cancelled = music[1];
    const reason = 'The music room flooded overnight; the instruments are being dried.';
    await this.occurrences.cancelIn(manager, cancelOccurrenceInput.parse({ occurrenceId: cancelled.id, expectedVersion: cancelled.version, reason }), actor);
    return { sessions: drafts.length };
  }

  /** The four seeded types by their names, and the demo's own added. */
  private async activityTypesByKey(manager: EntityManager, actor: Actor | null) {
    const existing = await manager.find(ActivityTypeEntity);
    const ids = {} as Record<DemoActivity, string>;
    const capacity = {} as Record<DemoActivity, number>;
    for (const [key, name] of Object.entries(DEMO_ACTIVITY_TYPES) as Array<[DemoActivity, string]>) {
      const added = DEMO_NEW_ACTIVITY_TYPES[key];
      const type = added ? await this.activityTypes.createIn(manager, createActivityTypeInput.parse(added), actor) : existing.find((row) => row.name === name);
      if (!type) throw new Error(`The activity type ${name} is missing.`);
      ids[key] = type.id;
      capacity[key] = type.defaultCapacity;
    }
    return { ids, capacity };
  }

  /** Staff who run sessions, in the order they were added (ids are time-ordered). */
  private async facilitators(manager: EntityManager): Promise<string[]> {
    const rows = await manager.createQueryBuilder(StaffRoleEntity, 'r').select('DISTINCT r.staff_id', 'id').where('r.role IN (:...roles)', { roles: FACILITATING_ROLES }).orderBy('r.staff_id').getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }
}
