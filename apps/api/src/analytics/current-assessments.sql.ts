import { DIMENSIONS } from '@cpc/domain';
import { groupingMembersCte, statusScope } from './building-blocks.sql.js';

/** The dimensions' scores as columns: at 18,000 members, building a JSON object per row took half the statement's time. */
const DIMENSION_COLUMNS = DIMENSIONS.map((d) => `f."${d}"`).join(', ');

/**
 * $1 grouping, $2 year, $3 counted statuses, $4 methodology version, $5 a region of the grouping (NULL: every
 * region): each member's current assessment with its scores, read from the maturity facts PostgreSQL keeps at
 * each write (one row per country).
 */
export const CURRENT_SQL = `
  WITH ${groupingMembersCte('$2')}
  SELECT f.assessment_id AS id, f.country_iso3 AS country, g.region, f.assessed_year::int AS year, f.status,
         f.overall_index, f.computed_level, f.self_level, ${DIMENSION_COLUMNS}
  FROM maturity_facts f
  JOIN grouping_members g ON g.country = f.country_iso3
  WHERE f.year = $2 AND f.scope = ${statusScope('$3')} AND f.methodology = $4 AND ($5::text IS NULL OR g.region = $5::text)
  ORDER BY f.country_iso3`;
