import type { MigrationInterface, QueryRunner } from 'typeorm';
import { stubRefresh } from './1795794000000-action-facts.js';
import { captureFunctions, createCaptureTriggers } from './1795796000000-region-filter-rollups.js';

const TABLE = 'operation_seizure_filter_rollup';

/**
 * The seizures are no longer kept per country under the filters' keys: nothing read that copy but the region
 * rollups, it held a row per seizure row or nearly, and an import spent a sixth of its time upserting it.
 * Writers now log the seizures straight into `operation_seizure_filter_deltas`, and a grouping whose
 * memberships change is summed again from the seizures themselves (refresh_maturity_cells, installed by the app).
 */
export class DropSeizureFilterRollup1795802000000 implements MigrationInterface {
  name = 'DropSeizureFilterRollup1795802000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    await queryRunner.query(`DROP TABLE "${TABLE}"`);
    for (const fn of captureFunctions(TABLE)) await queryRunner.query(`DROP FUNCTION ${fn}()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "${TABLE}" ("programme" text NOT NULL, "activity_set" text NOT NULL, "commodity" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "unit" text NOT NULL, "cases" bigint NOT NULL, "quantity" numeric NOT NULL, "seizures" integer NOT NULL, CONSTRAINT "PK_${TABLE}" PRIMARY KEY ("programme", "activity_set", "commodity", "year", "country_iso3", "unit"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_${TABLE}_year" ON "${TABLE}"  ("year", "country_iso3") `);
    // Filled before its triggers exist: the region rollups already hold these sums.
    await queryRunner.query(
      `INSERT INTO ${TABLE} (programme, activity_set, commodity, year, country_iso3, unit, cases, quantity, seizures)
       SELECT o.programme, array_to_string(ARRAY(SELECT DISTINCT x FROM unnest(o.activities) x ORDER BY x), ';'),
              s.commodity, o.end_year, r.country_iso3, s.unit, sum(s.cases), sum(s.quantity), count(*)
       FROM operation_seizures s JOIN operation_results r ON r.id = s.result_id JOIN operations o ON o.id = r.operation_id
       GROUP BY 1, 2, 3, 4, 5, 6`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_${TABLE}_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${TABLE}" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
    );
    await createCaptureTriggers(queryRunner, TABLE);
  }
}
