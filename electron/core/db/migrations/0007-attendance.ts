import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attendance (issue 15): one mark per resident per occurrence, with an optional reason and, for
 * non-clinical activities, an engagement level. Corrections update the mark by its version and are
 * audited with the previous values (the audit trail is the mark's append-only history). Foreign
 * keys keep marks on real occurrences and residents and keep marked occurrences from being deleted.
 */
export class Attendance0007 implements MigrationInterface {
  name = 'M0007Attendance1795910400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE "attendance_marks" ("id" varchar(36) PRIMARY KEY NOT NULL, "occurrence_id" varchar(36) NOT NULL, "resident_id" varchar(36) NOT NULL, "status" varchar(20) NOT NULL, "reason" varchar(200), "engagement" varchar(20), "walk_in" boolean NOT NULL, "recorded_at" varchar(30) NOT NULL, "recorded_by_staff_id" varchar(36), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "FK_5a728aebc53899b8bc006b07853" FOREIGN KEY ("occurrence_id") REFERENCES "occurrences" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f3d3e9f9c88964a4a0237eab057" FOREIGN KEY ("resident_id") REFERENCES "residents" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_69ecb617fbf1f9983c80c62fed2" FOREIGN KEY ("recorded_by_staff_id") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE INDEX "idx_attendance_marks_resident" ON "attendance_marks" ("resident_id")`,
      `CREATE UNIQUE INDEX "idx_attendance_marks_occurrence_resident" ON "attendance_marks" ("occurrence_id", "resident_id")`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "attendance_marks"`);
  }
}
