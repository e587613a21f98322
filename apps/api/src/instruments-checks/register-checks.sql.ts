/** The assessment a check reads: its country, year and answers. $1 the assessment id. */
export const ASSESSMENT_FOR_CHECKS_SQL = `
  SELECT country_iso3::text AS country, year, answers FROM assessments WHERE id = $1`;

/** Whether a country exists. $1 the ISO3 code. */
export const COUNTRY_EXISTS_SQL = `SELECT 1 FROM countries WHERE iso3 = $1`;

/**
 * The instruments of a country that the checks of year $2 may read: those in force during the year, and the
 * trainings held in it or the two years before. $1 the country. Dates as ISO text.
 */
export const REGISTER_FOR_YEAR_SQL = `
  SELECT id::text AS id, title, kind, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
         to_char(valid_to, 'YYYY-MM-DD') AS valid_to, details
  FROM instruments
  WHERE country_iso3 = $1
    AND kind IN ('agreement', 'committee', 'liaison_officer', 'training')
    AND valid_from <= make_date($2::int, 12, 31)
    AND (valid_to IS NULL OR valid_to >= make_date($2::int - 2, 1, 1))
  ORDER BY valid_from, id`;
