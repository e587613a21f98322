import { memberAtYearEnd } from '../analytics/building-blocks.sql.js';

/** A date bound as a parameter, or null for the open end of a period (`-infinity` in the table). */
const openDate = (column: string) =>
  `CASE WHEN ${column} = '-infinity' THEN NULL ELSE to_char(${column}, 'YYYY-MM-DD') END`;

/** Groupings with their regions, the members at 31 December of the year bound to `year`, and every period. */
const selectGroupings = (year: string) => `
  SELECT g.id, g.names, g.source, g.built_in,
         (SELECT json_agg(json_build_object(
                   'code', r.code, 'names', r.names,
                   'members', (SELECT coalesce(json_agg(DISTINCT m.country_iso3 ORDER BY m.country_iso3), '[]'::json)
                               FROM region_members m
                               WHERE m.region_id = r.id AND ${memberAtYearEnd('m', year)}),
                   'memberships', (SELECT coalesce(json_agg(json_build_object(
                                      'iso3', m.country_iso3, 'from', ${openDate('m.valid_from')},
                                      'to', ${openDate('m.valid_to')})
                                    ORDER BY m.country_iso3, m.valid_from), '[]'::json)
                                   FROM region_members m WHERE m.region_id = r.id))
                 ORDER BY r.position, r.code)
          FROM regions r WHERE r.grouping_id = g.id) AS regions
  FROM groupings g`;

/** $1 id: one grouping's regions in order, without their members (what the analytics name and sort). */
export const GROUPING_OUTLINE_SQL = `
  SELECT g.id,
         (SELECT coalesce(json_agg(json_build_object('code', r.code, 'names', r.names) ORDER BY r.position, r.code), '[]'::json)
          FROM regions r WHERE r.grouping_id = g.id) AS regions
  FROM groupings g WHERE g.id = $1`;

/** $1 year: groupings, built-in first. */
export const GROUPINGS_SQL = `${selectGroupings('$1::int')} ORDER BY g.built_in DESC, g.id`;

/** $1 id, $2 year: one grouping. */
export const GROUPING_SQL = `${selectGroupings('$2::int')} WHERE g.id = $1`;

/** Every country, by ISO3 code. */
export const COUNTRIES_SQL = 'SELECT iso3, iso2, names FROM countries ORDER BY iso3';

/** $1 ISO3 code: that country. */
export const COUNTRY_SQL = 'SELECT iso3, iso2, names FROM countries WHERE iso3 = $1';

/** $1 a JSON array of {iso3, iso2, names} (names by locale): the countries, added or brought up to date. */
export const UPSERT_COUNTRIES_SQL = `
  INSERT INTO countries (iso3, iso2, names)
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(iso3 char(3), iso2 char(2), names jsonb)
  ON CONFLICT (iso3) DO UPDATE SET iso2 = excluded.iso2, names = excluded.names`;

/** $1 id, $2 names by locale (JSON), $3 source, $4 built in: the grouping, added or brought up to date. */
export const UPSERT_GROUPING_SQL = `
  INSERT INTO groupings (id, names, source, built_in) VALUES ($1, $2::jsonb, $3, $4)
  ON CONFLICT (id) DO UPDATE SET names = excluded.names, source = excluded.source, built_in = excluded.built_in`;

/** $1 grouping: its regions (and, by cascade, their members). */
export const DELETE_REGIONS_SQL = 'DELETE FROM regions WHERE grouping_id = $1';

/** $1 grouping, $2 a JSON array of {code, names} (names by locale), in order: its regions, ids in the order given. */
export const INSERT_REGIONS_SQL = `
  INSERT INTO regions (grouping_id, code, names, position)
  SELECT $1, code, names, n - 1
  FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (code text, names jsonb)) WITH ORDINALITY AS t(code, names, n)
  ORDER BY n
  RETURNING id`;

/** $1 region ids, $2 countries, $3 first days (null: undated), $4 last days (null: open): one period per element. */
export const INSERT_REGION_MEMBERS_SQL = `
  INSERT INTO region_members (region_id, country_iso3, valid_from, valid_to)
  SELECT region_id, country, coalesce(valid_from, '-infinity'::date), valid_to
  FROM unnest($1::int[], $2::char(3)[], $3::date[], $4::date[]) AS t(region_id, country, valid_from, valid_to)`;

/** $1 id: whether the grouping is built in (no row when it does not exist). */
export const GROUPING_BUILT_IN_SQL = 'SELECT built_in FROM groupings WHERE id = $1';

/** $1 id: the grouping, its regions and memberships (cascade). */
export const DELETE_GROUPING_SQL = 'DELETE FROM groupings WHERE id = $1';

/**
 * The reference tables' statistics, taken after each start's sync: a table of 11 regions never reaches
 * autovacuum's threshold, and unanalysed it was taken for 610 rows, so a page of members (36,000 memberships at
 * the stress scale) was read by sorting them all (44 ms) instead of in the order of an index (3 ms).
 */
export const ANALYZE_REFERENCE_SQL = 'ANALYZE countries, groupings, regions, region_members';
