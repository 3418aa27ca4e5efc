import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A group's own template of note sections (issue 16): one row per group that has one, the others
 * keep the default. A new table only: no existing row is touched (notes written before it have no
 * custom sections, and their content and hashes stay as signed).
 */
export class GroupNoteTemplates0009 implements MigrationInterface {
  name = 'M0009GroupNoteTemplates1796083200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "group_note_templates" ("group_id" varchar(36) PRIMARY KEY NOT NULL, "sections" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "updated_at" varchar(30) NOT NULL, "updated_by_staff_id" varchar(36), CONSTRAINT "FK_62d5f1eba06b9a215e1823cfb65" FOREIGN KEY ("group_id") REFERENCES "peer_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c5f54498c6c097b28ee44fe74f0" FOREIGN KEY ("updated_by_staff_id") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "group_note_templates"`);
  }
}
