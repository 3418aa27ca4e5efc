import type { InputOf } from '../../shared/contract';
import type { SessionDraft } from '../../shared/contract/schedule';
import { admission, type TestCore } from './test-core';

/** A small centre to book: two rooms, a barn, a horse, two facilitators, three residents. */
export interface ScheduleWorld {
  yogaTypeId: string;
  equineTypeId: string;
  artTypeId: string;
  yogaRoomId: string;
  artStudioId: string;
  barnId: string;
  horseId: string;
  /** Two facilitators (staff members). */
  fiona: string;
  felix: string;
  /** Residents admitted on 2026-11-02; Éloïse has a signed equine waiver, Bruno none, Chloé no photo consent. */
  eloise: string;
  bruno: string;
  chloe: string;
  draft(overrides?: Partial<SessionDraft>): SessionDraft;
}

export async function createScheduleWorld(t: TestCore): Promise<ScheduleWorld> {
  const types = await t.must('admin', 'activityTypes.list', {});
  const typeId = (name: string) => types.find((type) => type.name === name)?.id ?? '';
  const yogaRoom = await t.must('admin', 'locations.create', { name: 'Yoga room', capacity: 4, onSite: true });
  const artStudio = await t.must('admin', 'locations.create', { name: 'Art studio', capacity: 10, onSite: true });
  const barn = await t.must('admin', 'locations.create', { name: 'Barn and paddock', capacity: 6, onSite: true });
  const horse = await t.must('admin', 'resources.create', { kind: 'horse', name: 'Biscuit', maxSessionsPerDay: 2, restDays: [0] });
  const staff = (firstName: string) => t.must('admin', 'staff.create', { firstName, lastName: 'Facilitator', roles: ['facilitator'], email: '', phone: '' });
  const fiona = await staff('Fiona');
  const felix = await staff('Felix');
  const resident = (overrides: Partial<InputOf<'residents.admit'>>) => t.must('admin', 'residents.admit', admission(overrides));
  const eloise = await resident({});
  const bruno = await resident({ firstName: 'Bruno', lastName: 'Gagnon', dateOfBirth: '1988-06-01', equineWaiverSignedOn: null });
  const chloe = await resident({ firstName: 'Chloé', lastName: 'Roy', dateOfBirth: '1995-09-09', photoConsent: false });
  const world: ScheduleWorld = {
    yogaTypeId: typeId('Yoga'),
    equineTypeId: typeId('Equine-assisted therapy'),
    artTypeId: typeId('Art therapy'),
    yogaRoomId: yogaRoom.id,
    artStudioId: artStudio.id,
    barnId: barn.id,
    horseId: horse.id,
    fiona: fiona.id,
    felix: felix.id,
    eloise: eloise.id,
    bruno: bruno.id,
    chloe: chloe.id,
    draft: (overrides = {}) => ({
      activityTypeId: world.yogaTypeId,
      title: null,
      locationId: world.yogaRoomId,
      resourceIds: [],
      facilitatorIds: [world.fiona],
      participantIds: [world.eloise],
      capacity: 4,
      startDate: '2026-12-02',
      startTime: '10:00',
      durationMinutes: 60,
      recurrence: { interval: 1, weekdays: ['WE'], ends: { kind: 'afterCount', count: 4 } },
      ...overrides,
    }),
  };
  return world;
}
