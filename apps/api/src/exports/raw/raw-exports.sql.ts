import { breakdownObjectSql } from '../../assessments/score-breakdowns.sql.js';

/**
 * The assessments of the given statuses ($1) with their stored scores under methodology $2, aliased to the
 * domain's RawAssessment, by country and year.
 */
export const RAW_ASSESSMENTS_SQL = `
SELECT a.country_iso3 AS country, a.year, a.status, a.answers, a.comments,
       sc.methodology AS "methodologyVersion", sc.overall_index AS overall,
       sc.computed_level AS level, a.self_level AS "selfLevel",
       COALESCE(${breakdownObjectSql('sc', 'dimension')}, '{}'::jsonb) AS dimensions
FROM assessments a
LEFT JOIN assessment_scores sc ON sc.assessment_id = a.id AND sc.methodology = $2
WHERE a.status = ANY($1::text[])
ORDER BY a.country_iso3, a.year`;

/** A result's operation and result columns, aliased to the domain's RawOperationResult (seizures aside). */
const RESULT_COLUMNS = `
  o.code AS "operationCode", o.name AS "operationName", o.programme, o.lead, o.activities,
  o.start_date::text AS "startDate", o.end_date::text AS "endDate",
  r.country_iso3 AS country, r.unit_type AS "unitType", r.unit_name AS "unitName",
  (SELECT u.details->>'site' FROM instruments u WHERE u.id = r.joint_unit_id) AS "unitSite", r.arrests,
  r.investigations_opened AS "investigationsOpened", r.controlled_deliveries AS "controlledDeliveries",
  r.persons_checked AS "personsChecked",
  r.sltd_queries AS "sltdQueries", r.sltd_hits AS "sltdHits", r.smv_queries AS "smvQueries",
  r.smv_hits AS "smvHits", r.nominal_queries AS "nominalQueries", r.nominal_hits AS "nominalHits",
  r.notices_queries AS "noticesQueries", r.notices_hits AS "noticesHits"`;

/**
 * One row per reported result, with its operation's columns and its seizures as JSON (commodity, unit order;
 * quantities as numeric text, which JSON numbers would round), aliased to the domain's RawOperationResult, by
 * operation code and country. Operations without any result have no row: the import layout has no place for
 * them.
 */
export const RAW_OPERATION_RESULTS_SQL = `
SELECT ${RESULT_COLUMNS},
       COALESCE((SELECT json_agg(json_build_object('commodity', s.commodity, 'cases', s.cases,
                                                   'quantity', s.quantity::text, 'unit', s.unit)
                                 ORDER BY s.commodity, s.unit)
                 FROM operation_seizures s WHERE s.result_id = r.id), '[]'::json) AS seizures
FROM operations o
JOIN operation_results r ON r.operation_id = o.id
ORDER BY o.code, r.country_iso3`;

/** The same results without their seizures (the results file: one row per result), in the same order. */
export const RAW_RESULT_ROWS_SQL = `
SELECT ${RESULT_COLUMNS}, '[]'::json AS seizures
FROM operations o
JOIN operation_results r ON r.operation_id = o.id
ORDER BY o.code, r.country_iso3`;

/**
 * One row per seizure line with its result's key, aliased to the domain's RawSeizureLine (quantity as
 * numeric text), by operation code, country, commodity and unit.
 */
export const RAW_SEIZURE_LINES_SQL = `
SELECT o.code AS "operationCode", r.country_iso3 AS country, s.commodity, s.cases,
       s.quantity::text AS quantity, s.unit
FROM operation_seizures s
JOIN operation_results r ON r.id = s.result_id
JOIN operations o ON o.id = r.operation_id
ORDER BY o.code, r.country_iso3, s.commodity, s.unit`;

/** How long a download may take nothing before its transaction is ended (below, and sendCopiedCsv for COPY). */
export const IDLE_CLIENT_TIMEOUT_MS = 15 * 60 * 1000;
export const IDLE_CLIENT_TIMEOUT = `${IDLE_CLIENT_TIMEOUT_MS}ms`;

/**
 * A client that stops reading leaves the transaction idle while the export waits for it; one that never reads
 * again (and never closes) would hold the connection for ever. PostgreSQL ends it after IDLE_CLIENT_TIMEOUT.
 */
export const LIMIT_IDLE_TRANSACTION_SQL = `SET LOCAL idle_in_transaction_session_timeout = '${IDLE_CLIENT_TIMEOUT}'`;

/** The server-side cursor over `sql` (its parameters stay those of `sql`). */
export function declareExportCursorSql(sql: string): string {
  return `DECLARE raw_export NO SCROLL CURSOR FOR ${sql}`;
}

/** Closes the cursor, so that the next table of the file can open its own. */
export const CLOSE_EXPORT_CURSOR_SQL = 'CLOSE raw_export';

/** The next `rows` rows of the cursor. */
export function fetchFromExportCursorSql(rows: number): string {
  return `FETCH FORWARD ${rows} FROM raw_export`;
}

/**
 * Stops the COPY running on backend $1 (the download's own connection) when the client has left: run on another
 * connection, as the download's is busy sending rows. The backend then ends the COPY with an error, and the
 * transaction rolls back as usual. A backend idle by then ignores it.
 */
export const CANCEL_BACKEND_SQL = 'SELECT pg_cancel_backend($1)';

/** The transaction's backend, which CANCEL_BACKEND_SQL names. */
export const BACKEND_PID_SQL = 'SELECT pg_backend_pid() AS pid';
