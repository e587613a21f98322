import { ALL_REGION_SQL } from './building-blocks.sql.js';
import { OPERATIONS_NOISE_SQL } from './operations-noise.sql.js';
import { operationsSql } from './operations.sql.js';

/** `sql` with its parameters $1, $2… replaced by the expressions given (the refresh function's variables). */
function bind(sql: string, args: string[]): string {
  return sql.replace(/\$(\d+)(?!\d)/g, (whole, n: string) => args[Number(n) - 1] ?? whole);
}

/** The operations statements' parameters in the refresh function: the grouping, the first and last year. */
const ARGS = ['op_grouping', 'op_from', 'op_to'];

/**
 * The end years with a result: where a grouping's cells are recomputed when its memberships change, or
 * everything is (seizures and reporting countries belong to results, so their years are among these).
 */
const DATA_YEARS = `(SELECT array_agg(DISTINCT year) FROM operation_result_rollup)`;

/**
 * Grouping `op_grouping`'s cells of the end years `op_years`, as the statements of a read from scratch compute
 * them (the same SQL, from the first of the years to the last): only cells with a result are kept.
 */
const RECOMPUTE_GROUPING_YEARS = `
        op_from := (SELECT min(y) FROM unnest(op_years) y);
        op_to := (SELECT max(y) FROM unnest(op_years) y);
        DELETE FROM operation_cells WHERE grouping_id = op_grouping AND year = ANY(op_years);
        INSERT INTO operation_cells (grouping_id, region, year, figures, noise)
        SELECT op_grouping, f.region, f.year, to_jsonb(f) - 'region' - 'year', to_jsonb(n) - 'region' - 'year'
        FROM (${bind(operationsSql(false), ARGS)}) f
        LEFT JOIN (${bind(OPERATIONS_NOISE_SQL, ARGS)}) n ON n.region = f.region AND n.year = f.year
        WHERE f.year = ANY(op_years)
          AND (f.countries IS NOT NULL OR f.operations IS NOT NULL OR f.quantities IS NOT NULL);`;

/**
 * The refresh function's step for the operation cells. Everything (a new secret, a new function): every
 * grouping's data years. Otherwise a grouping whose memberships changed (`rebuilt`) gets its data years, and
 * every grouping the years the rollups' writes queued (`todo_op_years`) and those of the countries that
 * started or stopped sharing their figures (`sharing_changed`).
 */
export const REFRESH_OPERATION_CELLS = `
    IF all_of_it THEN DELETE FROM operation_cells; END IF;
    IF all_of_it OR rebuilt IS NOT NULL THEN
      op_years := ${DATA_YEARS};
      FOREACH op_grouping IN ARRAY coalesce(CASE WHEN all_of_it THEN todo_groupings ELSE rebuilt END, '{}') LOOP
        DELETE FROM operation_cells WHERE grouping_id = op_grouping;
        IF op_years IS NOT NULL THEN ${RECOMPUTE_GROUPING_YEARS} END IF;
      END LOOP;
    END IF;
    IF NOT all_of_it THEN
      op_years := ARRAY(SELECT DISTINCT y FROM (
        SELECT unnest(todo_op_years) AS y
        UNION SELECT year FROM operation_result_rollup WHERE country_iso3 = ANY(sharing_changed)) c);
      IF cardinality(op_years) > 0 THEN
        FOREACH op_grouping IN ARRAY ARRAY(SELECT id FROM groupings WHERE id <> ALL(coalesce(rebuilt, '{}'))) LOOP
          ${RECOMPUTE_GROUPING_YEARS}
        END LOOP;
      END IF;
    END IF;`;

/**
 * The unfiltered operations figures and their protection per region (plus ALL) and end year, from the
 * cells: a row for every region and year, null figures where no result counts. $1 grouping, $2 first year,
 * $3 last year.
 */
export const OPERATION_CELLS_SQL = `
    SELECT g.region, y.year, c.figures, c.noise
    FROM (SELECT code AS region FROM regions WHERE grouping_id = $1 UNION ALL SELECT ${ALL_REGION_SQL}) g
    CROSS JOIN generate_series($2::int, $3::int) AS y(year)
    LEFT JOIN operation_cells c ON c.grouping_id = $1 AND c.year = y.year AND c.region = g.region`;
