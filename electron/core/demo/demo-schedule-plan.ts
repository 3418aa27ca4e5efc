import type { CreateActivityTypeInput, CreateLocationInput, CreateResourceInput } from '../../../shared/contract/schedule-catalogue';
import type { SessionDraft, WeekdayCode } from '../../../shared/contract/schedule';
import { addDays, dayjs, startOfWeek } from '../../../shared/dates';

// The demo centre's timetable, as plain data: what the centre has (places, horses, instruments,
// three more activity types), a day of 40 sessions in eight time blocks, and the series that fill
// three months back and three months ahead. No database here: demo-schedule-seeder.ts sends it
// through the ordinary services, whose conflict check must find nothing to refuse.
//
// Conflict-free by construction:
// - the blocks of a day never overlap, and within a block every session has its own place, its
//   own facilitator and its own residents, so nobody and nothing is booked twice;
// - the timetable is cut into segments of four weeks (one series per session and segment), and a
//   segment's participants are residents admitted for the whole of it; equine sessions take only
//   residents whose waiver was signed before it starts;
// - a facilitator away, or a horse out of service, at any time in a segment is left out of it (the
//   horse's sessions go to a horse of another block: two sessions that day, within its limit).

export const DEMO_ACTIVITY_TYPES = {
  art: 'Art therapy',
  music: 'Music therapy',
  yoga: 'Yoga',
  equine: 'Equine-assisted therapy',
  process: 'Process group',
  lifeSkills: 'Life skills',
  mindfulness: 'Mindfulness',
  walk: 'Outdoor walk',
} as const;
export type DemoActivity = keyof typeof DEMO_ACTIVITY_TYPES;

/** The activity types the demo adds to the four every installation starts with. */
export const DEMO_NEW_ACTIVITY_TYPES: Partial<Record<DemoActivity, CreateActivityTypeInput>> = {
  process: { name: DEMO_ACTIVITY_TYPES.process, colour: '#364fc7', defaultDurationMinutes: 75, defaultCapacity: 10, clinical: true, requirements: [] },
  lifeSkills: { name: DEMO_ACTIVITY_TYPES.lifeSkills, colour: '#5f3dc4', defaultDurationMinutes: 60, defaultCapacity: 10, clinical: false, requirements: [] },
  mindfulness: { name: DEMO_ACTIVITY_TYPES.mindfulness, colour: '#0b7285', defaultDurationMinutes: 45, defaultCapacity: 12, clinical: false, requirements: [] },
  walk: { name: DEMO_ACTIVITY_TYPES.walk, colour: '#2b6a3e', defaultDurationMinutes: 60, defaultCapacity: 12, clinical: false, requirements: [] },
};

export const DEMO_LOCATIONS = {
  artStudio: { name: 'Art studio', capacity: 10, onSite: true },
  musicRoom: { name: 'Music room', capacity: 8, onSite: true },
  yogaRoom: { name: 'Yoga room', capacity: 15, onSite: true },
  barn: { name: 'Barn and paddock', capacity: 6, onSite: true },
  groupRoom: { name: 'Group room', capacity: 12, onSite: true },
  smallGroupRoom: { name: 'Small group room', capacity: 8, onSite: true },
  garden: { name: 'Garden', capacity: 20, onSite: true },
  trail: { name: 'Lakeside trail (off site)', capacity: 20, onSite: false },
} satisfies Record<string, CreateLocationInput>;
export type DemoPlace = keyof typeof DEMO_LOCATIONS;

/** Six horses, each at most two sessions a day, resting on Sundays; and the music room's instruments. */
export const DEMO_HORSES = ['Bella', 'Comet', 'Maple', 'Ranger', 'Willow', 'Duke'];
export const DEMO_HORSE_INPUT = (name: string): CreateResourceInput => ({ kind: 'horse', name, maxSessionsPerDay: 2, restDays: [0] });
export const DEMO_INSTRUMENTS: CreateResourceInput = { kind: 'equipment', name: 'Music room instruments', maxSessionsPerDay: null, restDays: [] };

/** The horse that is lame (index in DEMO_HORSES), and the one taking its sessions meanwhile. */
export const LAME_HORSE = 1;
const STAND_IN_HORSE = 4;

const EVERY_DAY: WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** The horses rest on Sundays. */
const NOT_SUNDAY: WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

interface Block {
  start: string;
  minutes: number;
  sessions: Array<{ activity: DemoActivity; place: DemoPlace; horses?: number[] }>;
}

/** One day: 40 sessions (37 on Sundays, without the horses). */
export const DEMO_DAY: Block[] = [
  { start: '07:30', minutes: 60, sessions: [{ activity: 'yoga', place: 'yogaRoom' }, { activity: 'mindfulness', place: 'garden' }, { activity: 'walk', place: 'trail' }] },
  {
    start: '09:00',
    minutes: 90,
    sessions: [
      { activity: 'art', place: 'artStudio' },
      { activity: 'music', place: 'musicRoom' },
      { activity: 'equine', place: 'barn', horses: [0, 1] },
      { activity: 'process', place: 'groupRoom' },
      { activity: 'lifeSkills', place: 'smallGroupRoom' },
      { activity: 'mindfulness', place: 'garden' },
    ],
  },
  {
    start: '10:45',
    minutes: 75,
    sessions: [
      { activity: 'art', place: 'artStudio' },
      { activity: 'music', place: 'musicRoom' },
      { activity: 'yoga', place: 'yogaRoom' },
      { activity: 'process', place: 'groupRoom' },
      { activity: 'lifeSkills', place: 'smallGroupRoom' },
      { activity: 'equine', place: 'barn', horses: [2, 3] },
    ],
  },
  {
    start: '13:30',
    minutes: 90,
    sessions: [
      { activity: 'art', place: 'artStudio' },
      { activity: 'music', place: 'musicRoom' },
      { activity: 'yoga', place: 'yogaRoom' },
      { activity: 'equine', place: 'barn', horses: [4, 5] },
      { activity: 'process', place: 'groupRoom' },
      { activity: 'lifeSkills', place: 'smallGroupRoom' },
      { activity: 'walk', place: 'trail' },
    ],
  },
  {
    start: '15:15',
    minutes: 75,
    sessions: [
      { activity: 'art', place: 'artStudio' },
      { activity: 'music', place: 'musicRoom' },
      { activity: 'yoga', place: 'yogaRoom' },
      { activity: 'process', place: 'groupRoom' },
      { activity: 'lifeSkills', place: 'smallGroupRoom' },
      { activity: 'mindfulness', place: 'garden' },
    ],
  },
  {
    start: '16:45',
    minutes: 60,
    sessions: [
      { activity: 'music', place: 'musicRoom' },
      { activity: 'process', place: 'groupRoom' },
      { activity: 'lifeSkills', place: 'smallGroupRoom' },
      { activity: 'yoga', place: 'yogaRoom' },
      { activity: 'art', place: 'artStudio' },
    ],
  },
  {
    start: '19:00',
    minutes: 60,
    sessions: [
      { activity: 'process', place: 'groupRoom' },
      { activity: 'yoga', place: 'yogaRoom' },
      { activity: 'art', place: 'artStudio' },
      { activity: 'mindfulness', place: 'garden' },
      { activity: 'music', place: 'musicRoom' },
    ],
  },
  { start: '20:15', minutes: 45, sessions: [{ activity: 'process', place: 'smallGroupRoom' }, { activity: 'mindfulness', place: 'yogaRoom' }] },
];

/** Residents in a session: a small group, never more than the session or its place holds. */
const GROUP_SIZE = 5;
const EQUINE_GROUP_SIZE = 4;

export interface DemoResident {
  id: string;
  /** The current stay (a readmitted resident's earlier stay is left out: no booking needs it). */
  admissionDate: string;
  dischargeDate: string | null;
  equineWaiverSignedOn: string | null;
}

export interface DatedPeriod {
  id: string;
  startsOn: string;
  endsOn: string;
}

export interface DemoScheduleIds {
  activityTypes: Record<DemoActivity, string>;
  activityCapacity: Record<DemoActivity, number>;
  locations: Record<DemoPlace, string>;
  horses: string[];
  instruments: string;
}

export interface DemoPlanInput {
  /** The centre's today. */
  today: string;
  residents: DemoResident[];
  /** Staff who run sessions, in a stable order. */
  facilitators: string[];
  ids: DemoScheduleIds;
  /** Staff absences (`id` = the staff member) and horses out of service (`id` = the horse). */
  absences: DatedPeriod[];
  outOfService: DatedPeriod[];
}

const overlaps = (period: DatedPeriod, from: string, to: string) => period.startsOn <= to && period.endsOn >= from;

/**
 * The segments: four weeks each, one of them starting on this week's Monday (so everyone admitted
 * by then takes part in this week's sessions), from 13 weeks back to 13 weeks ahead of `today`.
 */
export function demoSegments(today: string): Array<{ from: string; to: string }> {
  const first = addDays(today, -91);
  const last = addDays(today, 91);
  const monday = startOfWeek(today, 1);
  let boundary = monday;
  while (boundary > first) boundary = addDays(boundary, -28);
  const segments: Array<{ from: string; to: string }> = [];
  for (let start = boundary; start <= last; start = addDays(start, 28)) {
    const from = start < first ? first : start;
    const end = addDays(start, 27);
    segments.push({ from, to: end > last ? last : end });
  }
  return segments;
}

/** Every series of the demo timetable, as session drafts ready for `sessions.create`. */
export function planDemoSessions(input: DemoPlanInput): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  for (const [segmentIndex, segment] of demoSegments(input.today).entries()) {
    const admitted = input.residents.filter((r) => r.admissionDate <= segment.from && (r.dischargeDate === null || r.dischargeDate > segment.to));
    const waivered = new Set(admitted.filter((r) => r.equineWaiverSignedOn !== null && r.equineWaiverSignedOn <= segment.from).map((r) => r.id));
    const staff = input.facilitators.filter((id) => !input.absences.some((a) => a.id === id && overlaps(a, segment.from, segment.to)));
    const horseOut = new Set(input.outOfService.filter((p) => overlaps(p, segment.from, segment.to)).map((p) => p.id));
    const horse = (index: number) => {
      const id = input.ids.horses[index];
      return horseOut.has(id) ? input.ids.horses[index === STAND_IN_HORSE ? 0 : STAND_IN_HORSE] : id;
    };

    for (const [blockIndex, block] of DEMO_DAY.entries()) {
      // A different rotation in each block and segment, so each resident's day mixes activities.
      const offset = (blockIndex * 7 + segmentIndex * 3) % Math.max(admitted.length, 1);
      const queue = [...admitted.slice(offset), ...admitted.slice(0, offset)].map((r) => r.id);
      const take = (count: number, fits: (id: string) => boolean) => {
        const chosen: string[] = [];
        for (let i = 0; i < queue.length && chosen.length < count; ) {
          if (fits(queue[i])) chosen.push(...queue.splice(i, 1));
          else i += 1;
        }
        return chosen;
      };
      // Equine sessions choose first, from the few with a waiver.
      const order = [...block.sessions.keys()].sort((a, b) => Number(block.sessions[b].activity === 'equine') - Number(block.sessions[a].activity === 'equine'));
      const participants = new Map<number, string[]>();
      for (const index of order) {
        const equine = block.sessions[index].activity === 'equine';
        // Some sessions are smaller than others; some residents have free time in every block.
        const size = equine ? EQUINE_GROUP_SIZE : GROUP_SIZE - ((index + blockIndex) % 3);
        participants.set(index, take(size, (id) => !equine || waivered.has(id)));
      }

      for (const [index, session] of block.sessions.entries()) {
        const equine = session.activity === 'equine';
        const facilitator = staff[(blockIndex * 5 + index + segmentIndex) % staff.length];
        // Distinct within the block: the rotation above gives each session of a block its own person.
        drafts.push({
          activityTypeId: input.ids.activityTypes[session.activity],
          title: null,
          locationId: input.ids.locations[session.place],
          resourceIds: equine ? (session.horses ?? []).map(horse) : session.activity === 'music' ? [input.ids.instruments] : [],
          facilitatorIds: [facilitator],
          participantIds: participants.get(index) ?? [],
          capacity: Math.min(input.ids.activityCapacity[session.activity], DEMO_LOCATIONS[session.place].capacity),
          // A series starts on one of its own weekdays (a first day off the rule is no occurrence to rely on).
          startDate: equine && weekdayOf(segment.from) === 0 ? addDays(segment.from, 1) : segment.from,
          startTime: block.start,
          durationMinutes: block.minutes,
          recurrence: { interval: 1, weekdays: equine ? NOT_SUNDAY : EVERY_DAY, ends: { kind: 'onDate', until: segment.to } },
        });
      }
    }
  }
  return drafts;
}

/** The Monday of next week to its Sunday: a facilitator's holiday. */
export function nextWeek(today: string): { startsOn: string; endsOn: string } {
  const monday = addDays(startOfWeek(today, 1), 7);
  return { startsOn: monday, endsOn: addDays(monday, 6) };
}

/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(date: string): number {
  return dayjs.utc(date).day();
}
