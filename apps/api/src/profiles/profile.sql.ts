import { DIMENSIONS } from '@cpc/domain';
import { memberAtYearEnd, statusScope } from '../analytics/building-blocks.sql.js';
import { breakdownObjectSql } from '../assessments/score-breakdowns.sql.js';

/** $1 country, $2 methodology version: every assessment of the country, oldest first, with its scores under it. */
export const COUNTRY_ASSESSMENTS_SQL = `
  SELECT a.id, a.year, a.status, sc.overall_index, sc.computed_level, a.self_level, a.source,
         coalesce(${breakdownObjectSql('sc', 'dimension')}, '{}'::jsonb) AS dimensions
  FROM assessments a
  LEFT JOIN assessment_scores sc ON sc.assessment_id = a.id AND sc.methodology = $2
  WHERE a.country_iso3 = $1
  ORDER BY a.year`;

/** $1 country: the regions it belongs to, built-in groupings first. */
export const COUNTRY_REGIONS_SQL = `
  SELECT g.id AS grouping, g.names AS grouping_names, r.code, r.names
  FROM region_members m JOIN regions r ON r.id = m.region_id JOIN groupings g ON g.id = r.grouping_id
  WHERE m.country_iso3 = $1 AND m.valid_to IS NULL
  ORDER BY g.built_in DESC, g.id, r.position`;

/** $1 assessment id: its answers. */
export const ANSWERS_SQL = 'SELECT answers FROM assessments WHERE id = $1';

/** Dimension `d.dimension`'s column of a row with one column per dimension (`row`). */
const dimensionOf = (row: string) =>
  `CASE d.dimension ${DIMENSIONS.map((x) => `WHEN '${x}' THEN ${row}."${x}"`).join(' ')} END`;

/**
 * Per dimension, in one year: the country's score, the region's mean and median, the country's rank, over the
 * current assessments of the region's members. The mean, median and count come from the region's maintained
 * maturity cell; the rank is 1 + the members scoring higher (ties share a rank), summed from the cell's
 * maintained score counts (a few dozen values, whatever the members). The country's own score counts only
 * while it is a member of the region at the year's end. $1 grouping, $2 region code, $3 country, $4 year, $5
 * counted statuses, $6 dimensions, $7 methodology version.
 */
export const COMPARISON_SQL = `
  WITH own AS (
    SELECT f.* FROM maturity_facts f
    WHERE f.country_iso3 = $3 AND f.year = $4 AND f.scope = ${statusScope('$5')} AND f.methodology = $7
      AND EXISTS (
        SELECT 1 FROM regions r JOIN region_members m ON m.region_id = r.id
        WHERE r.grouping_id = $1 AND r.code = $2 AND m.country_iso3 = $3 AND ${memberAtYearEnd('m', '$4::int')})
  ),
  cell AS (
    SELECT c.figures FROM maturity_cells c
    WHERE c.grouping_id = $1 AND c.region = $2 AND c.year = $4 AND c.scope = ${statusScope('$5')} AND c.methodology = $7
  )
  SELECT d.dimension, o.score AS country,
         (c.figures ->> (d.dimension || '_mean'))::float8 AS mean,
         (c.figures ->> (d.dimension || '_median'))::float8 AS median,
         CASE WHEN o.score IS NOT NULL THEN 1 + (
           SELECT coalesce(sum(sc.members), 0) FROM maturity_score_counts sc
           WHERE sc.grouping_id = $1 AND sc.region = $2 AND sc.year = $4 AND sc.scope = ${statusScope('$5')}
             AND sc.methodology = $7 AND sc.dimension = d.dimension AND sc.score > o.score
         ) END::int AS rank,
         coalesce((c.figures ->> (d.dimension || '_n'))::int, 0) AS assessed
  FROM unnest($6::text[]) WITH ORDINALITY AS d(dimension, position)
  LEFT JOIN cell c ON true
  LEFT JOIN LATERAL (SELECT ${dimensionOf('own')} AS score FROM own) o ON true
  ORDER BY d.position`;
