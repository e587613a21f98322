/** $1 country: its preference and who set it last. */
export const DISCLOSURE_SQL = `
  SELECT d.level, d.updated_at, u.email
  FROM country_disclosures d LEFT JOIN users u ON u.id = d.updated_by
  WHERE d.country_iso3 = $1`;

/** The countries that share their figures with members. */
export const SHARED_COUNTRIES_SQL = `SELECT country_iso3::text AS iso3 FROM country_disclosures WHERE level = 'members'`;

/** $1 country: every change of its preference, newest first. */
export const HISTORY_SQL = `
  SELECT h.level, h.changed_at, u.email
  FROM country_disclosure_history h LEFT JOIN users u ON u.id = h.changed_by
  WHERE h.country_iso3 = $1
  ORDER BY h.changed_at DESC, h.id DESC`;

/** $1 country, $2 level, $3 user: the country's preference, created or replaced. */
export const UPSERT_DISCLOSURE_SQL = `
  INSERT INTO country_disclosures (country_iso3, level, updated_at, updated_by) VALUES ($1, $2, now(), $3)
  ON CONFLICT (country_iso3) DO UPDATE SET level = EXCLUDED.level, updated_at = EXCLUDED.updated_at,
    updated_by = EXCLUDED.updated_by`;

/** $1 country, $2 level, $3 user: one line of the preference's history. */
export const RECORD_DISCLOSURE_CHANGE_SQL = `INSERT INTO country_disclosure_history (country_iso3, level, changed_by) VALUES ($1, $2, $3)`;
