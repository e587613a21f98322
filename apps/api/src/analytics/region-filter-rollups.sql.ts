import { OUTCOME_COLUMNS } from '../operations/operation-rollup.sql.js';
import {
  LOGGED_RESULT_ROWS_SQL,
  LOGGED_SEIZURE_ROWS_SQL,
  RESULT_DELTAS,
  RESULT_ROWS_SQL,
  SEIZURE_ROWS_SQL,
} from '../operations/operation-filter-rollup.sql.js';
import { ALL_REGION_SQL, memberAtYearEnd, withWorkMem } from './building-blocks.sql.js';

/** Rows of results or seizures (each with its country), their sums by grouping region, and the logged rows not yet summed. */
interface RegionRollup {
  /** The rows as they stand: what a grouping is summed again from. */
  source: string;
  target: string;
  /** The same rows as the log of results (RESULT_DELTAS) holds them, signed. */
  logged: string;
  keys: string[];
  values: string[];
  /** The count whose zero means that nothing is summed in a row any more. */
  counted: string;
}

const REGION_ROLLUPS: RegionRollup[] = [
  {
    source: `(${RESULT_ROWS_SQL})`,
    target: 'operation_region_result_rollup',
    logged: `(${LOGGED_RESULT_ROWS_SQL})`,
    keys: ['commodity', 'programme', 'activity_set', 'year'],
    values: ['results', ...OUTCOME_COLUMNS],
    counted: 'results',
  },
  {
    source: `(${SEIZURE_ROWS_SQL})`,
    target: 'operation_region_seizure_rollup',
    logged: `(${LOGGED_SEIZURE_ROWS_SQL})`,
    keys: ['programme', 'activity_set', 'commodity', 'year', 'unit'],
    values: ['cases', 'quantity', 'seizures'],
    counted: 'seizures',
  },
];

/** The tables the refresh keeps here, emptied when everything is rebuilt. */
export const REGION_ROLLUP_TABLES = [
  ...REGION_ROLLUPS.map((r) => r.target),
  RESULT_DELTAS,
  'operation_region_operations',
  'operation_reporting_deltas',
];

/**
 * A log's statistics before it is joined: never analyzed while it fills and empties within a transaction,
 * the planner took 60,000 logged rows for one and joined the memberships row by row (4.5 s for an import).
 * Its size and the columns `columns` it is joined by are what the plan needs: every column of the results'
 * log took 0.35 s of a 100,000-row import's commit, these 0.15 s.
 */
const ANALYZE_LOG = (table: string, columns: string) => `ANALYZE ${table} (${columns});`;

/** `rows` (rows of `r`'s kind, each with its country) summed by the regions their countries belong to at the year's end. */
function byRegion(r: RegionRollup, rows: string, groupings: string): string {
  const keys = r.keys.map((k) => `d.${k}`).join(', ');
  return `
        INSERT INTO ${r.target} AS t (grouping_id, region, ${r.keys.join(', ')}, ${r.values.join(', ')})
        SELECT rg.grouping_id, rg.code, ${keys}, ${r.values.map((v) => `sum(d.${v})`).join(', ')}
        FROM ${rows} d
        JOIN region_members m ON m.country_iso3 = d.country_iso3 AND ${memberAtYearEnd('m', 'd.year')}
        JOIN regions rg ON rg.id = m.region_id
        WHERE ${groupings}
        GROUP BY rg.grouping_id, rg.code, ${keys}`;
}

/**
 * The logged changes added to the regions of groupings not rebuilt; rows left empty go. Summed once, by
 * region, and hashed in 64 MB: summing them per country first (an update logs a result twice, −before and
 * +after) and sorting to disk took 1.3 s of a 100,000-row import's commit, 0.6 s then.
 */
const applyDeltas = (r: RegionRollup) => `
        ${withWorkMem(
          '64MB',
          `${byRegion(r, r.logged, `rg.grouping_id <> ALL(coalesce(rebuilt, '{}'))`)}
        ON CONFLICT (grouping_id, ${r.keys.join(', ')}, region) DO UPDATE
          SET ${r.values.map((v) => `${v} = t.${v} + excluded.${v}`).join(', ')};`,
        )}
        DELETE FROM ${r.target} WHERE ${r.counted} = 0 AND year IN (SELECT DISTINCT year FROM ${RESULT_DELTAS});`;

/** The log of results summed into both region rollups, then emptied. */
const APPLY_RESULT_DELTAS = `
      IF EXISTS (SELECT 1 FROM ${RESULT_DELTAS}) THEN
        ${ANALYZE_LOG(RESULT_DELTAS, 'country_iso3, year')}
        ${REGION_ROLLUPS.map(applyDeltas).join('')}
        DELETE FROM ${RESULT_DELTAS};
      END IF;`;

/**
 * Groupings `groupings` (an array expression) summed again from the results or seizures: a million rows at
 * stress, which at the default 4 MB were sorted to disk for a group aggregate (3–4 s a statement). Given room
 * to hash, they are grouped in memory. (Sorts turned off instead, as `hashAggregated` does, priced the activity
 * set's own sort out of reach and the planner joined every result to every operation.)
 */
const rebuild = (r: RegionRollup, groupings: string) => `
      DELETE FROM ${r.target} WHERE grouping_id = ANY(${groupings});
      ${withWorkMem('64MB', `${byRegion(r, r.source, `rg.grouping_id = ANY(${groupings})`)};`)}`;

const OPERATION_KEY = 'commodity, programme, activity_set, year';

const KEY_OF_D = OPERATION_KEY.split(', ')
  .map((k) => `d.${k}`)
  .join(', ');

/**
 * The reporting rollup's rows `rows` (with their `sign`) counted in the regions (and ALL) of groupings
 * `groupings` where one of their countries belongs at the year's end: once per row and region. The regions
 * are found once per distinct set of countries and year: an operation's rows under its filters mostly share
 * one (a 100,000-row import logged 4,750 rows with 237 sets), and looked up row by row they took 0.5 s of its
 * commit in psql, 0.12 s this way.
 */
function countOperations(rows: string, groupings: string): string {
  return `
        WITH country_sets AS MATERIALIZED (SELECT DISTINCT r.countries, r.year FROM ${rows} r),
        set_regions AS MATERIALIZED (
          SELECT s.countries, s.year, r.grouping_id, r.region
          FROM country_sets s
          CROSS JOIN LATERAL (
            SELECT DISTINCT rg.grouping_id, x.region
            FROM unnest(s.countries) AS c(country)
            JOIN region_members m ON m.country_iso3 = c.country::char(3) AND ${memberAtYearEnd('m', 's.year')}
            JOIN regions rg ON rg.id = m.region_id
            CROSS JOIN LATERAL (VALUES (rg.code), (${ALL_REGION_SQL})) AS x(region)
            WHERE ${groupings}
          ) r
        )
        INSERT INTO operation_region_operations AS t (grouping_id, region, ${OPERATION_KEY}, operations)
        SELECT r.grouping_id, r.region, ${KEY_OF_D}, sum(d.sign)
        FROM ${rows} d
        JOIN set_regions r ON r.countries = d.countries AND r.year = d.year
        GROUP BY r.grouping_id, r.region, ${KEY_OF_D}`;
}

/** The logged reporting rows counted in the regions of groupings not rebuilt; counts left at 0 go. */
const APPLY_REPORTING_DELTAS = `
      IF EXISTS (SELECT 1 FROM operation_reporting_deltas) THEN
        ${ANALYZE_LOG('operation_reporting_deltas', 'year')}
        ${countOperations('operation_reporting_deltas', `rg.grouping_id <> ALL(coalesce(rebuilt, '{}'))`)}
        ON CONFLICT (grouping_id, ${OPERATION_KEY}, region) DO UPDATE SET operations = t.operations + excluded.operations;
        DELETE FROM operation_region_operations
        WHERE operations = 0 AND year IN (SELECT DISTINCT year FROM operation_reporting_deltas);
        DELETE FROM operation_reporting_deltas;
      END IF;`;

/** Groupings `groupings` counted again from the reporting rollup (each of its rows is one operation). */
const recountOperations = (groupings: string) => `
      DELETE FROM operation_region_operations WHERE grouping_id = ANY(${groupings});
      ${countOperations(`(SELECT u.*, 1 AS sign FROM operation_reporting_rollup u)`, `rg.grouping_id = ANY(${groupings})`)};`;

/**
 * The refresh function's step for the region rollups: everything, or the groupings whose memberships changed
 * (`rebuilt`), summed again from the results and seizures (which hold this transaction's writes already); every
 * other grouping gets the logged changes.
 */
export const REFRESH_REGION_ROLLUPS = `
    IF all_of_it THEN
      DELETE FROM ${RESULT_DELTAS};
      ${REGION_ROLLUPS.map((r) => rebuild(r, 'todo_groupings')).join('\n')}
      DELETE FROM operation_reporting_deltas;
      ${recountOperations('todo_groupings')}
    ELSE
      ${APPLY_RESULT_DELTAS}
      ${APPLY_REPORTING_DELTAS}
      IF rebuilt IS NOT NULL THEN
        ${REGION_ROLLUPS.map((r) => rebuild(r, 'rebuilt')).join('\n')}
        ${recountOperations('rebuilt')}
      END IF;
    END IF;`;

/** The region rollups' tables kept per grouping (their logs are not). */
export const REGION_ROLLUP_TARGETS = [...REGION_ROLLUPS.map((r) => r.target), 'operation_region_operations'];
