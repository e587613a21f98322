import { MAX_YEAR } from '@cpc/domain';
import { ALL_REGION_SQL } from './building-blocks.sql.js';

/** A mark every this many of a region's members (over all years), in the order of their codes. */
export const MEMBER_PAGE_MARK_EVERY = 100;

/**
 * The page marks of the regions (and ALL) in `memberSpans` (a relation with memberSpansSql's rows): their
 * members over all years, in the order of their codes, are cut into buckets of MEMBER_PAGE_MARK_EVERY, and each
 * bucket's first code is its mark. For every year in which a region's members change, each mark's `position` is
 * how many members the region has at the year's end before it: the running sum, over years, of the members'
 * spans in each bucket that start and end by then, summed over the buckets before. One row per bucket and year
 * of change, not per member and year.
 */
export function memberPageMarksSql(memberSpans: string): string {
  return `
    WITH members AS (
      SELECT m.*,
             (row_number() OVER (PARTITION BY grouping_id, region ORDER BY country) - 1) / ${MEMBER_PAGE_MARK_EVERY} AS bucket
      FROM ${memberSpans} m
    ),
    marks AS (SELECT grouping_id, region, bucket, min(country) AS country FROM members GROUP BY 1, 2, 3),
    changes AS (
      SELECT m.grouping_id, m.region, m.bucket, c.year, sum(c.change) AS change
      FROM members m
      CROSS JOIN LATERAL unnest(m.years) AS s(years)
      CROSS JOIN LATERAL (VALUES (lower(s.years), 1), (upper(s.years), -1)) AS c(year, change)
      GROUP BY 1, 2, 3, 4
    ),
    change_years AS (SELECT DISTINCT grouping_id, region, year FROM changes WHERE year <= ${MAX_YEAR}),
    held AS (
      SELECT k.grouping_id, k.region, k.bucket, k.country, y.year,
             sum(coalesce(c.change, 0)) OVER (PARTITION BY k.grouping_id, k.region, k.bucket ORDER BY y.year) AS members
      FROM marks k
      JOIN change_years y ON y.grouping_id = k.grouping_id AND y.region = k.region
      LEFT JOIN changes c ON c.grouping_id = k.grouping_id AND c.region = k.region AND c.bucket = k.bucket AND c.year = y.year
    )
    SELECT grouping_id, region, year, bucket, country,
           (sum(members) OVER (PARTITION BY grouping_id, region, year ORDER BY bucket) - members)::int AS position
    FROM held`;
}

/**
 * CTE `mark` (position, country): of the grouping `grouping`'s region `region` (NULL: ALL) at the end of the
 * year `year`, the last mark at or before the member `offset` (0 first), from the marks of the last year of
 * change by then. None when the region has no members that year.
 */
export function pageMarkCte(grouping: string, year: string, region: string, offset: string): string {
  const ofRegion = (k: string) =>
    `${k}.grouping_id = ${grouping} AND ${k}.region = coalesce(${region}::text, ${ALL_REGION_SQL})`;
  return `mark AS (
    SELECT k.position, k.country_iso3 AS country FROM member_page_marks k
    WHERE ${ofRegion('k')} AND k.position <= ${offset}
      AND k.year = (SELECT max(y.year) FROM member_page_marks y WHERE ${ofRegion('y')} AND y.year <= ${year})
    ORDER BY k.bucket DESC LIMIT 1)`;
}
