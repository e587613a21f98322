/** $1 grouping, $2 region code: the region's id (no row for an unknown code). */
export const REGION_ID_SQL = 'SELECT id FROM regions WHERE grouping_id = $1 AND code = $2';

/** $1 grouping, $2 country, $3 date: the periods that hold on the date or start after it, earliest first. */
export const PERIODS_FROM_SQL = `
  SELECT r.code, to_char(m.valid_from, 'YYYY-MM-DD') AS valid_from, m.valid_from >= $3::date AS later
  FROM region_members m JOIN regions r ON r.id = m.region_id
  WHERE r.grouping_id = $1 AND m.country_iso3 = $2 AND (m.valid_to IS NULL OR m.valid_to >= $3::date)
  ORDER BY m.valid_from`;

/** $1 grouping, $2 country, $3 date: the period that holds on the date ends the day before. */
export const END_PERIOD_SQL = `
  UPDATE region_members m SET valid_to = $3::date - 1
  FROM regions r
  WHERE r.id = m.region_id AND r.grouping_id = $1 AND m.country_iso3 = $2
    AND m.valid_from < $3::date AND (m.valid_to IS NULL OR m.valid_to >= $3::date)`;

/** $1 region id, $2 country, $3 first day: a period that lasts. */
export const START_PERIOD_SQL = `
  INSERT INTO region_members (region_id, country_iso3, valid_from, valid_to) VALUES ($1, $2, $3::date, NULL)`;

/** $1 grouping, $2 country, $3 region code or null, $4 date, $5 admin: the change, kept for the record and for replay. */
export const RECORD_CHANGE_SQL = `
  INSERT INTO membership_changes (grouping_id, country_iso3, region_code, effective, recorded_by)
  VALUES ($1, $2, $3, $4::date, $5)`;

/** $1 grouping: its recorded changes, in the order they take effect. */
export const CHANGES_SQL = `
  SELECT country_iso3 AS iso3, region_code AS region, to_char(effective, 'YYYY-MM-DD') AS effective
  FROM membership_changes WHERE grouping_id = $1 ORDER BY effective, recorded_at`;
