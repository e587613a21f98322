import { csvActivitiesSql, csvQuantitySql, csvTextSql } from './csv-copy.sql.js';

/**
 * The operation results export's CSV files as SELECTs for COPY (csv-copy.sql.ts): the columns, the order and
 * the cells of `rawResultRow`, `rawSeizureRow` and `rawOperationResultRows` (packages/domain), row for row.
 * Vocabulary columns (programme, lead, unit type, commodity, unit: CHECK constraints) and dates can neither be
 * empty nor start like a formula, so they go out as they are; free text goes through csvTextSql.
 */

/**
 * Each result once, with its operation's cells computed once per operation (the activities' subquery) and
 * sorted by operation code and country: 50,000 rows where the files have 1,000,000.
 */
const RESULTS_CTE = `
op AS MATERIALIZED (
  SELECT o.id, o.code, ${csvTextSql('o.code')} AS code_cell, ${csvTextSql('o.name')} AS name_cell,
         o.programme, o.lead, ${csvActivitiesSql('o.activities')} AS activities_cell, o.start_date, o.end_date
  FROM operations o),
res AS MATERIALIZED (
  SELECT r.id, op.code, r.country_iso3, op.code_cell, op.name_cell, op.programme, op.lead, op.activities_cell,
         op.start_date, op.end_date, ${csvTextSql('r.country_iso3')} AS country_cell, r.unit_type,
         ${csvTextSql('r.unit_name')} AS unit_name_cell, ${csvTextSql("u.details->>'site'")} AS unit_site_cell,
         r.arrests, r.investigations_opened, r.controlled_deliveries, r.persons_checked,
         r.sltd_queries, r.sltd_hits, r.smv_queries, r.smv_hits,
         r.nominal_queries, r.nominal_hits, r.notices_queries, r.notices_hits
  FROM op
  JOIN operation_results r ON r.operation_id = op.id
  LEFT JOIN instruments u ON u.id = r.joint_unit_id
  ORDER BY op.code, r.country_iso3)`;

/** The results header's cells (`rawResultsHeader`), from `res`. */
const RESULT_CELLS = `
  res.code_cell, res.name_cell, res.programme, res.lead, res.activities_cell, res.start_date, res.end_date,
  res.country_cell, res.unit_type, res.unit_name_cell, res.unit_site_cell,
  res.arrests, res.investigations_opened, res.controlled_deliveries, res.persons_checked,
  res.sltd_queries, res.sltd_hits, res.smv_queries, res.smv_hits,
  res.nominal_queries, res.nominal_hits, res.notices_queries, res.notices_hits`;

/**
 * A result's seizure lines, by commodity and unit, read through the seizures' primary key (result, commodity,
 * unit): the final sort only orders the lines within each result, which already come by operation and country.
 * The seizures file joins (a result without seizures has no line), the import layout left-joins (its one row).
 */
function seizuresOfResult(join: 'JOIN' | 'LEFT JOIN'): string {
  return `
${join} LATERAL (
  SELECT s.commodity, s.cases, s.quantity, s.unit FROM operation_seizures s
  WHERE s.result_id = res.id ORDER BY s.commodity, s.unit) s ON true`;
}

const SEIZURE_ORDER = 'ORDER BY res.code, res.country_iso3, s.commodity, s.unit';

/** The results file: one row per result, by operation code and country. */
export const RESULTS_CSV_SELECT = `WITH ${RESULTS_CTE}
SELECT ${RESULT_CELLS} FROM res ORDER BY res.code, res.country_iso3`;

/** The seizures file: one row per seizure line with its result's key, by operation, country, commodity, unit. */
export const SEIZURES_CSV_SELECT = `WITH ${RESULTS_CTE}
SELECT res.code_cell, res.country_cell, s.commodity, s.cases, ${csvQuantitySql('s.quantity')}, s.unit
FROM res ${seizuresOfResult('JOIN')}
${SEIZURE_ORDER}`;

/** The import layout: a result's cells on each of its seizure rows; a result without seizures, one row. */
export const IMPORT_CSV_SELECT = `WITH ${RESULTS_CTE}
SELECT ${RESULT_CELLS}, s.commodity, s.cases, ${csvQuantitySql('s.quantity')}, s.unit
FROM res ${seizuresOfResult('LEFT JOIN')}
${SEIZURE_ORDER}`;
