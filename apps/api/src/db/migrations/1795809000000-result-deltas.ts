import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OUTCOMES } from './1795788000000-operation-filter-rollups.js';
import { stubRefresh } from './1795794000000-action-facts.js';

const OUTCOME_COLUMNS = OUTCOMES.map((c) => `"${c}" bigint NOT NULL`).join(', ');

/** The two logs this migration replaces, as migration RegionFilterRollups1795796000000 created them. */
const OLD_LOGS = [
  `CREATE TABLE "operation_result_filter_deltas" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "commodity" text NOT NULL, "programme" text NOT NULL, "activity_set" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "results" integer NOT NULL, ${OUTCOME_COLUMNS}, CONSTRAINT "PK_operation_result_filter_deltas" PRIMARY KEY ("id"))`,
  `CREATE TABLE "operation_seizure_filter_deltas" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "programme" text NOT NULL, "activity_set" text NOT NULL, "commodity" text NOT NULL, "year" smallint NOT NULL, "unit" text NOT NULL, "country_iso3" character(3) NOT NULL, "cases" bigint NOT NULL, "quantity" numeric NOT NULL, "seizures" integer NOT NULL, CONSTRAINT "PK_operation_seizure_filter_deltas" PRIMARY KEY ("id"))`,
];

/**
 * The region rollups' log holds a row per result, its seizures in arrays, instead of a row per result and
 * commodity and another per seizure row: a 100,000-row import logged 205,000 rows, now 5,000. The logs are
 * empty at rest (each commit applies and empties them), so nothing is carried over; the refresh function that
 * reads them is installed again by the app at start.
 */
export class ResultDeltas1795809000000 implements MigrationInterface {
  name = 'ResultDeltas1795809000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    await queryRunner.query(`DROP TABLE "operation_result_filter_deltas", "operation_seizure_filter_deltas"`);
    await queryRunner.query(
      `CREATE TABLE "operation_result_deltas" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "operation_id" uuid NOT NULL, "programme" text NOT NULL, "activity_set" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "results" integer NOT NULL, ${OUTCOME_COLUMNS}, "commodities" text array NOT NULL, "seizure_commodities" text array NOT NULL, "seizure_units" text array NOT NULL, "seizure_cases" bigint array NOT NULL, "seizure_quantities" numeric array NOT NULL, CONSTRAINT "PK_operation_result_deltas" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    await queryRunner.query(`DROP TABLE "operation_result_deltas"`);
    for (const sql of OLD_LOGS) await queryRunner.query(sql);
  }
}
