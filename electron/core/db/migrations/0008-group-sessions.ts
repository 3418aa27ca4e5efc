import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A peer group's meetings are sessions (issue 15): a session may name the group whose roster, as
 * of each occurrence's date, is enrolled in its occurrences. SQLite adds a foreign key only by
 * rebuilding the table (SQL from TypeORM's schema builder). The rebuild must run with foreign keys
 * off, which SQLite ignores inside a transaction: so this migration opens its own transaction after
 * switching them off, checks every reference before committing, and switches them back on.
 */
export class GroupSessions0008 implements MigrationInterface {
  name = 'M0008GroupSessions1795996800000';
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    await rebuild(queryRunner, UP);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rebuild(queryRunner, DOWN);
  }
}

// The new column starts empty: the copy names only the columns the old table has.
const UP = [
  `DROP INDEX "idx_sessions_activity_type"`,
  `CREATE TABLE "temporary_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "activity_type_id" varchar(36) NOT NULL, "title" varchar(100), "location_id" varchar(36) NOT NULL, "capacity" integer NOT NULL, "start_local" varchar(16) NOT NULL, "duration_minutes" integer NOT NULL, "time_zone" varchar(64) NOT NULL, "rule" varchar(300), "materialised_until" varchar(10) NOT NULL, "split_from_session_id" varchar(36), "capacity_override_reason" text, "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, "version" integer NOT NULL DEFAULT (1), "group_id" varchar(36), CONSTRAINT "FK_10e6ecd2faa99037883ae97a965" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9ee0769b077a3086538988e80bf" FOREIGN KEY ("activity_type_id") REFERENCES "activity_types" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_29cb65ff2ae5b234efbe9b6c09b" FOREIGN KEY ("group_id") REFERENCES "peer_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_sessions"("id", "activity_type_id", "title", "location_id", "capacity", "start_local", "duration_minutes", "time_zone", "rule", "materialised_until", "split_from_session_id", "capacity_override_reason", "created_at", "updated_at", "version") SELECT "id", "activity_type_id", "title", "location_id", "capacity", "start_local", "duration_minutes", "time_zone", "rule", "materialised_until", "split_from_session_id", "capacity_override_reason", "created_at", "updated_at", "version" FROM "sessions"`,
  `DROP TABLE "sessions"`,
  `ALTER TABLE "temporary_sessions" RENAME TO "sessions"`,
  `CREATE INDEX "idx_sessions_activity_type" ON "sessions" ("activity_type_id")`,
];

const DOWN = [
  `DROP INDEX "idx_sessions_activity_type"`,
  `CREATE TABLE "temporary_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "activity_type_id" varchar(36) NOT NULL, "title" varchar(100), "location_id" varchar(36) NOT NULL, "capacity" integer NOT NULL, "start_local" varchar(16) NOT NULL, "duration_minutes" integer NOT NULL, "time_zone" varchar(64) NOT NULL, "rule" varchar(300), "materialised_until" varchar(10) NOT NULL, "split_from_session_id" varchar(36), "capacity_override_reason" text, "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "FK_10e6ecd2faa99037883ae97a965" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9ee0769b077a3086538988e80bf" FOREIGN KEY ("activity_type_id") REFERENCES "activity_types" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_sessions"("id", "activity_type_id", "title", "location_id", "capacity", "start_local", "duration_minutes", "time_zone", "rule", "materialised_until", "split_from_session_id", "capacity_override_reason", "created_at", "updated_at", "version") SELECT "id", "activity_type_id", "title", "location_id", "capacity", "start_local", "duration_minutes", "time_zone", "rule", "materialised_until", "split_from_session_id", "capacity_override_reason", "created_at", "updated_at", "version" FROM "sessions"`,
  `DROP TABLE "sessions"`,
  `ALTER TABLE "temporary_sessions" RENAME TO "sessions"`,
  `CREATE INDEX "idx_sessions_activity_type" ON "sessions" ("activity_type_id")`,
];

async function rebuild(queryRunner: QueryRunner, statements: string[]): Promise<void> {
  await queryRunner.query('PRAGMA foreign_keys = OFF');
  try {
    await queryRunner.startTransaction();
    try {
      for (const statement of statements) await queryRunner.query(statement);
      const broken = (await queryRunner.query('PRAGMA foreign_key_check')) as unknown[];
      if (broken.length > 0) throw new Error('The sessions table rebuild left a broken reference.');
      await queryRunner.commitTransaction();
    } catch (error) {
      await queryRunner.rollbackTransaction();
      throw error;
    }
  } finally {
    await queryRunner.query('PRAGMA foreign_keys = ON');
  }
}
