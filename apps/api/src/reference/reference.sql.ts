/** Groupings with their regions and members. */
const SELECT_GROUPINGS = `
  SELECT g.id, g.name_en, g.name_fr, g.source, g.built_in,
         (SELECT json_agg(json_build_object(
                   'code', r.code, 'name_en', r.name_en, 'name_fr', r.name_fr,
                   'members', (SELECT coalesce(json_agg(m.country_iso3 ORDER BY m.country_iso3), '[]'::json)
                               FROM region_members m WHERE m.region_id = r.id))
                 ORDER BY r.position, r.code)
          FROM regions r WHERE r.grouping_id = g.id) AS regions
  FROM groupings g`;

/** Groupings, built-in first. */
export const GROUPINGS_SQL = `${SELECT_GROUPINGS} ORDER BY g.built_in DESC, g.id`;

/** $1 id: one grouping. */
export const GROUPING_SQL = `${SELECT_GROUPINGS} WHERE g.id = $1`;
