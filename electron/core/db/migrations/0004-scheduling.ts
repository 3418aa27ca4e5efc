import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The schedule (issue 14): activity types, locations, resources (horses, equipment) and their
 * periods out of service, staff absences, sessions (single or an RFC 5545 rule in the centre's
 * wall time) and their materialised occurrences with who and what each books. Foreign keys keep
 * every booking pointing at a real person, place or resource; an occurrence's links go with it.
 * The four activity types the centre starts with are seeded; managers add others.
 */
export class Scheduling0004 implements MigrationInterface {
  name = 'M0004Scheduling1795651200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE "activity_types" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "colour" varchar(7) NOT NULL, "default_duration_minutes" integer NOT NULL, "default_capacity" integer NOT NULL, "clinical" boolean NOT NULL, "requirements" text NOT NULL, "active" boolean NOT NULL, "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, "version" integer NOT NULL DEFAULT (1))`,
      `CREATE TABLE "locations" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "capacity" integer NOT NULL, "on_site" boolean NOT NULL, "active" boolean NOT NULL, "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, "version" integer NOT NULL DEFAULT (1))`,
      `CREATE TABLE "resources" ("id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(20) NOT NULL, "name" varchar(100) NOT NULL, "max_sessions_per_day" integer, "rest_days" text NOT NULL, "active" boolean NOT NULL, "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, "version" integer NOT NULL DEFAULT (1))`,
      `CREATE TABLE "resource_out_of_service" ("id" varchar(36) PRIMARY KEY NOT NULL, "resource_id" varchar(36) NOT NULL, "starts_on" varchar(10) NOT NULL, "ends_on" varchar(10) NOT NULL, "reason" varchar(200) NOT NULL, "recorded_at" varchar(30) NOT NULL, "recorded_by_staff_id" varchar(36), CONSTRAINT "FK_b3518f9df79b785b30818ef57b9" FOREIGN KEY ("resource_id") REFERENCES "resources" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE INDEX "idx_resource_out_of_service_resource" ON "resource_out_of_service" ("resource_id", "starts_on")`,
      `CREATE TABLE "staff_absences" ("id" varchar(36) PRIMARY KEY NOT NULL, "staff_id" varchar(36) NOT NULL, "kind" varchar(20) NOT NULL, "starts_on" varchar(10) NOT NULL, "ends_on" varchar(10) NOT NULL, "note" text, "recorded_at" varchar(30) NOT NULL, "recorded_by_staff_id" varchar(36), CONSTRAINT "FK_8f54d4b21421879621029622ba6" FOREIGN KEY ("staff_id") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE INDEX "idx_staff_absences_staff" ON "staff_absences" ("staff_id", "starts_on")`,
      `CREATE TABLE "sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "activity_type_id" varchar(36) NOT NULL, "title" varchar(100), "location_id" varchar(36) NOT NULL, "capacity" integer NOT NULL, "start_local" varchar(16) NOT NULL, "duration_minutes" integer NOT NULL, "time_zone" varchar(64) NOT NULL, "rule" varchar(300), "materialised_until" varchar(10) NOT NULL, "split_from_session_id" varchar(36), "capacity_override_reason" text, "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "FK_9ee0769b077a3086538988e80bf" FOREIGN KEY ("activity_type_id") REFERENCES "activity_types" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_10e6ecd2faa99037883ae97a965" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE INDEX "idx_sessions_activity_type" ON "sessions" ("activity_type_id")`,
      `CREATE TABLE "occurrences" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "slot_local" varchar(16) NOT NULL, "starts_at" varchar(30) NOT NULL, "ends_at" varchar(30) NOT NULL, "local_date" varchar(10) NOT NULL, "title" varchar(100), "location_id" varchar(36) NOT NULL, "capacity" integer NOT NULL, "status" varchar(20) NOT NULL, "cancel_reason" text, "is_exception" boolean NOT NULL, "capacity_override_reason" text, "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "FK_373c7436f723ad9e211d1356c3b" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_92bd34b5c0f83738038a0d2a7a2" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE INDEX "idx_occurrences_local_date" ON "occurrences" ("local_date")`,
      `CREATE INDEX "idx_occurrences_starts_at" ON "occurrences" ("starts_at")`,
      `CREATE UNIQUE INDEX "idx_occurrences_slot" ON "occurrences" ("session_id", "slot_local")`,
      `CREATE TABLE "occurrence_facilitators" ("occurrence_id" varchar(36) NOT NULL, "staff_id" varchar(36) NOT NULL, CONSTRAINT "FK_24fb6e80a27561225fa13fe1748" FOREIGN KEY ("occurrence_id") REFERENCES "occurrences" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f0d070b43012883ee375e3a5dc1" FOREIGN KEY ("staff_id") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("occurrence_id", "staff_id"))`,
      `CREATE INDEX "idx_occurrence_facilitators_staff" ON "occurrence_facilitators" ("staff_id")`,
      `CREATE TABLE "occurrence_participants" ("occurrence_id" varchar(36) NOT NULL, "resident_id" varchar(36) NOT NULL, CONSTRAINT "FK_01250679e6a5c09331c3c9e6faa" FOREIGN KEY ("occurrence_id") REFERENCES "occurrences" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f8461d4330ffc19295c151f8151" FOREIGN KEY ("resident_id") REFERENCES "residents" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("occurrence_id", "resident_id"))`,
      `CREATE INDEX "idx_occurrence_participants_resident" ON "occurrence_participants" ("resident_id")`,
      `CREATE TABLE "occurrence_resources" ("occurrence_id" varchar(36) NOT NULL, "resource_id" varchar(36) NOT NULL, CONSTRAINT "FK_934fd6f79f122399efe60884af6" FOREIGN KEY ("occurrence_id") REFERENCES "occurrences" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_d3b1a0db91f218230d21dad4573" FOREIGN KEY ("resource_id") REFERENCES "resources" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("occurrence_id", "resource_id"))`,
      `CREATE INDEX "idx_occurrence_resources_resource" ON "occurrence_resources" ("resource_id")`,
      `CREATE TABLE "session_facilitators" ("session_id" varchar(36) NOT NULL, "staff_id" varchar(36) NOT NULL, CONSTRAINT "FK_a1c87052f910c95b33a1a252622" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1696be9a9593ff627103c5503e5" FOREIGN KEY ("staff_id") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("session_id", "staff_id"))`,
      `CREATE TABLE "session_participants" ("session_id" varchar(36) NOT NULL, "resident_id" varchar(36) NOT NULL, CONSTRAINT "FK_0f44aaaaf807cef66c6fa9494a8" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_862bac10cfa64c2264646b62ea6" FOREIGN KEY ("resident_id") REFERENCES "residents" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("session_id", "resident_id"))`,
      `CREATE TABLE "session_resources" ("session_id" varchar(36) NOT NULL, "resource_id" varchar(36) NOT NULL, CONSTRAINT "FK_62e48d404a5d933f153df22b338" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_7300e35fc6dff42fbb912d04ed3" FOREIGN KEY ("resource_id") REFERENCES "resources" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("session_id", "resource_id"))`,
    ]) {
      await queryRunner.query(statement);
    }
    const now = new Date().toISOString();
    for (const type of SEEDED_ACTIVITY_TYPES) {
      await queryRunner.query(
        `INSERT INTO "activity_types" ("id", "name", "colour", "default_duration_minutes", "default_capacity", "clinical", "requirements", "active", "created_at", "updated_at", "version") VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 1)`,
        [type.id, type.name, type.colour, type.minutes, type.capacity, type.clinical ? 1 : 0, JSON.stringify(type.requirements), now, now],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'session_resources',
      'session_participants',
      'session_facilitators',
      'occurrence_resources',
      'occurrence_participants',
      'occurrence_facilitators',
      'occurrences',
      'sessions',
      'staff_absences',
      'resource_out_of_service',
      'resources',
      'locations',
      'activity_types',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}

/**
 * Fixed ids, so every installation's seeded types are the same records (a later shared database
 * merges them instead of doubling them). Colours are dark enough for white text.
 */
const SEEDED_ACTIVITY_TYPES = [
  { id: '01900000-0000-7000-8000-000000000001', name: 'Art therapy', colour: '#862e9c', minutes: 90, capacity: 10, clinical: true, requirements: [] },
  { id: '01900000-0000-7000-8000-000000000002', name: 'Music therapy', colour: '#1864ab', minutes: 60, capacity: 8, clinical: true, requirements: [] },
  { id: '01900000-0000-7000-8000-000000000003', name: 'Yoga', colour: '#087f5b', minutes: 60, capacity: 15, clinical: false, requirements: [] },
  { id: '01900000-0000-7000-8000-000000000004', name: 'Equine-assisted therapy', colour: '#9a3412', minutes: 90, capacity: 6, clinical: true, requirements: ['equineWaiver'] },
];
