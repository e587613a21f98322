/**
 * The filters of the assessments list, shared by the list, its counts and the review queue's register checks.
 * Parameters: $1 scope (a national user's one country, or null), $2 country, $3 year, $4 status, $5 grouping,
 * $6 region code, $7 waiting days (each null for any). A region holds the countries that were its members on
 * 31 December of the assessment's year.
 */
export const LIST_FILTER_PARAMS = 7;

const inRegion = (alias: string) => `EXISTS (
    SELECT 1 FROM region_members m JOIN regions r ON r.id = m.region_id
    WHERE r.grouping_id = $5 AND r.code = $6 AND m.country_iso3 = ${alias}.country_iso3
      AND m.valid_from <= make_date(${alias}.year, 12, 31)
      AND (m.valid_to IS NULL OR m.valid_to >= make_date(${alias}.year, 12, 31)))`;

/** Each filter as a condition on the assessments row `alias`, true when the filter is not set. */
function filterConditions(alias: string) {
  return {
    country: `($2::text IS NULL OR ${alias}.country_iso3 = $2)`,
    year: `($3::int IS NULL OR ${alias}.year = $3)`,
    status: `($4::text IS NULL OR ${alias}.status = $4)`,
    region: `($6::text IS NULL OR ${inRegion(alias)})`,
    waitingDays: `($7::int IS NULL OR ${alias}.submitted_at <= now() - make_interval(days => $7::int))`,
  };
}

/** Every filter, and the scope, on the assessments row `alias`. */
export function listFilterSql(alias: string): string {
  const scope = `($1::text IS NULL OR ${alias}.country_iso3 = $1)`;
  return [scope, ...Object.values(filterConditions(alias))].join(' AND ');
}

const flags = filterConditions('a');

/** The rows in scope, each with whether it passes each filter; `d` the thresholds array parameter. */
const TAGGED = `
  tagged AS (
    SELECT a.country_iso3::text AS country, a.year, a.status, a.submitted_at,
           ${flags.country} AS by_country, ${flags.year} AS by_year, ${flags.status} AS by_status,
           ${flags.region} AS by_region, ${flags.waitingDays} AS by_waiting
    FROM assessments a
    WHERE ($1::text IS NULL OR a.country_iso3 = $1))`;

/**
 * The list's counts, facet by facet, each under every filter but its own. $1–$7 as above, $8 the waiting
 * thresholds in days (int[]). Rows of (facet, value, count), years and days in numeric order; a value that
 * would list nothing has no row.
 */
export const ASSESSMENT_FACETS_SQL = `
  WITH ${TAGGED}
  SELECT 'country' AS facet, country AS value, count(*)::int AS count, NULL::int AS rank
  FROM tagged WHERE by_year AND by_status AND by_region AND by_waiting GROUP BY country
  UNION ALL
  SELECT 'year', year::text, count(*)::int, year
  FROM tagged WHERE by_country AND by_status AND by_region AND by_waiting GROUP BY year
  UNION ALL
  SELECT 'status', status, count(*)::int, NULL
  FROM tagged WHERE by_country AND by_year AND by_region AND by_waiting GROUP BY status
  UNION ALL
  SELECT 'region', r.code, count(*)::int, NULL
  FROM tagged t
  JOIN region_members m ON m.country_iso3 = t.country
    AND m.valid_from <= make_date(t.year, 12, 31) AND (m.valid_to IS NULL OR m.valid_to >= make_date(t.year, 12, 31))
  JOIN regions r ON r.id = m.region_id AND r.grouping_id = $5
  WHERE by_country AND by_year AND by_status AND by_waiting GROUP BY r.code
  UNION ALL
  SELECT 'waitingDays', d.days::text, count(*)::int, d.days
  FROM tagged t CROSS JOIN unnest($8::int[]) AS d(days)
  WHERE by_country AND by_year AND by_status AND by_region AND t.submitted_at <= now() - make_interval(days => d.days)
  GROUP BY d.days
  ORDER BY facet, rank, value`;
