import { listFilterSql } from '../assessments/assessment-list.sql.js';

/** The assessment a check reads: its country, year and answers. $1 the assessment id. */
export const ASSESSMENT_FOR_CHECKS_SQL = `
  SELECT country_iso3::text AS country, year, answers FROM assessments WHERE id = $1`;

/** Whether a country exists. $1 the ISO3 code. */
export const COUNTRY_EXISTS_SQL = `SELECT 1 FROM countries WHERE iso3 = $1`;

/** The instruments `i` that the checks of `year` may read (see REGISTER_FOR_YEAR_SQL). */
function readByChecks(year: string): string {
  return `i.kind IN ('agreement', 'committee', 'liaison_officer', 'training')
    AND i.valid_from <= make_date(${year}, 12, 31)
    AND (i.valid_to IS NULL OR i.valid_to >= make_date(${year} - 2, 1, 1))`;
}

/**
 * The instruments of a country that the checks of year $2 may read: those in force during the year, and the
 * trainings held in it or the two years before. $1 the country. Dates as ISO text.
 */
export const REGISTER_FOR_YEAR_SQL = `
  SELECT id::text AS id, title, kind, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
         to_char(valid_to, 'YYYY-MM-DD') AS valid_to, details
  FROM instruments i
  WHERE country_iso3 = $1 AND ${readByChecks('$2::int')}
  ORDER BY valid_from, id`;

/**
 * Every listed assessment with its answers and, as a JSON array ordered like REGISTER_FOR_YEAR_SQL, its country's
 * register for its year: one query for the whole review queue. $1–$7 the list's filters (`listFilterSql`).
 */
export const ASSESSMENTS_WITH_REGISTER_SQL = `
  SELECT a.id::text AS id, a.year, a.answers,
         COALESCE((
           SELECT json_agg(json_build_object(
                    'id', i.id::text, 'title', i.title, 'kind', i.kind,
                    'valid_from', to_char(i.valid_from, 'YYYY-MM-DD'), 'valid_to', to_char(i.valid_to, 'YYYY-MM-DD'),
                    'details', i.details) ORDER BY i.valid_from, i.id)
           FROM instruments i
           WHERE i.country_iso3 = a.country_iso3 AND ${readByChecks('a.year')}), '[]'::json) AS register
  FROM assessments a
  WHERE ${listFilterSql('a')}
  ORDER BY a.year DESC, a.country_iso3`;
