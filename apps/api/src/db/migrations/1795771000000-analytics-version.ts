import type { MigrationInterface, QueryRunner } from 'typeorm';

const WATCHED_TABLES = [
  'countries',
  'groupings',
  'regions',
  'region_members',
  'assessments',
  'assessment_dimension_scores',
];

/** A data version bumped once per writing statement, which analytics caches compare against. */
export class AnalyticsVersion1795771000000 implements MigrationInterface {
  name = 'AnalyticsVersion1795771000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "analytics_state" ("id" smallint NOT NULL, "data_version" bigint NOT NULL DEFAULT '0', CONSTRAINT "ck_analytics_state_single_row" CHECK ("id" = 1), CONSTRAINT "PK_58911d6b9e88af59564926b282d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`INSERT INTO "analytics_state" ("id", "data_version") VALUES (1, 0)`);
    await queryRunner.query(`
      CREATE FUNCTION bump_analytics_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE analytics_state SET data_version = data_version + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const table of WATCHED_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "trg_${table}_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED_TABLES) {
      await queryRunner.query(`DROP TRIGGER "trg_${table}_analytics_version" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION bump_analytics_version()`);
    await queryRunner.query(`DROP TABLE "analytics_state"`);
  }
}
