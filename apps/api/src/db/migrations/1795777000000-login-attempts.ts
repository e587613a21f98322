import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in attempt counters in the database, so that every instance applies the same limits. */
export class LoginAttempts1795777000000 implements MigrationInterface {
  name = 'LoginAttempts1795777000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_attempts" ("key" text NOT NULL, "count" integer NOT NULL, "reset_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f90e70c50d5744e4d9f41dd397c" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_login_attempts_reset_at" ON "login_attempts"  ("reset_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_attempts"`);
  }
}
