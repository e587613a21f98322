/** Whether the database answers. */
export const PING_SQL = 'SELECT 1';

/** Whether any assessment is synthetic demo data. */
export const HAS_DEMO_DATA_SQL = `SELECT EXISTS (SELECT 1 FROM assessments WHERE source = 'demo') AS exists`;

/** The newest year of a submitted or validated assessment. */
export const LATEST_COUNTED_YEAR_SQL = `SELECT max(year) AS year FROM assessments WHERE status IN ('submitted', 'validated')`;

/** The oldest and newest year of any assessment or operation; both null when there is neither. */
export const DATA_YEARS_SQL = `
  SELECT min(y)::int AS first, max(y)::int AS last
  FROM (
    SELECT min(year) AS y FROM assessments UNION ALL SELECT max(year) FROM assessments
    UNION ALL SELECT min(end_year) FROM operations UNION ALL SELECT max(end_year) FROM operations
  ) AS bounds`;

/**
 * $1 date: the WCO's Members on that day as the WCO counts them, the countries and customs territories of its
 * regions (the European Union, in no region, is not counted).
 */
export const WCO_MEMBER_COUNT_SQL = `
  SELECT count(DISTINCT m.country_iso3)::int AS count
  FROM regions r JOIN region_members m ON m.region_id = r.id
  WHERE r.grouping_id = 'wco' AND m.valid_from <= $1::date AND (m.valid_to IS NULL OR m.valid_to >= $1::date)`;
