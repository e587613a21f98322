import { listFilterSql } from './assessment-list.sql.js';
import { breakdownObjectSql } from './score-breakdowns.sql.js';

/**
 * Every assessment column a read maps, with its stored scores under each methodology version as a JSON array
 * of {version, overall, level, dimensions, items}, oldest version first.
 */
function selectAssessmentsSql(withAnswers: boolean): string {
  return `
    SELECT a.id, a.country_iso3, a.year, a.status, a.version, ${withAnswers ? 'a.answers, a.comments,' : ''}
           a.self_level, a.return_comment, a.submitted_at, a.created_at, a.updated_at, a.source,
           (SELECT json_agg(json_build_object(
                     'version', sc.methodology, 'overall', sc.overall_index, 'level', sc.computed_level,
                     'dimensions', ${breakdownObjectSql('sc', 'dimension')},
                     'items', ${breakdownObjectSql('sc', 'item')})
                   ORDER BY sc.methodology)
            FROM assessment_scores sc WHERE sc.assessment_id = a.id) AS scores
    FROM assessments a`;
}

/** $1 id: one assessment with its answers and stored scores. */
export const ASSESSMENT_SQL = `${selectAssessmentsSql(true)} WHERE a.id = $1`;

/** $1–$7 the list's filters (see `listFilterSql`): the summaries that match, newest year first. */
export const ASSESSMENT_SUMMARIES_SQL = `${selectAssessmentsSql(false)}
  WHERE ${listFilterSql('a')}
  ORDER BY a.year DESC, a.country_iso3`;

export const COUNT_ASSESSMENTS_SQL = 'SELECT count(*)::int AS n FROM assessments';

export const ANALYZE_ASSESSMENTS_SQL = 'ANALYZE assessments, assessment_scores, current_assessment_years';

/** $1 id: the row a write checks, locked until the transaction ends. */
export const LOCK_ASSESSMENT_SQL = `
  SELECT id, country_iso3, year, status, version, answers, comments FROM assessments WHERE id = $1 FOR UPDATE`;

/** $1 country, $2 year, $3 answers, $4 comments: a draft at version 1, or no row when the country-year exists. */
export const INSERT_DRAFT_SQL = `
  INSERT INTO assessments (country_iso3, year, status, answers, comments, source)
  VALUES ($1, $2, 'draft', $3::jsonb, $4::jsonb, 'entered')
  ON CONFLICT ON CONSTRAINT uq_assessments_country_year DO NOTHING
  RETURNING id`;

/** $1 id, $2 expected version, $3 answers, $4 comments; the row's scores cleared when `clearScores`. */
export function updateAnswersSql(clearScores: boolean): string {
  const clear = clearScores ? ', self_level = NULL' : '';
  return `
    UPDATE assessments SET answers = $3::jsonb, comments = $4::jsonb, version = version + 1, updated_at = now()${clear}
    WHERE id = $1 AND version = $2
    RETURNING version`;
}

/** $1 id, $2 self level. */
export const MARK_SUBMITTED_SQL = `
  UPDATE assessments
  SET status = 'submitted', self_level = $2, submitted_at = now(), version = version + 1, updated_at = now()
  WHERE id = $1
  RETURNING version`;

/** $1 id, $2 status, $3 the analyst's comment (kept when null). */
export const UPDATE_STATUS_SQL = `
  UPDATE assessments
  SET status = $2, return_comment = COALESCE($3, return_comment), version = version + 1, updated_at = now()
  WHERE id = $1
  RETURNING version`;

/**
 * $1 a JSON array of {country, year, status, answers, comments, self_level, submitted_at, source}: new rows,
 * ids in the order given.
 */
export const INSERT_ASSESSMENTS_SQL = `
  INSERT INTO assessments (country_iso3, year, status, answers, comments, self_level, submitted_at, source)
  SELECT country, year, status, answers, comments, self_level, submitted_at, source
  FROM ROWS FROM (jsonb_to_recordset($1::jsonb)
                  AS (country char(3), year int, status text, answers jsonb, comments jsonb, self_level smallint,
                      submitted_at timestamptz, source text))
    WITH ORDINALITY AS t(country, year, status, answers, comments, self_level, submitted_at, source, n)
  ORDER BY n
  RETURNING id`;
