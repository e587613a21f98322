import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'operation_result_filter_rollup';

/**
 * How many results each country has under each filter's key is no longer kept: it was read for one figure,
 * the countries reporting under a filter, which the reporting rollup (each operation's reporting countries
 * under the same keys) gives as well. It held a row per result and commodity or nearly, and its upsert was the
 * largest statement of an operations import.
 */
export class DropResultFilterRollup1795804000000 implements MigrationInterface {
  name = 'DropResultFilterRollup1795804000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${TABLE}"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "${TABLE}" ("commodity" text NOT NULL, "programme" text NOT NULL, "activity_set" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "results" integer NOT NULL, CONSTRAINT "PK_${TABLE}" PRIMARY KEY ("commodity", "programme", "activity_set", "year", "country_iso3"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_${TABLE}_year" ON "${TABLE}"  ("year", "country_iso3") `);
    await queryRunner.query(
      `INSERT INTO ${TABLE} (commodity, programme, activity_set, year, country_iso3, results)
       SELECT c.commodity, o.programme, array_to_string(ARRAY(SELECT DISTINCT x FROM unnest(o.activities) x ORDER BY x), ';'),
              o.end_year, r.country_iso3, count(*)
       FROM operation_results r JOIN operations o ON o.id = r.operation_id
       CROSS JOIN LATERAL (SELECT '*'::text AS commodity UNION SELECT s.commodity FROM operation_seizures s WHERE s.result_id = r.id) c
       GROUP BY 1, 2, 3, 4, 5`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_${TABLE}_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${TABLE}" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
    );
  }
}
