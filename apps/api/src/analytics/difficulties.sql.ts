import { currentAssessmentsCte, membersCtes } from './building-blocks.sql.js';
import { cellKeyColumns, recordHash, recordKey, SHARED_CTE } from './disclosure-keys.sql.js';

/**
 * $1 grouping, $2 year, $3 counted statuses, $4 the A.17 options in order. Every current assessment of a
 * region adds, for each option, whether it picked it and that (assessment, option)'s key; the region's
 * population count has a key per assessment.
 */
export const DIFFICULTIES_SQL = `
  WITH ${membersCtes('$2')},${currentAssessmentsCte({ from: '$2', to: '$2', statuses: '$3', countries: 'grouping_members' })},${SHARED_CTE},
  assessed AS (
    SELECT m.region, count(c.id)::int AS assessed, ${cellKeyColumns('assessed', recordKey('c.h', 0))}
    FROM members m
    LEFT JOIN (SELECT *, ${recordHash('country', `'assessed:' || id`)} AS h FROM current_assessments) c ON c.country = m.country
    GROUP BY m.region
  ),
  answered AS (
    SELECT m.region, o.option, o.position, p.picked,
           ${recordHash('c.country', `c.id || ':' || o.option || ':' || p.picked::text`)} AS h
    FROM members m
    JOIN current_assessments c ON c.country = m.country
    JOIN assessments a ON a.id = c.id
    CROSS JOIN unnest($4::text[]) WITH ORDINALITY AS o(option, position)
    CROSS JOIN LATERAL (SELECT coalesce(a.answers -> 'A.17', '[]'::jsonb) ? o.option AS picked) p
  ),
  picked AS (
    SELECT region, option, count(*) FILTER (WHERE picked)::int AS count, ${cellKeyColumns('count', recordKey('h', 0))}
    FROM answered
    GROUP BY region, option
  )
  SELECT a.region, o.option, a.assessed, coalesce(p.count, 0)::int AS count, a.assessed_units, a.assessed_conf,
         coalesce(p.count_units, 0) AS count_units, coalesce(p.count_conf, 0) AS count_conf
  FROM assessed a
  CROSS JOIN unnest($4::text[]) WITH ORDINALITY AS o(option, position)
  LEFT JOIN picked p ON p.region = a.region AND p.option = o.option
  ORDER BY a.region, o.position`;
