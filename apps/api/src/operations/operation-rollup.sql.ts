import { CHECK_DATABASES } from '@cpc/domain';

/** The outcome columns a result reports, which the result rollup sums by country and end year. */
export const OUTCOME_COLUMNS = [
  'arrests',
  'investigations_opened',
  'controlled_deliveries',
  'persons_checked',
  ...CHECK_DATABASES.flatMap((d) => [`${d}_queries`, `${d}_hits`]),
];

/** $1 result ids, $2 sign (+1 or -1): their outcomes added to (or taken from) their country and end year. */
export const ADD_RESULT_CONTRIBUTIONS_SQL = `
  INSERT INTO operation_result_rollup AS u (country_iso3, year, results, ${OUTCOME_COLUMNS.join(', ')})
  SELECT r.country_iso3, o.end_year, $2 * count(*), ${OUTCOME_COLUMNS.map((c) => `$2 * coalesce(sum(r.${c}), 0)`).join(', ')}
  FROM operation_results r
  JOIN operations o ON o.id = r.operation_id
  WHERE r.id = ANY($1::uuid[])
  GROUP BY r.country_iso3, o.end_year
  ON CONFLICT (country_iso3, year) DO UPDATE
    SET results = u.results + excluded.results, ${OUTCOME_COLUMNS.map((c) => `${c} = u.${c} + excluded.${c}`).join(', ')}`;

/**
 * Seizure rows `rows` (country_iso3, year, commodity, unit, cases, quantity, seizures: signed) added to their
 * country, end year, commodity and unit.
 */
export const addToSeizureRollupSql = (rows: string) => `
  INSERT INTO operation_seizure_rollup AS u (country_iso3, year, commodity, unit, cases, quantity, seizures)
  SELECT d.country_iso3, d.year, d.commodity, d.unit, sum(d.cases), sum(d.quantity), sum(d.seizures)
  FROM ${rows} d
  GROUP BY d.country_iso3, d.year, d.commodity, d.unit
  ON CONFLICT (country_iso3, year, commodity, unit) DO UPDATE
    SET cases = u.cases + excluded.cases, quantity = u.quantity + excluded.quantity,
        seizures = u.seizures + excluded.seizures`;

/** Rollup rows no result contributes to any more. */
export const DELETE_EMPTY_RESULT_ROLLUPS_SQL = `DELETE FROM operation_result_rollup WHERE results = 0`;

/** Rollup rows no seizure contributes to any more. */
export const DELETE_EMPTY_SEIZURE_ROLLUPS_SQL = `DELETE FROM operation_seizure_rollup WHERE seizures = 0`;

/** $1 operation ids: the ids of their results. */
export const RESULT_IDS_OF_OPERATIONS_SQL = `SELECT id FROM operation_results WHERE operation_id = ANY($1::uuid[])`;
