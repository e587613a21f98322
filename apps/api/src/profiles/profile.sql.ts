import { DIMENSIONS } from '@cpc/domain';
import { memberAtYearEnd, statusScope } from '../analytics/building-blocks.sql.js';

/** The score of dimension `d.dimension` in a maturity facts row `f` (the facts keep one column per dimension). */
const DIMENSION_SCORE = `CASE d.dimension ${DIMENSIONS.map((x) => `WHEN '${x}' THEN f."${x}"`).join(' ')} END`;

/** $1 country, $2 methodology version: every assessment of the country, oldest first, with its scores under it. */
export const COUNTRY_ASSESSMENTS_SQL = `
  SELECT a.id, a.year, a.status, sc.overall_index, sc.computed_level, a.self_level, a.source,
         coalesce(jsonb_object_agg(s.dimension, s.score) FILTER (WHERE s.dimension IS NOT NULL), '{}'::jsonb) AS dimensions
  FROM assessments a
  LEFT JOIN assessment_scores sc ON sc.assessment_id = a.id AND sc.methodology = $2
  LEFT JOIN assessment_dimension_scores s ON s.assessment_id = a.id AND s.methodology = $2
  WHERE a.country_iso3 = $1
  GROUP BY a.id, sc.overall_index, sc.computed_level
  ORDER BY a.year`;

/** $1 country: the regions it belongs to, built-in groupings first. */
export const COUNTRY_REGIONS_SQL = `
  SELECT g.id AS grouping, g.names AS grouping_names, r.code, r.names
  FROM region_members m JOIN regions r ON r.id = m.region_id JOIN groupings g ON g.id = r.grouping_id
  WHERE m.country_iso3 = $1 AND m.valid_to IS NULL
  ORDER BY g.built_in DESC, g.id, r.position`;

/** $1 assessment id: its answers. */
export const ANSWERS_SQL = 'SELECT answers FROM assessments WHERE id = $1';

/**
 * Per dimension, in one year: the country's score, the region's mean and median, the country's rank, over the
 * current assessments of the region's members (the maturity facts PostgreSQL keeps at each write).
 * $1 grouping, $2 region code, $3 country, $4 year, $5 counted statuses, $6 dimensions, $7 methodology version.
 */
export const COMPARISON_SQL = `
  WITH peers AS (
    SELECT m.country_iso3 AS country
    FROM regions r JOIN region_members m ON m.region_id = r.id
    WHERE r.grouping_id = $1 AND r.code = $2 AND ${memberAtYearEnd('m', '$4::int')}
  ),
  ranked AS (
    SELECT d.dimension, f.country_iso3 AS country, v.score,
           rank() OVER (PARTITION BY d.dimension ORDER BY v.score DESC) AS rank
    FROM maturity_facts f
    CROSS JOIN unnest($6::text[]) AS d(dimension)
    CROSS JOIN LATERAL (SELECT ${DIMENSION_SCORE} AS score) v
    WHERE f.year = $4 AND f.scope = ${statusScope('$5')} AND f.methodology = $7
      AND f.country_iso3 IN (SELECT country FROM peers) AND v.score IS NOT NULL
  )
  SELECT d.dimension,
         max(r.score) FILTER (WHERE r.country = $3) AS country,
         avg(r.score) AS mean,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY r.score) AS median,
         max(r.rank) FILTER (WHERE r.country = $3)::int AS rank,
         count(r.score)::int AS assessed
  FROM unnest($6::text[]) WITH ORDINALITY AS d(dimension, position)
  LEFT JOIN ranked r ON r.dimension = d.dimension
  GROUP BY d.dimension, d.position
  ORDER BY d.position`;
