import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['countries', 'groupings', 'regions'];

/** Names in one column that takes any locale (issue #14), filled from the English and French columns. */
export class LocalizedNames1795780000000 implements MigrationInterface {
  name = 'LocalizedNames1795780000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "names" jsonb`);
      await queryRunner.query(`UPDATE "${table}" SET "names" = jsonb_build_object('en', "name_en", 'fr', "name_fr")`);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "names" SET NOT NULL`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "name_en"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "name_fr"`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "name_en" text`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "name_fr" text`);
      await queryRunner.query(`UPDATE "${table}" SET "name_en" = "names" ->> 'en', "name_fr" = "names" ->> 'fr'`);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "name_en" SET NOT NULL`);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "name_fr" SET NOT NULL`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "names"`);
    }
  }
}
