import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Integer versions on every record people edit, so an edit made from an older copy is refused
 * instead of silently overwriting someone else's (persistence/versioned-update.ts). Existing rows start at 1.
 * The centre's settings are key/value rows edited together in one form: they share one version,
 * kept in the single row of `centre_settings` (settings/settings-service.ts says why).
 */
export class RecordVersions0002 implements MigrationInterface {
  name = 'M0002RecordVersions1795478400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE "residents" ADD COLUMN "version" integer NOT NULL DEFAULT 1`,
      `ALTER TABLE "staff_members" ADD COLUMN "version" integer NOT NULL DEFAULT 1`,
      `ALTER TABLE "accounts" ADD COLUMN "version" integer NOT NULL DEFAULT 1`,
      `CREATE TABLE "centre_settings" ("id" varchar(20) PRIMARY KEY NOT NULL, "version" integer NOT NULL DEFAULT 1, "updated_at" varchar(30) NOT NULL)`,
      `INSERT INTO "centre_settings" ("id", "version", "updated_at") VALUES ('centre', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "centre_settings"`);
    for (const table of ['accounts', 'staff_members', 'residents']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "version"`);
    }
  }
}
