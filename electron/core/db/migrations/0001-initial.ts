import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema: staff and their roles, sign-in accounts and throttling, residents and their
 * status history, centre settings, and the hash-chained audit trail.
 * Ids are UUID text, instants ISO-8601 UTC text, calendar dates YYYY-MM-DD text.
 */
export class Initial0001 implements MigrationInterface {
  // TypeORM wants 13 digits of timestamp at the end of the name; the number in front is our order.
  name = 'M0001Initial1795392000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE "staff_members" ("id" varchar(36) PRIMARY KEY NOT NULL, "first_name" varchar(100) NOT NULL, "last_name" varchar(100) NOT NULL, "email" varchar(200), "phone" varchar(40), "active" boolean NOT NULL, "search_name" varchar(400) NOT NULL, "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL)`,
      `CREATE TABLE "staff_roles" ("staff_id" varchar(36) NOT NULL, "role" varchar(40) NOT NULL, CONSTRAINT "FK_3f9d613a02d0067613f39754066" FOREIGN KEY ("staff_id") REFERENCES "staff_members" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("staff_id", "role"))`,
      `CREATE TABLE "accounts" ("id" varchar(36) PRIMARY KEY NOT NULL, "staff_id" varchar(36) NOT NULL, "username" varchar(40) NOT NULL, "password_hash" varchar(300) NOT NULL, "must_change_password" boolean NOT NULL, "active" boolean NOT NULL, "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, "last_sign_in_at" varchar(30), CONSTRAINT "UQ_4bad83ef3353fe7c071d5be72d6" UNIQUE ("staff_id"), CONSTRAINT "UQ_477e3187cedfb5a3ac121e899c9" UNIQUE ("username"), CONSTRAINT "REL_4bad83ef3353fe7c071d5be72d" UNIQUE ("staff_id"), CONSTRAINT "FK_4bad83ef3353fe7c071d5be72d6" FOREIGN KEY ("staff_id") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE TABLE "sign_in_throttle" ("username" varchar(100) PRIMARY KEY NOT NULL, "consecutive_failures" integer NOT NULL, "last_failure_at" varchar(30) NOT NULL, "blocked_until" varchar(30))`,
      `CREATE TABLE "residents" ("id" varchar(36) PRIMARY KEY NOT NULL, "first_name" varchar(100) NOT NULL, "last_name" varchar(100) NOT NULL, "preferred_name" varchar(100), "pronouns" varchar(40), "date_of_birth" varchar(10) NOT NULL, "program" varchar(20) NOT NULL, "language" varchar(2) NOT NULL, "house" varchar(60), "room" varchar(20), "emergency_contact_name" varchar(100), "emergency_contact_relationship" varchar(60), "emergency_contact_phone" varchar(40), "emergency_contact_email" varchar(200), "equine_waiver_signed_on" varchar(10), "photo_consent" boolean NOT NULL, "status" varchar(20) NOT NULL, "admission_date" varchar(10) NOT NULL, "discharge_date" varchar(10), "discharge_reason" varchar(40), "search_name" varchar(400) NOT NULL, "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL)`,
      `CREATE TABLE "resident_status_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "resident_id" varchar(36) NOT NULL, "kind" varchar(20) NOT NULL, "effective_date" varchar(10) NOT NULL, "program" varchar(20) NOT NULL, "discharge_reason" varchar(40), "note" text, "recorded_at" varchar(30) NOT NULL, "recorded_by_staff_id" varchar(36), CONSTRAINT "FK_f2e5d201c7ceed255db1a2b233f" FOREIGN KEY ("resident_id") REFERENCES "residents" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_8e90838c82331db33b285dc4298" FOREIGN KEY ("recorded_by_staff_id") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE TABLE "settings" ("key" varchar(100) PRIMARY KEY NOT NULL, "value" text NOT NULL, "updated_at" varchar(30) NOT NULL)`,
      `CREATE TABLE "audit_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "seq" integer NOT NULL, "occurred_at" varchar(30) NOT NULL, "action" varchar(40) NOT NULL, "actor_account_id" varchar(36), "actor_staff_id" varchar(36), "actor_name" varchar(210), "entity_type" varchar(40), "entity_id" varchar(100), "resident_id" varchar(36), "details" text NOT NULL, "prev_hash" varchar(64) NOT NULL, "hash" varchar(64) NOT NULL, CONSTRAINT "UQ_6e299f5706e715265416fefe53e" UNIQUE ("seq"))`,
      `CREATE TABLE "audit_chain_head" ("id" varchar(10) PRIMARY KEY NOT NULL, "last_seq" integer NOT NULL, "last_hash" varchar(64) NOT NULL)`,
      `CREATE INDEX "idx_audit_events_action" ON "audit_events" ("action")`,
      `CREATE INDEX "idx_audit_events_resident" ON "audit_events" ("resident_id")`,
      `CREATE INDEX "idx_audit_events_actor" ON "audit_events" ("actor_staff_id")`,
      `CREATE INDEX "idx_audit_events_occurred_at" ON "audit_events" ("occurred_at")`,
      `CREATE INDEX "idx_residents_name" ON "residents" ("last_name", "first_name", "date_of_birth")`,
      `CREATE INDEX "idx_residents_status" ON "residents" ("status")`,
      `CREATE INDEX "idx_resident_status_events_resident" ON "resident_status_events" ("resident_id")`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_chain_head', 'audit_events', 'settings', 'resident_status_events', 'residents', 'sign_in_throttle', 'accounts', 'staff_roles', 'staff_members']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
