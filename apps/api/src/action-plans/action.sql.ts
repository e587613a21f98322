import { breakdownObjectSql } from '../assessments/score-breakdowns.sql.js';

/** Every column a read maps, dates as ISO text; `alias` qualifies them in a join. */
function columns(alias = ''): string {
  const a = alias === '' ? '' : `${alias}.`;
  return `${a}id, ${a}country_iso3, ${a}text, ${a}items, ${a}lead, ${a}owner, ${a}start_date::text AS start_date,
          ${a}target_date::text AS target_date, ${a}status, ${a}status_history, ${a}done_at, ${a}notes,
          ${a}instrument_id, ${a}analyst_comment, ${a}version, ${a}created_at, ${a}updated_at`;
}

/** $1 country: its plan, by target date. */
export const COUNTRY_ACTIONS_SQL = `
  SELECT ${columns()} FROM actions WHERE country_iso3 = $1 ORDER BY target_date, start_date, created_at, id`;

/** $1 id. */
export const ACTION_SQL = `SELECT ${columns()} FROM actions WHERE id = $1`;

/** $1 id: the row a write checks, locked until the transaction ends. */
export const LOCK_ACTION_SQL = `SELECT ${columns()} FROM actions WHERE id = $1 FOR UPDATE`;

/**
 * $1 country, $2 text, $3 items, $4 lead, $5 owner, $6 start, $7 target, $8 status, $9 status history (JSON),
 * $10 done at, $11 notes, $12 instrument id, $13 author, $14 source: the new row at version 1.
 */
export const INSERT_ACTION_SQL = `
  INSERT INTO actions (country_iso3, text, items, lead, owner, start_date, target_date, status, status_history,
                       done_at, notes, instrument_id, created_by, source)
  VALUES ($1, $2, $3::text[], $4, $5, $6::date, $7::date, $8, $9::jsonb, $10::timestamptz, $11, $12::uuid, $13::uuid, $14)
  RETURNING ${columns()}`;

/**
 * $1 id, $2 expected version, then the columns as INSERT_ACTION_SQL's $2–$12, $13 analyst comment: the row
 * replaced if its version is still $2, one version up.
 */
export const UPDATE_ACTION_SQL = `
  UPDATE actions
  SET text = $3, items = $4::text[], lead = $5, owner = $6, start_date = $7::date, target_date = $8::date,
      status = $9, status_history = $10::jsonb, done_at = $11::timestamptz, notes = $12, instrument_id = $13::uuid,
      analyst_comment = $14, version = version + 1, updated_at = now()
  WHERE id = $1 AND version = $2
  RETURNING ${columns()}`;

/** $1 id, $2 expected version: the row deleted, or none when the version is stale. */
export const DELETE_ACTION_SQL = `DELETE FROM actions WHERE id = $1 AND version = $2 RETURNING id`;

/** $1 instrument id: the register record's country, if it exists. */
export const INSTRUMENT_COUNTRY_SQL = `SELECT country_iso3 FROM instruments WHERE id = $1`;

/**
 * $1 country, $2 methodology: its counted (submitted or validated) assessments, newest year first, with their
 * answers, submission time and item points under the methodology (an object code → points).
 */
export const COUNTED_ASSESSMENTS_SQL = `
  SELECT a.id, a.year, a.answers, a.submitted_at,
         COALESCE(${breakdownObjectSql('sc', 'item')}, '{}'::jsonb) AS points
  FROM assessments a
  LEFT JOIN assessment_scores sc ON sc.assessment_id = a.id AND sc.methodology = $2
  WHERE a.country_iso3 = $1 AND a.status IN ('submitted', 'validated')
  ORDER BY a.year DESC`;

/** Whether any plan holds an action (the demo loader fills an empty table only). */
export const COUNT_ACTIONS_SQL = `SELECT count(*)::int AS n FROM actions`;
