import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A returned sign-in sheet is marked entered (issue 17): one row per occurrence, with when it was
 * first entered, who entered it last and when, and a version raised by each correction. Foreign
 * keys keep entries on real occurrences (a marked occurrence is never deleted) and staff members.
 */
export class SignInSheetEntries0010 implements MigrationInterface {
  name = 'M0010SignInSheetEntries1796169600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE "sign_in_sheet_entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "occurrence_id" varchar(36) NOT NULL, "first_entered_at" varchar(30) NOT NULL, "entered_at" varchar(30) NOT NULL, "entered_by_staff_id" varchar(36), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "FK_ecfa9fa8601acf343d0caa7855c" FOREIGN KEY ("occurrence_id") REFERENCES "occurrences" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_6f3deba1eb49175799b0ba10b2f" FOREIGN KEY ("entered_by_staff_id") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE UNIQUE INDEX "idx_sign_in_sheet_entries_occurrence" ON "sign_in_sheet_entries" ("occurrence_id")`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_sheet_entries"`);
  }
}
