import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain becomes keyed (issue 12): each row records how its hash was made and, for an
 * HMAC, the public id of its key. Existing rows keep their SHA-256 hashes untouched (`sha256`, no
 * key id): verification reports them as the unkeyed segment; rows from the upgrade on are keyed.
 */
export class KeyedAuditChain0003 implements MigrationInterface {
  name = 'M0003KeyedAuditChain1795564800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ADD COLUMN "hash_kind" varchar(12) NOT NULL DEFAULT ('sha256')`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD COLUMN "key_id" varchar(16)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "key_id"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "hash_kind"`);
  }
}
