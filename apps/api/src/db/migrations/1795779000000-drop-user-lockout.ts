import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sign-in lock is kept per e-mail in login_attempts, whether an account has it or not: the users' own columns go. */
export class DropUserLockout1795779000000 implements MigrationInterface {
  name = 'DropUserLockout1795779000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "failed_logins"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locked_until"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "failed_logins" integer NOT NULL DEFAULT '0'`);
  }
}
