import { currentAssessmentsCte, membersCtes } from './building-blocks.sql.js';
import { cellKeyColumns, KEY_METHODOLOGY, recordHash, recordKey, SHARED_CTE } from './disclosure-keys.sql.js';

/**
 * $1 grouping, $2 year, $3 counted statuses, $4 scored item codes in order, $5 the gap threshold, $6 the
 * methodology version. Each
 * (assessment, item) carries two keys: for the population count (0) and for the gap count (1); every record
 * of the population adds its gap key, gap or not, so that a pair of cells differing by one record gets
 * independent noise whatever that record's answer. The keys are hashed from the points under KEY_METHODOLOGY
 * whatever the version asked for, so that a cell asked for under two versions gets the same noise.
 */
export const GAPS_SQL = `
  WITH ${membersCtes('$2')},${currentAssessmentsCte({ from: '$2', to: '$2', statuses: '$3', countries: 'grouping_members' })},${SHARED_CTE},
  item_rows AS MATERIALIZED (
    SELECT m.region, p.code, p.points,
           ${recordHash('c.country', `c.id || ':' || p.code || ':' || k.points::text`)} AS h
    FROM members m
    JOIN current_assessments c ON c.country = m.country
    JOIN assessment_item_points p ON p.assessment_id = c.id AND p.methodology = $6
    JOIN assessment_item_points k ON k.assessment_id = c.id AND k.code = p.code AND k.methodology = '${KEY_METHODOLOGY}'
  )
  SELECT r.region, i.code,
         count(ir.points)::int AS assessed,
         count(*) FILTER (WHERE ir.points < $5)::int AS with_gap,
         ${cellKeyColumns('assessed', recordKey('ir.h', 0))},
         ${cellKeyColumns('gap', recordKey('ir.h', 1))}
  FROM (SELECT DISTINCT region FROM members) r
  CROSS JOIN unnest($4::text[]) WITH ORDINALITY AS i(code, position)
  LEFT JOIN item_rows ir ON ir.region = r.region AND ir.code = i.code
  GROUP BY r.region, i.code, i.position
  ORDER BY r.region, i.position`;
