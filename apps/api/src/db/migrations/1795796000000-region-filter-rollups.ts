import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OUTCOMES } from './1795788000000-operation-filter-rollups.js';
import { stubRefresh } from './1795794000000-action-facts.js';

/** A filtered rollup, its region-level copy and its log of changes: keys, summed values, their SQL types. */
interface RegionRollup {
  source: string;
  target: string;
  deltas: string;
  keys: [string, string][];
  values: [string, string][];
}

const ROLLUPS: RegionRollup[] = [
  {
    source: 'operation_result_filter_rollup',
    target: 'operation_region_result_rollup',
    deltas: 'operation_result_filter_deltas',
    keys: [
      ['commodity', 'text'],
      ['programme', 'text'],
      ['activity_set', 'text'],
      ['year', 'smallint'],
    ],
    values: [['results', 'integer'], ...OUTCOMES.map((c): [string, string] => [c, 'bigint'])],
  },
  {
    source: 'operation_seizure_filter_rollup',
    target: 'operation_region_seizure_rollup',
    deltas: 'operation_seizure_filter_deltas',
    keys: [
      ['programme', 'text'],
      ['activity_set', 'text'],
      ['commodity', 'text'],
      ['year', 'smallint'],
      ['unit', 'text'],
    ],
    values: [
      ['cases', 'bigint'],
      ['quantity', 'numeric'],
      ['seizures', 'integer'],
    ],
  },
];

const columns = (cols: [string, string][]) => cols.map(([c, type]) => `"${c}" ${type} NOT NULL`).join(', ');

const CHANGED: Record<string, string[]> = { INSERT: ['added'], UPDATE: ['added', 'removed'], DELETE: ['removed'] };

/** What a statement's rows add (`added`) or take away (`removed`) from the rollup, logged with their sign. */
function captureBody(r: RegionRollup, event: string): string {
  const keys = [...r.keys.map(([c]) => c), 'country_iso3'].join(', ');
  const values = r.values.map(([c]) => c);
  const log = (table: string, sign: string) =>
    `INSERT INTO ${r.deltas} (${keys}, ${values.join(', ')}) SELECT ${keys}, ${values.map((v) => `${sign}${v}`).join(', ')} FROM ${table};`;
  const changed = CHANGED[event] ?? [];
  return [
    ...changed.map((t) => log(t, t === 'added' ? '' : '-')),
    `INSERT INTO analytics_refresh_queue (operation_years)
       SELECT array_agg(DISTINCT year) FROM (${changed.map((t) => `SELECT year FROM ${t}`).join(' UNION ')}) y HAVING count(*) > 0;`,
  ].join('\n');
}

const REFERENCING: Record<string, string> = {
  INSERT: 'NEW TABLE AS added',
  UPDATE: 'OLD TABLE AS removed NEW TABLE AS added',
  DELETE: 'OLD TABLE AS removed',
};

const captureFunction = (r: Pick<RegionRollup, 'source'>, event: string) => `log_${r.source}_${event.toLowerCase()}`;

/** The functions of `source`'s statement triggers (dropping its table drops the triggers, not them). */
export const captureFunctions = (source: string) =>
  Object.keys(REFERENCING).map((event) => captureFunction({ source }, event));

/** The statement triggers that log each change of country rollup `source` (a table of ROLLUPS) with its sign. */
export async function createCaptureTriggers(queryRunner: QueryRunner, source: string): Promise<void> {
  const r = ROLLUPS.find((x) => x.source === source);
  if (!r) throw new Error(`no region rollup reads ${source}`);
  for (const event of Object.keys(REFERENCING)) {
    await queryRunner.query(
      `CREATE FUNCTION ${captureFunction(r, event)}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${captureBody(r, event)} RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_${r.source}_log_${event.toLowerCase()}" AFTER ${event} ON "${r.source}" REFERENCING ${REFERENCING[event]} FOR EACH STATEMENT EXECUTE FUNCTION ${captureFunction(r, event)}()`,
    );
  }
}

/** The reporting rollup's rows, logged: +1 with the countries a row has after the statement, −1 before. */
const REPORTING_KEYS = 'commodity, programme, activity_set, year, operation_id, countries';
const REPORTING_LOG: Record<string, string> = {
  INSERT: `INSERT INTO operation_reporting_deltas (${REPORTING_KEYS}, sign) SELECT ${REPORTING_KEYS}, 1 FROM added;`,
  UPDATE: `INSERT INTO operation_reporting_deltas (${REPORTING_KEYS}, sign)
     SELECT ${REPORTING_KEYS}, 1 FROM added UNION ALL SELECT ${REPORTING_KEYS}, -1 FROM removed;`,
  DELETE: `INSERT INTO operation_reporting_deltas (${REPORTING_KEYS}, sign) SELECT ${REPORTING_KEYS}, -1 FROM removed;`,
};

/**
 * The filtered rollups summed by region (issue #19): per grouping, region, end year, programme, activity set
 * and commodity (and unit), so that a filtered read sums a few thousand region rows, not the rows of every
 * member country; and the operations each region (and ALL) reported in, per the same key. Statement triggers log each change of the country rollups with its sign; at commit,
 * refresh_maturity_cells() (installed by the app at start) adds the logged changes to the regions of their
 * countries, and sums a grouping again when its memberships change.
 */
export class RegionFilterRollups1795796000000 implements MigrationInterface {
  name = 'RegionFilterRollups1795796000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    for (const r of ROLLUPS) {
      const keys = r.keys.map(([c]) => `"${c}"`);
      await queryRunner.query(
        `CREATE TABLE "${r.target}" ("grouping_id" text NOT NULL, "region" text NOT NULL, ${columns(r.keys)}, ${columns(r.values)}, CONSTRAINT "PK_${r.target}" PRIMARY KEY ("grouping_id", ${keys.join(', ')}, "region"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "${r.deltas}" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, ${columns(r.keys)}, "country_iso3" character(3) NOT NULL, ${columns(r.values)}, CONSTRAINT "PK_${r.deltas}" PRIMARY KEY ("id"))`,
      );
      await createCaptureTriggers(queryRunner, r.source);
    }
    await queryRunner.query(
      `CREATE TABLE "operation_region_operations" ("grouping_id" text NOT NULL, "region" text NOT NULL, "commodity" text NOT NULL, "programme" text NOT NULL, "activity_set" text NOT NULL, "year" smallint NOT NULL, "operations" integer NOT NULL, CONSTRAINT "PK_operation_region_operations" PRIMARY KEY ("grouping_id", "commodity", "programme", "activity_set", "year", "region"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "operation_reporting_deltas" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "commodity" text NOT NULL, "programme" text NOT NULL, "activity_set" text NOT NULL, "year" smallint NOT NULL, "operation_id" uuid NOT NULL, "countries" text array NOT NULL, "sign" smallint NOT NULL, CONSTRAINT "PK_operation_reporting_deltas" PRIMARY KEY ("id"))`,
    );
    for (const [event, body] of Object.entries(REPORTING_LOG)) {
      const fn = `log_operation_reporting_rollup_${event.toLowerCase()}`;
      await queryRunner.query(
        `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NULL; END $$`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "trg_operation_reporting_rollup_log_${event.toLowerCase()}" AFTER ${event} ON "operation_reporting_rollup" REFERENCING ${REFERENCING[event]} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    for (const event of Object.keys(REPORTING_LOG)) {
      await queryRunner.query(
        `DROP TRIGGER "trg_operation_reporting_rollup_log_${event.toLowerCase()}" ON "operation_reporting_rollup"`,
      );
      await queryRunner.query(`DROP FUNCTION log_operation_reporting_rollup_${event.toLowerCase()}()`);
    }
    await queryRunner.query(`DROP TABLE "operation_reporting_deltas"`);
    await queryRunner.query(`DROP TABLE "operation_region_operations"`);
    for (const r of ROLLUPS) {
      for (const event of Object.keys(REFERENCING)) {
        await queryRunner.query(`DROP TRIGGER "trg_${r.source}_log_${event.toLowerCase()}" ON "${r.source}"`);
        await queryRunner.query(`DROP FUNCTION ${captureFunction(r, event)}()`);
      }
      await queryRunner.query(`DROP TABLE "${r.deltas}"`);
      await queryRunner.query(`DROP TABLE "${r.target}"`);
    }
  }
}
