import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OperationFilterRollups1795788000000, OUTCOMES } from './1795788000000-operation-filter-rollups.js';

const TABLES = [
  'operation_result_filter_rollup',
  'operation_seizure_filter_rollup',
  'operation_reporting_rollup',
  'operation_participation_rollup',
];

const CREATE = [
  `CREATE TABLE "operation_result_filter_rollup" ("commodity" text NOT NULL, "programme" text NOT NULL, "activity_set" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "results" integer NOT NULL, ${OUTCOMES.map((c) => `"${c}" bigint NOT NULL`).join(', ')}, CONSTRAINT "PK_operation_result_filter_rollup" PRIMARY KEY ("commodity", "programme", "activity_set", "year", "country_iso3"))`,
  `CREATE INDEX "ix_operation_result_filter_rollup_year" ON "operation_result_filter_rollup"  ("year", "country_iso3") `,
  `CREATE TABLE "operation_seizure_filter_rollup" ("programme" text NOT NULL, "activity_set" text NOT NULL, "commodity" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "unit" text NOT NULL, "cases" bigint NOT NULL, "quantity" numeric NOT NULL, "seizures" integer NOT NULL, CONSTRAINT "PK_operation_seizure_filter_rollup" PRIMARY KEY ("programme", "activity_set", "commodity", "year", "country_iso3", "unit"))`,
  `CREATE INDEX "ix_operation_seizure_filter_rollup_year" ON "operation_seizure_filter_rollup"  ("year", "country_iso3") `,
  `CREATE TABLE "operation_reporting_rollup" ("commodity" text NOT NULL, "programme" text NOT NULL, "activity_set" text NOT NULL, "year" smallint NOT NULL, "operation_id" uuid NOT NULL, "countries" text array NOT NULL, CONSTRAINT "PK_operation_reporting_rollup" PRIMARY KEY ("commodity", "programme", "activity_set", "year", "operation_id"))`,
  `CREATE INDEX "ix_operation_reporting_rollup_operation" ON "operation_reporting_rollup"  ("operation_id") `,
  `CREATE TABLE "operation_participation_rollup" ("programme" text NOT NULL, "activity_set" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "operations" integer NOT NULL, "reported" integer NOT NULL, CONSTRAINT "PK_operation_participation_rollup" PRIMARY KEY ("programme", "activity_set", "year", "country_iso3"))`,
  `CREATE INDEX "ix_operation_participation_rollup_year" ON "operation_participation_rollup"  ("year", "country_iso3") `,
];

// The fill, written out so that the migration stays what it was: each result once under its operation's
// programme and activity set, and under each commodity it seized and `*`.
const SET = `array_to_string(ARRAY(SELECT DISTINCT x FROM unnest(o.activities) x ORDER BY x), ';')`;
const COMMODITIES = `CROSS JOIN LATERAL (SELECT '*'::text AS commodity UNION SELECT s.commodity FROM operation_seizures s WHERE s.result_id = r.id) c`;

const FILL = [
  `INSERT INTO operation_result_filter_rollup (commodity, programme, activity_set, year, country_iso3, results, ${OUTCOMES.join(', ')})
   SELECT c.commodity, o.programme, ${SET}, o.end_year, r.country_iso3, count(*), ${OUTCOMES.map((x) => `coalesce(sum(r.${x}), 0)`).join(', ')}
   FROM operation_results r JOIN operations o ON o.id = r.operation_id ${COMMODITIES}
   GROUP BY 1, 2, 3, 4, 5`,
  `INSERT INTO operation_seizure_filter_rollup (programme, activity_set, commodity, year, country_iso3, unit, cases, quantity, seizures)
   SELECT o.programme, ${SET}, s.commodity, o.end_year, r.country_iso3, s.unit, sum(s.cases), sum(s.quantity), count(*)
   FROM operation_seizures s JOIN operation_results r ON r.id = s.result_id JOIN operations o ON o.id = r.operation_id
   GROUP BY 1, 2, 3, 4, 5, 6`,
  `INSERT INTO operation_reporting_rollup (commodity, programme, activity_set, year, operation_id, countries)
   SELECT c.commodity, o.programme, ${SET}, o.end_year, o.id, array_agg(r.country_iso3::text ORDER BY r.country_iso3)
   FROM operation_results r JOIN operations o ON o.id = r.operation_id ${COMMODITIES}
   GROUP BY 1, 2, 3, 4, 5`,
  `INSERT INTO operation_participation_rollup (programme, activity_set, year, country_iso3, operations, reported)
   SELECT o.programme, ${SET}, o.end_year, p.country_iso3, count(*), count(r.id)
   FROM operation_countries p JOIN operations o ON o.id = p.operation_id
   LEFT JOIN operation_results r ON r.operation_id = p.operation_id AND r.country_iso3 = p.country_iso3
   GROUP BY 1, 2, 3, 4`,
];

/**
 * The filtered rollups keyed by each operation's programme and activity set, once, instead of by each of its
 * activities and `*` and its programme and `*`: an import wrote six times the rows, and other writers waited
 * on them. Readers sum the rows of a programme, or of the sets holding an activity.
 */
export class ActivitySetRollups1795791000000 implements MigrationInterface {
  name = 'ActivitySetRollups1795791000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TABLE "${table}"`);
    for (const sql of [...CREATE, ...FILL]) await queryRunner.query(sql);
    for (const table of TABLES)
      await queryRunner.query(
        `CREATE TRIGGER "trg_${table}_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
      );
  }

  /** Back to the earlier shape: its migration creates and fills every filtered rollup again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES, 'operation_unit_rollup']) await queryRunner.query(`DROP TABLE "${table}"`);
    await new OperationFilterRollups1795788000000().up(queryRunner);
  }
}
