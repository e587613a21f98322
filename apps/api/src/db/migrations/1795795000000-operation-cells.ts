import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REFERENCING } from './1795789000000-maturity-cells.js';
import { stubRefresh } from './1795794000000-action-facts.js';

/** The rollups the unfiltered operations figures are summed from: a write to any of them queues its end years. */
const ROLLUPS = ['operation_result_rollup', 'operation_seizure_rollup', 'operation_reporting_rollup'];

/**
 * The unfiltered operations figures and what protecting them needs, kept per grouping, region (and ALL) and
 * end year (issue #19): at a million seizure rows, summing and hashing the rollups at each read took 300 ms.
 * The rollups' writes queue their end years; refresh_maturity_cells() (installed by the app at start)
 * recomputes those years' cells at commit, and a grouping's whole span when its memberships change.
 */
export class OperationCells1795795000000 implements MigrationInterface {
  name = 'OperationCells1795795000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "operation_cells" ("grouping_id" text NOT NULL, "region" text NOT NULL, "year" smallint NOT NULL, "figures" jsonb NOT NULL, "noise" jsonb, CONSTRAINT "PK_operation_cells" PRIMARY KEY ("grouping_id", "year", "region"))`,
    );
    await queryRunner.query(`ALTER TABLE "analytics_refresh_queue" ADD "operation_years" smallint array`);
    await queryRunner.query(
      `CREATE FUNCTION queue_operation_years_of_rows() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         INSERT INTO analytics_refresh_queue (operation_years)
         SELECT array_agg(DISTINCT year) FROM changed_rows HAVING count(*) > 0;
         RETURN NULL; END $$`,
    );
    for (const table of ROLLUPS)
      for (const [event, referencing] of Object.entries(REFERENCING))
        await queryRunner.query(
          `CREATE TRIGGER "trg_${table}_queue_${event.toLowerCase()}" AFTER ${event} ON "${table}" REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION queue_operation_years_of_rows()`,
        );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    for (const table of ROLLUPS)
      for (const event of Object.keys(REFERENCING))
        await queryRunner.query(`DROP TRIGGER "trg_${table}_queue_${event.toLowerCase()}" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION queue_operation_years_of_rows()`);
    await queryRunner.query(`ALTER TABLE "analytics_refresh_queue" DROP COLUMN "operation_years"`);
    await queryRunner.query(`DROP TABLE "operation_cells"`);
  }
}
