import dayjs from 'dayjs';
import type { DataSource, EntityManager } from 'typeorm';
import type { DemoDataSummary } from '../../../shared/contract/system';
import type { DischargeReason, Program } from '../../../shared/contract/residents';
import { admitResidentInput, dischargeResidentInput, readmitResidentInput } from '../../../shared/contract/residents';
import { createStaffInput } from '../../../shared/contract/staff';
import type { Role } from '../../../shared/permissions';
import type { Clock } from '../clock';
import type { Actor } from '../context';
import { conflict } from '../errors';
import type { ResidentsService } from '../residents/residents-service';
import { ResidentEntity } from '../residents/resident.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import type { SettingsService } from '../settings/settings-service';
import type { StaffService } from '../staff/staff-service';
import { seedDemoAttendance } from '../attendance/demo-attendance';
import { toInstant } from '../clock';
import type { GroupsService } from '../groups/groups-service';
import type { MentoringService } from '../mentoring/mentoring-service';
import { todayIn } from '../../../shared/dates';
import { seedDemoPeerSupport } from './demo-peer-support-seeder';
import { DemoScheduleSeeder } from './demo-schedule-seeder';
import { FIRST_NAMES, HOUSES, LAST_NAMES, RELATIONSHIPS } from './demo-names';

export const DEMO_RESIDENTS = 60;
export const DEMO_STAFF = 15;

const STAFF_ROLES: Role[][] = [
  ['manager'],
  ['counsellor'],
  ['counsellor'],
  ['counsellor', 'facilitator'],
  ['facilitator'],
  ['facilitator'],
  ['facilitator'],
  ['peer_support_specialist'],
  ['peer_support_specialist', 'facilitator'],
  ['peer_support_specialist'],
  ['scheduling_staff'],
  ['scheduling_staff'],
  ['facilitator'],
  ['counsellor'],
  ['peer_support_specialist'],
];

/** A small deterministic generator, so every demo database looks the same. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Fills an empty register with fictional people through the ordinary services, so the demo data
 * has the same status history and audit rows as real data would; then their schedule.
 */
export class DemoSeeder {
  private readonly schedule: DemoScheduleSeeder;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly residents: ResidentsService,
    private readonly staff: StaffService,
    private readonly settings: SettingsService,
    private readonly peerSupport: { groups: GroupsService; mentoring: MentoringService },
  ) {
    this.schedule = new DemoScheduleSeeder(dataSource, clock, settings);
  }

  /**
   * Demo data goes only into a new installation: no resident yet and no staff but the first
   * administrator, so fictional people are never mixed with real ones.
   */
  async isRegisterEmpty(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const residents = await manager.count(ResidentEntity);
    const staff = await manager.count(StaffMemberEntity);
    return residents === 0 && staff <= 1;
  }

  /**
   * All or nothing, as one unit of work: one transaction, in which the services' manager-taking
   * pieces (`createIn`, `admitIn`, …) do the writing, so a failure halfway leaves no partial demo
   * data behind and no transaction is ever opened inside another.
   */
  async seed(actor: Actor | null): Promise<DemoDataSummary> {
    return this.dataSource.transaction((manager) => this.seedEverything(manager, actor));
  }

  private async seedEverything(manager: EntityManager, actor: Actor | null): Promise<DemoDataSummary> {
    if (!(await this.isRegisterEmpty(manager))) throw conflict('problems.registerNotEmpty', 'The register already holds people; demo data is only loaded into a new, empty one.');
    const random = seededRandom(20261123);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const today = dayjs(this.clock.now());

    for (let i = 0; i < DEMO_STAFF; i += 1) {
      const firstName = FIRST_NAMES[(i * 7 + 3) % FIRST_NAMES.length];
      const lastName = LAST_NAMES[(i * 11 + 5) % LAST_NAMES.length];
      await this.staff.createIn(
        manager,
        createStaffInput.parse({
          firstName,
          lastName,
          roles: STAFF_ROLES[i],
          email: `${firstName}.${lastName}`.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase() + '@hearth.example',
          phone: `819-555-${String(1000 + i * 37).slice(-4)}`,
        }),
        actor,
      );
    }

    for (let i = 0; i < DEMO_RESIDENTS; i += 1) {
      const program: Program = i % 5 === 4 ? 'outpatient' : 'residential';
      const admittedDaysAgo = 10 + Math.floor(random() * 150);
      const admissionDate = today.subtract(admittedDaysAgo, 'day');
      const language = random() < 0.35 ? 'fr' : 'en';
      const resident = await this.residents.admitIn(
        manager,
        admitResidentInput.parse({
          firstName: FIRST_NAMES[(i * 13 + 1) % FIRST_NAMES.length],
          lastName: LAST_NAMES[(i * 17 + 2) % LAST_NAMES.length],
          preferredName: i % 9 === 0 ? 'Sam' : '',
          pronouns: pick(['', 'she/her', 'he/him', 'they/them']),
          dateOfBirth: today.subtract(19 + Math.floor(random() * 45), 'year').subtract(Math.floor(random() * 360), 'day').format('YYYY-MM-DD'),
          admissionDate: admissionDate.format('YYYY-MM-DD'),
          program,
          language,
          house: program === 'residential' ? pick(HOUSES) : '',
          room: program === 'residential' ? String(101 + Math.floor(random() * 20)) : '',
          emergencyContactName: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
          emergencyContactRelationship: pick(RELATIONSHIPS),
          emergencyContactPhone: `819-555-${String(2000 + i * 53).slice(-4)}`,
          emergencyContactEmail: '',
          equineWaiverSignedOn: random() < 0.5 ? admissionDate.add(2, 'day').format('YYYY-MM-DD') : '',
          photoConsent: random() < 0.6,
          confirmNotDuplicate: true,
        }),
        actor,
      );
      if (i % 6 === 5 && admittedDaysAgo > 50) {
        const dischargeDate = admissionDate.add(28 + Math.floor(random() * 10), 'day');
        const reason: DischargeReason = pick(['program_completed', 'program_completed', 'transferred', 'left_against_advice']);
        const discharged = await this.residents.dischargeIn(
          manager,
          dischargeResidentInput.parse({ id: resident.id, expectedVersion: resident.version, dischargeDate: dischargeDate.format('YYYY-MM-DD'), reason, note: '' }),
          actor,
        );
        if (i % 12 === 11) {
          await this.residents.readmitIn(
            manager,
            readmitResidentInput.parse({ id: resident.id, expectedVersion: discharged.version, admissionDate: dischargeDate.add(7, 'day').format('YYYY-MM-DD'), program: 'outpatient', note: 'Continues as an outpatient.' }),
            actor,
          );
        }
      }
    }
    // The schedule last: its sessions book the people above, admitted at the sessions' dates.
    await this.schedule.seedIn(manager, actor);
    // Then what happened in those sessions, and the peer groups and mentoring around them.
    const centreToday = todayIn((await this.settings.get(manager)).timeZone, this.clock.now());
    await seedDemoAttendance(manager, { today: centreToday, recordedAt: toInstant(this.clock.now()) });
    await seedDemoPeerSupport(manager, this.peerSupport, centreToday, actor);
    return { residents: DEMO_RESIDENTS, staff: DEMO_STAFF };
  }
}
