import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Peer groups and one-on-one mentoring (issue 15): groups and their facilitators, memberships as
 * dated rows (like resident_status_events), waitlist entries in the order they were recorded,
 * mentoring pairs and their logged meetings. Foreign keys keep every row pointing at a real
 * group, resident and staff member; nothing here is ever deleted.
 */
export class PeerGroups0005 implements MigrationInterface {
  name = 'M0005PeerGroups1795737600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE "peer_groups" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "kind" varchar(20) NOT NULL, "focus" text, "capacity" integer NOT NULL, "open_enrolment" boolean NOT NULL, "active" boolean NOT NULL, "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, "version" integer NOT NULL DEFAULT (1))`,
      `CREATE TABLE "peer_group_facilitators" ("group_id" varchar(36) NOT NULL, "staff_id" varchar(36) NOT NULL, "role" varchar(20) NOT NULL, CONSTRAINT "FK_c33beb06f3165a65cce35815e45" FOREIGN KEY ("group_id") REFERENCES "peer_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9d114b0dc5b96e11a9fad01e16a" FOREIGN KEY ("staff_id") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("group_id", "staff_id"))`,
      `CREATE INDEX "idx_peer_group_facilitators_staff" ON "peer_group_facilitators" ("staff_id")`,
      `CREATE TABLE "group_memberships" ("id" varchar(36) PRIMARY KEY NOT NULL, "group_id" varchar(36) NOT NULL, "resident_id" varchar(36) NOT NULL, "joined_on" varchar(10) NOT NULL, "left_on" varchar(10), "leave_reason" varchar(20), "leave_note" text, "recorded_at" varchar(30) NOT NULL, "recorded_by_staff_id" varchar(36), "left_recorded_at" varchar(30), "left_recorded_by_staff_id" varchar(36), CONSTRAINT "FK_cad344fe877fcee0ac7e065ed05" FOREIGN KEY ("group_id") REFERENCES "peer_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f794c8d3e146cba17edf8d27bdf" FOREIGN KEY ("resident_id") REFERENCES "residents" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_83eaf14c6ae31f1c62c1ad101a5" FOREIGN KEY ("recorded_by_staff_id") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE INDEX "idx_group_memberships_resident" ON "group_memberships" ("resident_id")`,
      `CREATE INDEX "idx_group_memberships_group" ON "group_memberships" ("group_id", "joined_on")`,
      `CREATE TABLE "group_waitlist_entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "group_id" varchar(36) NOT NULL, "resident_id" varchar(36) NOT NULL, "added_on" varchar(10) NOT NULL, "added_at" varchar(30) NOT NULL, "added_by_staff_id" varchar(36), "outcome" varchar(20), "closed_at" varchar(30), "closed_by_staff_id" varchar(36), CONSTRAINT "FK_539a597e8b616f4fdd5bc03eba1" FOREIGN KEY ("group_id") REFERENCES "peer_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f517aa330a722cd8bb3273d5991" FOREIGN KEY ("resident_id") REFERENCES "residents" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE INDEX "idx_group_waitlist_resident" ON "group_waitlist_entries" ("resident_id")`,
      `CREATE INDEX "idx_group_waitlist_group" ON "group_waitlist_entries" ("group_id", "added_at")`,
      `CREATE TABLE "mentoring_pairs" ("id" varchar(36) PRIMARY KEY NOT NULL, "mentor_staff_id" varchar(36) NOT NULL, "resident_id" varchar(36) NOT NULL, "starts_on" varchar(10) NOT NULL, "ends_on" varchar(10), "end_reason" text, "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "FK_d59936e743ec22dcc477a79a83f" FOREIGN KEY ("mentor_staff_id") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_329e19cb298dad1f7dbe684982f" FOREIGN KEY ("resident_id") REFERENCES "residents" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE INDEX "idx_mentoring_pairs_resident" ON "mentoring_pairs" ("resident_id")`,
      `CREATE INDEX "idx_mentoring_pairs_mentor" ON "mentoring_pairs" ("mentor_staff_id")`,
      `CREATE TABLE "mentoring_meetings" ("id" varchar(36) PRIMARY KEY NOT NULL, "pair_id" varchar(36) NOT NULL, "held_on" varchar(10) NOT NULL, "duration_minutes" integer NOT NULL, "topics" text NOT NULL, "private_note" text, "recorded_at" varchar(30) NOT NULL, "recorded_by_staff_id" varchar(36), CONSTRAINT "FK_88e56347061b71f25ac523549ba" FOREIGN KEY ("pair_id") REFERENCES "mentoring_pairs" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_95654940fcedb6c9168f121259c" FOREIGN KEY ("recorded_by_staff_id") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE INDEX "idx_mentoring_meetings_pair" ON "mentoring_meetings" ("pair_id", "held_on")`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['mentoring_meetings', 'mentoring_pairs', 'group_waitlist_entries', 'group_memberships', 'peer_group_facilitators', 'peer_groups']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
