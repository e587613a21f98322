import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OUTCOMES } from './1795788000000-operation-filter-rollups.js';
import { stubRefresh } from './1795794000000-action-facts.js';
import { captureFunctions, createCaptureTriggers } from './1795796000000-region-filter-rollups.js';

const TABLE = 'operation_result_filter_rollup';

/**
 * The results' outcomes are no longer kept per country under the filters' keys, only how many results each
 * country has there (which countries report under a filter): the sums, a copy of every result fanned out by
 * commodity, were read by the region rollups alone. Writers log the results straight into
 * `operation_result_filter_deltas`, and a grouping whose memberships change is summed again from the results
 * (refresh_maturity_cells, installed by the app). The triggers that logged this table's changes go with them.
 */
export class NarrowResultFilterRollup1795803000000 implements MigrationInterface {
  name = 'NarrowResultFilterRollup1795803000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    // CASCADE: the functions' triggers on the table.
    for (const fn of captureFunctions(TABLE)) await queryRunner.query(`DROP FUNCTION ${fn}() CASCADE`);
    for (const column of OUTCOMES) await queryRunner.query(`ALTER TABLE "${TABLE}" DROP COLUMN "${column}"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    for (const column of OUTCOMES)
      await queryRunner.query(`ALTER TABLE "${TABLE}" ADD "${column}" bigint NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `UPDATE ${TABLE} u SET ${OUTCOMES.map((c) => `${c} = d.${c}`).join(', ')}
       FROM (SELECT c.commodity, o.programme, array_to_string(ARRAY(SELECT DISTINCT x FROM unnest(o.activities) x ORDER BY x), ';') AS activity_set,
                    o.end_year AS year, r.country_iso3, ${OUTCOMES.map((c) => `coalesce(sum(r.${c}), 0) AS ${c}`).join(', ')}
             FROM operation_results r JOIN operations o ON o.id = r.operation_id
             CROSS JOIN LATERAL (SELECT '*'::text AS commodity UNION SELECT s.commodity FROM operation_seizures s WHERE s.result_id = r.id) c
             GROUP BY 1, 2, 3, 4, 5) d
       WHERE (u.commodity, u.programme, u.activity_set, u.year, u.country_iso3)
           = (d.commodity, d.programme, d.activity_set, d.year, d.country_iso3)`,
    );
    for (const column of OUTCOMES)
      await queryRunner.query(`ALTER TABLE "${TABLE}" ALTER COLUMN "${column}" DROP DEFAULT`);
    await createCaptureTriggers(queryRunner, TABLE);
  }
}
