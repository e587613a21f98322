import type { MigrationInterface, QueryRunner } from 'typeorm';

export const OUTCOMES = [
  'arrests',
  'investigations_opened',
  'controlled_deliveries',
  'persons_checked',
  'sltd_queries',
  'sltd_hits',
  'smv_queries',
  'smv_hits',
  'nominal_queries',
  'nominal_hits',
  'notices_queries',
  'notices_hits',
];

const TABLES = [
  'operation_result_filter_rollup',
  'operation_seizure_filter_rollup',
  'operation_reporting_rollup',
  'operation_participation_rollup',
  'operation_unit_rollup',
];

const CREATE = [
  `CREATE TABLE "operation_result_filter_rollup" ("programme" text NOT NULL, "activity" text NOT NULL, "commodity" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "results" integer NOT NULL, ${OUTCOMES.map((c) => `"${c}" bigint NOT NULL`).join(', ')}, CONSTRAINT "PK_cf9cd3608a669bb7353eca10b19" PRIMARY KEY ("programme", "activity", "commodity", "year", "country_iso3"))`,
  `CREATE INDEX "ix_operation_result_filter_rollup_year" ON "operation_result_filter_rollup"  ("year", "country_iso3") `,
  `CREATE TABLE "operation_seizure_filter_rollup" ("programme" text NOT NULL, "activity" text NOT NULL, "commodity" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "unit" text NOT NULL, "cases" bigint NOT NULL, "quantity" numeric NOT NULL, "seizures" integer NOT NULL, CONSTRAINT "PK_730fc33f8a6f5343b3add8e39e1" PRIMARY KEY ("programme", "activity", "commodity", "year", "country_iso3", "unit"))`,
  `CREATE INDEX "ix_operation_seizure_filter_rollup_year" ON "operation_seizure_filter_rollup"  ("year", "country_iso3") `,
  `CREATE TABLE "operation_reporting_rollup" ("programme" text NOT NULL, "activity" text NOT NULL, "commodity" text NOT NULL, "year" smallint NOT NULL, "operation_id" uuid NOT NULL, "countries" text array NOT NULL, CONSTRAINT "PK_c1b1168edbf5820eac5e6d3685f" PRIMARY KEY ("programme", "activity", "commodity", "year", "operation_id"))`,
  `CREATE INDEX "ix_operation_reporting_rollup_operation" ON "operation_reporting_rollup"  ("operation_id") `,
  `CREATE TABLE "operation_participation_rollup" ("programme" text NOT NULL, "activity" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "operations" integer NOT NULL, "reported" integer NOT NULL, CONSTRAINT "PK_a034c38848c0efb3749fd48477e" PRIMARY KEY ("programme", "activity", "year", "country_iso3"))`,
  `CREATE INDEX "ix_operation_participation_rollup_year" ON "operation_participation_rollup"  ("year", "country_iso3") `,
  `CREATE TABLE "operation_unit_rollup" ("joint_unit_id" uuid NOT NULL, "country_iso3" character(3) NOT NULL, "year" smallint NOT NULL, "results" integer NOT NULL, "arrests" bigint NOT NULL, "seizure_cases" bigint NOT NULL, CONSTRAINT "PK_078454acaab352c5afc28085adb" PRIMARY KEY ("joint_unit_id", "country_iso3", "year"))`,
  `CREATE INDEX "ix_operation_unit_rollup_year" ON "operation_unit_rollup"  ("year", "country_iso3") `,
  `ALTER TABLE "operation_unit_rollup" ADD CONSTRAINT "fk_operation_unit_rollup_unit" FOREIGN KEY ("joint_unit_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
];

// The initial fill, from the rows as they stand: each result under its operation's programme and `*`, each of
// its activities and `*`, and each commodity it seized and `*`. Written out here so that the migration stays what it was.
const ACTIVITIES = `CROSS JOIN LATERAL (VALUES ('*'::text), (o.programme)) g(programme)
  CROSS JOIN LATERAL (SELECT '*'::text AS activity UNION SELECT unnest(o.activities)) a`;
const COMMODITIES = `CROSS JOIN LATERAL (SELECT '*'::text AS commodity UNION SELECT s.commodity FROM operation_seizures s WHERE s.result_id = r.id) c`;

const FILL = [
  `INSERT INTO operation_result_filter_rollup (programme, activity, commodity, year, country_iso3, results, ${OUTCOMES.join(', ')})
   SELECT g.programme, a.activity, c.commodity, o.end_year, r.country_iso3, count(*), ${OUTCOMES.map((x) => `coalesce(sum(r.${x}), 0)`).join(', ')}
   FROM operation_results r JOIN operations o ON o.id = r.operation_id ${ACTIVITIES} ${COMMODITIES}
   GROUP BY 1, 2, 3, 4, 5`,
  `INSERT INTO operation_seizure_filter_rollup (programme, activity, commodity, year, country_iso3, unit, cases, quantity, seizures)
   SELECT g.programme, a.activity, s.commodity, o.end_year, r.country_iso3, s.unit, sum(s.cases), sum(s.quantity), count(*)
   FROM operation_seizures s JOIN operation_results r ON r.id = s.result_id JOIN operations o ON o.id = r.operation_id ${ACTIVITIES}
   GROUP BY 1, 2, 3, 4, 5, 6`,
  `INSERT INTO operation_reporting_rollup (programme, activity, commodity, year, operation_id, countries)
   SELECT g.programme, a.activity, c.commodity, o.end_year, o.id, array_agg(r.country_iso3::text ORDER BY r.country_iso3)
   FROM operation_results r JOIN operations o ON o.id = r.operation_id ${ACTIVITIES} ${COMMODITIES}
   GROUP BY 1, 2, 3, 4, 5`,
  `INSERT INTO operation_participation_rollup (programme, activity, year, country_iso3, operations, reported)
   SELECT g.programme, a.activity, o.end_year, p.country_iso3, count(*), count(r.id)
   FROM operation_countries p JOIN operations o ON o.id = p.operation_id ${ACTIVITIES}
   LEFT JOIN operation_results r ON r.operation_id = p.operation_id AND r.country_iso3 = p.country_iso3
   GROUP BY 1, 2, 3, 4`,
  `INSERT INTO operation_unit_rollup (joint_unit_id, country_iso3, year, results, arrests, seizure_cases)
   SELECT r.joint_unit_id, r.country_iso3, o.end_year, count(*), sum(r.arrests),
          coalesce(sum((SELECT sum(s.cases) FROM operation_seizures s WHERE s.result_id = r.id)), 0)
   FROM operation_results r JOIN operations o ON o.id = r.operation_id
   WHERE r.joint_unit_id IS NOT NULL
   GROUP BY 1, 2, 3`,
];

/**
 * The rollups behind every operations filter (issue #19): results and seizures by programme, activity and
 * commodity, the countries reporting in each operation, participation, and results by joint unit. Filled from
 * the rows as they stand; writes to them bump the analytics data version, like the other rollups.
 */
export class OperationFilterRollups1795788000000 implements MigrationInterface {
  name = 'OperationFilterRollups1795788000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [...CREATE, ...FILL]) await queryRunner.query(sql);
    for (const table of TABLES)
      await queryRunner.query(
        `CREATE TRIGGER "trg_${table}_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
