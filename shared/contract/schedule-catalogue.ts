import { z } from 'zod';
import { defineOperation } from './define';
import { isDarkEnoughForWhiteText, isHexColour } from '../schedule/colours';
import { expectedVersion, isoDate, list, recordId, requiredName, text } from '../schemas/common';

// What the schedule books: activity types (what the centre offers and what each requires),
// locations, and other bookable resources (horses first of all, and equipment). Each is an
// editable record with a version; none is deleted, only made inactive, so past sessions keep
// their names.

// ---- Vocabulary -------------------------------------------------------------------------------

/**
 * What a participant must have on their resident record to join an activity of a type: a signed
 * equine waiver (equine-assisted therapy), the photo consent (e.g. an art show). New consents
 * the register learns later become new requirements here.
 */
export const REQUIREMENTS = ['equineWaiver', 'photoConsent'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

export const RESOURCE_KINDS = ['horse', 'equipment'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** 0 = Sunday … 6 = Saturday, as dayjs's `day()`. */
export const WEEKDAY_NUMBERS = [0, 1, 2, 3, 4, 5, 6] as const;
export type WeekdayNumber = (typeof WEEKDAY_NUMBERS)[number];

export const MAX_DURATION_MINUTES = 12 * 60;
export const MAX_CAPACITY = 500;

const minutes = z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(5, { message: 'validation.durationRange' }).max(MAX_DURATION_MINUTES, { message: 'validation.durationRange' });
export const capacity = z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(1, { message: 'validation.capacityRange' }).max(MAX_CAPACITY, { message: 'validation.capacityRange' });
const colour = text({ min: 7, max: 7, minMessage: 'validation.colour', maxMessage: 'validation.colour' })
  .refine(isHexColour, { message: 'validation.colour' })
  .refine(isDarkEnoughForWhiteText, { message: 'validation.colourTooLight' })
  .transform((value) => value.toLowerCase());
const unique = <T>(values: T[]) => new Set(values).size === values.length;

// ---- Activity types ---------------------------------------------------------------------------

const activityTypeShape = {
  name: requiredName,
  colour,
  defaultDurationMinutes: minutes,
  defaultCapacity: capacity,
  /** Clinical activities (therapy proper) versus recreation; notes and reports tell them apart later. */
  clinical: z.boolean(),
  requirements: list(z.enum(REQUIREMENTS, { message: 'validation.choose' }), { max: REQUIREMENTS.length, message: 'validation.choose' }).refine(unique, { message: 'validation.choose' }),
};
export const createActivityTypeInput = z.strictObject(activityTypeShape);
export const updateActivityTypeInput = z.strictObject({ id: recordId, expectedVersion, active: z.boolean(), ...activityTypeShape });
export type CreateActivityTypeInput = z.input<typeof createActivityTypeInput>;
export type UpdateActivityTypeInput = z.input<typeof updateActivityTypeInput>;

export interface ActivityType {
  id: string;
  name: string;
  /** `#rrggbb`, dark enough for white text. */
  colour: string;
  defaultDurationMinutes: number;
  defaultCapacity: number;
  clinical: boolean;
  requirements: Requirement[];
  active: boolean;
  version: number;
}

// ---- Locations --------------------------------------------------------------------------------

const locationShape = {
  name: requiredName,
  capacity,
  /** Off-site places (the riding arena in town) matter for transport and the "who is where" board. */
  onSite: z.boolean(),
};
export const createLocationInput = z.strictObject(locationShape);
export const updateLocationInput = z.strictObject({ id: recordId, expectedVersion, active: z.boolean(), ...locationShape });
export type CreateLocationInput = z.input<typeof createLocationInput>;
export type UpdateLocationInput = z.input<typeof updateLocationInput>;

export interface Location {
  id: string;
  name: string;
  capacity: number;
  onSite: boolean;
  active: boolean;
  version: number;
}

// ---- Resources (horses, equipment) ------------------------------------------------------------

const resourceShape = {
  kind: z.enum(RESOURCE_KINDS, { message: 'validation.choose' }),
  name: requiredName,
  /** How many sessions the resource may take in one day (a horse's workload); null: no limit. */
  maxSessionsPerDay: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(1, { message: 'validation.sessionsPerDayRange' }).max(20, { message: 'validation.sessionsPerDayRange' }).nullable(),
  /** Weekdays on which it is never booked (a horse's rest days). */
  restDays: list(z.union(WEEKDAY_NUMBERS.map((day) => z.literal(day)), { message: 'validation.choose' }), { max: 6, message: 'validation.restDays' }).refine(unique, { message: 'validation.restDays' }),
};
export const createResourceInput = z.strictObject(resourceShape);
export const updateResourceInput = z.strictObject({ id: recordId, expectedVersion, active: z.boolean(), ...resourceShape });
export type CreateResourceInput = z.input<typeof createResourceInput>;
export type UpdateResourceInput = z.input<typeof updateResourceInput>;

/** A dated period in which a resource cannot be booked ("lame until 12 Dec"), both days included. */
export const outOfServicePeriodInput = z
  .strictObject({
    resourceId: recordId,
    startsOn: isoDate,
    endsOn: isoDate,
    reason: text({ min: 1, max: 200 }),
  })
  .refine((period) => period.endsOn >= period.startsOn, { message: 'validation.endBeforeStart', path: ['endsOn'] });
export type OutOfServicePeriodInput = z.input<typeof outOfServicePeriodInput>;

export interface OutOfServicePeriod {
  id: string;
  resourceId: string;
  startsOn: string;
  endsOn: string;
  reason: string;
  recordedAt: string;
}

export interface Resource {
  id: string;
  kind: ResourceKind;
  name: string;
  maxSessionsPerDay: number | null;
  restDays: WeekdayNumber[];
  active: boolean;
  version: number;
  /** Periods out of service, current and future first (past ones are kept for history). */
  outOfService: OutOfServicePeriod[];
}

const includeInactive = z.strictObject({ includeInactive: z.boolean().default(false) });

export const scheduleCatalogueContract = {
  'activityTypes.list': defineOperation<ActivityType[]>()({ input: includeInactive, access: 'schedule.read' }),
  'activityTypes.create': defineOperation<ActivityType>()({ input: createActivityTypeInput, access: 'schedule.setup' }),
  'activityTypes.update': defineOperation<ActivityType>()({ input: updateActivityTypeInput, access: 'schedule.setup' }),

  'locations.list': defineOperation<Location[]>()({ input: includeInactive, access: 'schedule.read' }),
  'locations.create': defineOperation<Location>()({ input: createLocationInput, access: 'schedule.write' }),
  'locations.update': defineOperation<Location>()({ input: updateLocationInput, access: 'schedule.write' }),

  'resources.list': defineOperation<Resource[]>()({ input: includeInactive, access: 'schedule.read' }),
  'resources.create': defineOperation<Resource>()({ input: createResourceInput, access: 'schedule.write' }),
  'resources.update': defineOperation<Resource>()({ input: updateResourceInput, access: 'schedule.write' }),
  /** Takes a resource out of service for a period. Occurrences that book it then are listed by `schedule.previewAvailabilityChange` first. */
  'resources.addOutOfService': defineOperation<Resource>()({ input: outOfServicePeriodInput, access: 'schedule.write' }),
  /** Removes a period entered by mistake or ended early (recorded in the audit trail with what it was). */
  'resources.removeOutOfService': defineOperation<Resource>()({ input: z.strictObject({ periodId: recordId }), access: 'schedule.write' }),
};

