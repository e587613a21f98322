import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Memberships through time (issue #15): each region membership has a first day (`-infinity` where a grouping
 * gives none) and a last day included (null while it lasts); a country that moved region has two rows.
 */
export class DatedMemberships1795781000000 implements MigrationInterface {
  name = 'DatedMemberships1795781000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "region_members" ADD "valid_from" date NOT NULL DEFAULT '-infinity'`);
    await queryRunner.query(`ALTER TABLE "region_members" ADD "valid_to" date`);
    await queryRunner.query(`ALTER TABLE "region_members" DROP CONSTRAINT "PK_7b08f18a961de89a22426556c87"`);
    await queryRunner.query(
      `ALTER TABLE "region_members" ADD CONSTRAINT "PK_1fd67a4dc25366d671c4674b668" PRIMARY KEY ("region_id", "country_iso3", "valid_from")`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_members" ADD CONSTRAINT "ck_region_members_period" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "region_members" DROP CONSTRAINT "ck_region_members_period"`);
    // Back to one row per (region, country): the latest period of each.
    await queryRunner.query(
      `DELETE FROM "region_members" m USING "region_members" n
       WHERE n.region_id = m.region_id AND n.country_iso3 = m.country_iso3 AND n.valid_from > m.valid_from`,
    );
    await queryRunner.query(`ALTER TABLE "region_members" DROP CONSTRAINT "PK_1fd67a4dc25366d671c4674b668"`);
    await queryRunner.query(
      `ALTER TABLE "region_members" ADD CONSTRAINT "PK_7b08f18a961de89a22426556c87" PRIMARY KEY ("region_id", "country_iso3")`,
    );
    await queryRunner.query(`ALTER TABLE "region_members" DROP COLUMN "valid_to"`);
    await queryRunner.query(`ALTER TABLE "region_members" DROP COLUMN "valid_from"`);
  }
}
