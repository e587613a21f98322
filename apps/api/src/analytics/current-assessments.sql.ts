import { DIMENSIONS, type MapMetric } from '@cpc/domain';
import { ALL_REGION_SQL, memberAtYearEnd, statusScope } from './building-blocks.sql.js';
import { pageMarkCte } from './member-page-marks.sql.js';

/** The dimensions' scores as columns: at 18,000 members, building a JSON object per row took half the statement's time. */
const DIMENSION_COLUMNS = DIMENSIONS.map((d) => `f."${d}"`).join(', ');

/**
 * The memberships `m` (with their region `r`) of the grouping bound to $1, in force at the end of the year bound
 * to $2, of one region (`region`, a parameter: NULL for every region): a FROM and WHERE to read them by.
 */
const membershipsAtYearEnd = (region: string) => `
  region_members m JOIN regions r ON r.id = m.region_id
  WHERE r.grouping_id = $1 AND (${region}::text IS NULL OR r.code = ${region}::text) AND ${memberAtYearEnd('m', '$2::int')}`;

/**
 * CTE `page` (country): the members of the page, $6 skipped then $7 of them (NULL: every member), of the region
 * $5 (NULL: every region) at the end of the year $2. It is cut first, from the memberships read in the order of
 * their countries' codes (an index) from the last page mark at or before $6 (member-page-marks.sql.ts), so that
 * a page costs its members and fewer than a mark's worth before them, however deep it lies in the grouping.
 */
const PAGE_CTE = `${pageMarkCte('$1', '$2::int', '$5', '$6::bigint')},
  page AS (
    SELECT DISTINCT m.country_iso3 AS country FROM ${membershipsAtYearEnd('$5')}
      AND m.country_iso3 >= (SELECT country FROM mark)
    ORDER BY 1 OFFSET $6::bigint - (SELECT position FROM mark) LIMIT $7)`;

/**
 * The maturity facts `f` of the page's year, scope ($3) and methodology ($4), from the page's mark on: their
 * index is in the order of the codes too, and a merge join with the page would otherwise read every fact before
 * it (12 ms at 17,000 members).
 */
const PAGE_FACTS = `f.year = $2 AND f.scope = ${statusScope('$3')} AND f.methodology = $4
    AND f.country_iso3 >= (SELECT country FROM mark)`;

/**
 * $1 grouping, $2 year, $3 counted statuses, $4 methodology version, $5 a region of the grouping (NULL: every
 * region), $6 members to skip, $7 members per page (NULL: every member): the current assessment of each member
 * of the page (PAGE_CTE), with its scores and each of its regions, read from the maturity facts PostgreSQL
 * keeps at each write.
 */
export const CURRENT_SQL = `
  WITH ${PAGE_CTE}
  SELECT f.assessment_id AS id, f.country_iso3 AS country, g.region, f.assessed_year::int AS year, f.status,
         f.overall_index, f.computed_level, f.self_level, ${DIMENSION_COLUMNS}
  FROM page p
  JOIN maturity_facts f ON f.country_iso3 = p.country
  CROSS JOIN LATERAL (
    SELECT DISTINCT r.code AS region FROM ${membershipsAtYearEnd('$5')} AND m.country_iso3 = p.country) g
  WHERE ${PAGE_FACTS}
  ORDER BY f.country_iso3, g.region`;

/**
 * $1 grouping, $2 year, $3 a region of the grouping (NULL: every region): its members at the end of the year,
 * as `region_year_members` keeps them at each membership change (ALL for every region), one row read instead
 * of the grouping's memberships counted (15 ms at 18,000 members).
 */
export const MEMBER_COUNT_SQL = `
  SELECT coalesce((SELECT members FROM region_year_members
                   WHERE grouping_id = $1 AND year = $2 AND region = coalesce($3::text, ${ALL_REGION_SQL})), 0) AS total`;

/** The column of the maturity facts `f` a map metric reads (the metric is one of the schema's, never free text). */
function metricColumn(metric: MapMetric): string {
  if (metric === 'overall') return 'f.overall_index';
  if (metric === 'level') return 'f.computed_level';
  return `f."${metric}"`;
}

/**
 * $1 grouping, $2 year, $3 counted statuses, $4 methodology version, $5 a region of the grouping (NULL: every
 * region), $6 members to skip, $7 members per page (NULL: every member): one figure of the current assessment
 * of each member of the page (PAGE_CTE), the map's row and nothing more, a country once whatever its regions.
 * Each member's fact is read from ix_maturity_facts_year alone, which includes these columns.
 */
export const mapValuesSql = (metric: MapMetric) => `
  WITH ${PAGE_CTE}
  SELECT f.country_iso3 AS country, ${metricColumn(metric)} AS value, f.assessed_year::int AS year, f.status
  FROM page p
  JOIN maturity_facts f ON f.country_iso3 = p.country
  WHERE ${PAGE_FACTS}
  ORDER BY f.country_iso3`;
