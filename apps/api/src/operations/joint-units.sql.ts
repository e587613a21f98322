/** $1 an id: the joint unit of the register with that id, and its country. */
export const JOINT_UNIT_BY_ID_SQL = `
  SELECT id::text AS id, country_iso3::text AS country FROM instruments WHERE id = $1 AND kind = 'joint_unit'`;

/**
 * $1 country, $2 site, $3 a date, $4 the unit a result is already linked to (or null): the country's joint unit
 * at that site (case-insensitive) in force on the date, the newest when several are. The linked unit, when it
 * is at that site, comes first whatever its dates: a file that names a result's own unit keeps the link.
 */
export const JOINT_UNIT_BY_SITE_SQL = `
  SELECT id::text AS id FROM instruments
  WHERE country_iso3 = $1 AND kind = 'joint_unit' AND lower(details->>'site') = lower($2)
    AND (id = $4::uuid OR (valid_from <= $3::date AND (valid_to IS NULL OR valid_to >= $3::date)))
  ORDER BY (id = $4::uuid) IS TRUE DESC, valid_from DESC, id
  LIMIT 1`;
