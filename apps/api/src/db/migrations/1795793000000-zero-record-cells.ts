import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The key sums of the records that hold nothing, per grouping, region and year (issue #19): the instruments
 * view keeps a record per member country-year, and at 18,000 members hashing each of them at every read took
 * seconds. `zero_record_shared` holds the disclosures the sums were made with. refresh_maturity_cells()
 * (installed by the app at start) fills and keeps them.
 */
export class ZeroRecordCells1795793000000 implements MigrationInterface {
  name = 'ZeroRecordCells1795793000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "zero_record_cells" ("grouping_id" text NOT NULL, "record_view" text NOT NULL, "region" text NOT NULL, "year" smallint NOT NULL, "conf" integer NOT NULL, "keys" double precision array NOT NULL, CONSTRAINT "PK_zero_record_cells" PRIMARY KEY ("grouping_id", "record_view", "region", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "zero_record_shared" ("country_iso3" character(3) NOT NULL, CONSTRAINT "PK_zero_record_shared" PRIMARY KEY ("country_iso3"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The installed function writes the dropped tables: the stub until the earlier app installs its own.
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION refresh_maturity_cells() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
    );
    await queryRunner.query(`COMMENT ON FUNCTION refresh_maturity_cells() IS NULL`);
    await queryRunner.query(`DROP TABLE "zero_record_shared"`);
    await queryRunner.query(`DROP TABLE "zero_record_cells"`);
  }
}
