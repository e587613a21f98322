import { GAP_THRESHOLD } from '@cpc/domain';
import { membersCtes } from '../src/analytics/building-blocks.sql.js';
import {
  cellKeyColumns,
  KEY_METHODOLOGY,
  recordHash,
  recordKey,
  SHARED_CTE,
} from '../src/analytics/disclosure-keys.sql.js';
import { currentFromScratchCte } from './maturity-from-scratch.sql.js';

/*
 * The gap and difficulty statements as they were before the count cells were maintained (issue #19), kept as
 * the tests' oracles: they compute every count and key from the assessments at each read. Both take the read
 * statements' parameters: $1 grouping, $2 year, $3 counted statuses, $4 codes in order, and for the gaps $5
 * the methodology version.
 */
const CURRENT = currentFromScratchCte('$2', '$2', '$3');

export const GAPS_FROM_SCRATCH_SQL = `
  WITH ${membersCtes('$2')},${CURRENT},${SHARED_CTE},
  item_rows AS MATERIALIZED (
    SELECT m.region, p.code, p.points,
           ${recordHash('c.country', `c.id || ':' || p.code || ':' || k.points::text`)} AS h
    FROM members m
    JOIN current_assessments c ON c.country = m.country
    JOIN assessment_item_points p ON p.assessment_id = c.id AND p.methodology = $5
    JOIN assessment_item_points k ON k.assessment_id = c.id AND k.code = p.code AND k.methodology = '${KEY_METHODOLOGY}'
  )
  SELECT r.region, i.code,
         count(ir.points)::int AS assessed,
         count(*) FILTER (WHERE ir.points < ${GAP_THRESHOLD})::int AS with_gap,
         ${cellKeyColumns('assessed', recordKey('ir.h', 0))},
         ${cellKeyColumns('with_gap', recordKey('ir.h', 1))}
  FROM (SELECT DISTINCT region FROM members) r
  CROSS JOIN unnest($4::text[]) WITH ORDINALITY AS i(code, position)
  LEFT JOIN item_rows ir ON ir.region = r.region AND ir.code = i.code
  GROUP BY r.region, i.code, i.position
  ORDER BY r.region, i.position`;

export const DIFFICULTIES_FROM_SCRATCH_SQL = `
  WITH ${membersCtes('$2')},${CURRENT},${SHARED_CTE},
  assessed AS (
    SELECT m.region, count(c.id)::int AS assessed, ${cellKeyColumns('assessed', recordKey('c.h', 0))}
    FROM members m
    LEFT JOIN (SELECT *, ${recordHash('country', `'assessed:' || id`)} AS h FROM current_assessments) c ON c.country = m.country
    GROUP BY m.region
  ),
  answered AS (
    SELECT m.region, o.code, p.picked,
           ${recordHash('c.country', `c.id || ':' || o.code || ':' || p.picked::text`)} AS h
    FROM members m
    JOIN current_assessments c ON c.country = m.country
    JOIN assessments a ON a.id = c.id
    CROSS JOIN unnest($4::text[]) AS o(code)
    CROSS JOIN LATERAL (SELECT coalesce(a.answers -> 'A.17', '[]'::jsonb) ? o.code AS picked) p
  ),
  picked AS (
    SELECT region, code, count(*) FILTER (WHERE picked)::int AS count, ${cellKeyColumns('count', recordKey('h', 0))}
    FROM answered
    GROUP BY region, code
  )
  SELECT a.region, o.code, a.assessed, coalesce(p.count, 0)::int AS count, a.assessed_units, a.assessed_conf,
         coalesce(p.count_units, 0) AS count_units, coalesce(p.count_conf, 0) AS count_conf
  FROM assessed a
  CROSS JOIN unnest($4::text[]) WITH ORDINALITY AS o(code, position)
  LEFT JOIN picked p ON p.region = a.region AND p.code = o.code
  ORDER BY a.region, o.position`;
