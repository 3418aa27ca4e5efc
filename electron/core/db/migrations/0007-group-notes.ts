import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group notes (issue 16): a note per meeting (a kind and an id: an occurrence today, a mentoring
 * meeting later), its append-only revisions, its addenda, which residents have lines in it, and the
 * goals residents set in closing rounds. Nothing here is ever deleted (RESTRICT everywhere).
 */
export class GroupNotes0007 implements MigrationInterface {
  name = 'M0007GroupNotes1795910400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE "group_notes" ("id" varchar(36) PRIMARY KEY NOT NULL, "subject_kind" varchar(20) NOT NULL, "subject_id" varchar(36) NOT NULL, "started_by_staff_id" varchar(36) NOT NULL, "created_at" varchar(30) NOT NULL, "head_revision_id" varchar(36) NOT NULL, "last_saved_at" varchar(30) NOT NULL, "signed_revision_id" varchar(36), "signed_by_staff_id" varchar(36), "signed_at" varchar(30), "content_hash" varchar(64), "cosigned_by_staff_id" varchar(36), "cosigned_at" varchar(30), "version" integer NOT NULL DEFAULT (1))`,
      `CREATE INDEX "idx_group_notes_unsigned" ON "group_notes" ("signed_at", "created_at")`,
      `CREATE UNIQUE INDEX "idx_group_notes_subject" ON "group_notes" ("subject_kind", "subject_id")`,
      `CREATE TABLE "group_note_addenda" ("id" varchar(36) PRIMARY KEY NOT NULL, "note_id" varchar(36) NOT NULL, "author_staff_id" varchar(36) NOT NULL, "written_at" varchar(30) NOT NULL, "text" text NOT NULL, "content_hash" varchar(64) NOT NULL, CONSTRAINT "FK_3a9c6cb7e85e5759e9b07e2962e" FOREIGN KEY ("note_id") REFERENCES "group_notes" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE INDEX "idx_group_note_addenda_note" ON "group_note_addenda" ("note_id", "written_at")`,
      `CREATE TABLE "group_note_residents" ("note_id" varchar(36) NOT NULL, "resident_id" varchar(36) NOT NULL, CONSTRAINT "FK_02f0814fa42bace7a67b3d2d76d" FOREIGN KEY ("note_id") REFERENCES "group_notes" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3cf1d7aee02ac3c0828f6e850d9" FOREIGN KEY ("resident_id") REFERENCES "residents" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("note_id", "resident_id"))`,
      `CREATE INDEX "idx_group_note_residents_resident" ON "group_note_residents" ("resident_id")`,
      `CREATE TABLE "group_note_revisions" ("id" varchar(36) PRIMARY KEY NOT NULL, "note_id" varchar(36) NOT NULL, "base_revision_id" varchar(36), "author_staff_id" varchar(36) NOT NULL, "saved_at" varchar(30) NOT NULL, "content" text NOT NULL, CONSTRAINT "FK_a22c3992e5bf0d7e887ad7bc015" FOREIGN KEY ("note_id") REFERENCES "group_notes" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE INDEX "idx_group_note_revisions_note" ON "group_note_revisions" ("note_id", "saved_at")`,
      `CREATE TABLE "resident_goals" ("id" varchar(36) PRIMARY KEY NOT NULL, "resident_id" varchar(36) NOT NULL, "note_id" varchar(36) NOT NULL, "text" text NOT NULL, "status" varchar(20) NOT NULL, "set_on" varchar(10) NOT NULL, "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "FK_a23365d31adc11fc40d749359ea" FOREIGN KEY ("resident_id") REFERENCES "residents" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9ea1e759f719816adaca509835b" FOREIGN KEY ("note_id") REFERENCES "group_notes" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      `CREATE INDEX "idx_resident_goals_resident" ON "resident_goals" ("resident_id", "set_on")`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['resident_goals', 'group_note_revisions', 'group_note_residents', 'group_note_addenda', 'group_notes']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
