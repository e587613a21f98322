import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail of every write, export and sign-in attempt, readable by admins; account lockout. */
export class AuditLogAndLockout1795775000000 implements MigrationInterface {
  name = 'AuditLogAndLockout1795775000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, "email" text, "role" text, "action" text NOT NULL, "method" text NOT NULL, "path" text NOT NULL, "query" jsonb NOT NULL DEFAULT '{}', "status" smallint NOT NULL, CONSTRAINT "ck_audit_log_action" CHECK ("action" IN ('write', 'export', 'sign-in')), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_log_user" ON "audit_log"  ("user_id", "at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_at" ON "audit_log"  ("at") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "failed_logins" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locked_until"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "failed_logins"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
