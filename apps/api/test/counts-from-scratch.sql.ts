import { GAP_THRESHOLD } from '@cpc/domain';
import {
  ALL_REGION_SQL,
  GROUPING_MEMBERS_SUBQUERY,
  memberAtYearEnd,
  membersCtes,
} from '../src/analytics/building-blocks.sql.js';
import {
  cellKeyColumns,
  KEY_METHODOLOGY,
  recordHash,
  recordKey,
  SHARED_CTE,
} from '../src/analytics/disclosure-keys.sql.js';
import { currentFromScratchCte } from './maturity-from-scratch.sql.js';
import { ITEM_POINTS_ROWS } from './score-breakdowns.js';

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
    JOIN ${ITEM_POINTS_ROWS} p ON p.assessment_id = c.id AND p.methodology = $5
    JOIN ${ITEM_POINTS_ROWS} k ON k.assessment_id = c.id AND k.code = p.code AND k.methodology = '${KEY_METHODOLOGY}'
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

/**
 * The gap-closure statement of before (issue #19), with the counted statuses (submitted, validated) and the
 * threshold written in: $1 grouping, $2 first year, $3 last year, $4 methodology, $5 scored item codes.
 */
export const GAP_CLOSURE_FROM_SCRATCH_SQL = `
  WITH ${SHARED_CTE},
  counted AS (
    SELECT id, country_iso3 AS country, year, coalesce(submitted_at, make_timestamptz(year, 1, 1, 0, 0, 0, 'UTC')) AS at
    FROM assessments WHERE status = ANY(ARRAY['submitted', 'validated'])
  ),
  pairs AS (
    SELECT a.id AS a_id, a.country, a.year, a.at AS a_at, b.id AS b_id, b.at AS b_at
    FROM counted a
    JOIN LATERAL (SELECT n.id, n.at FROM counted n WHERE n.country = a.country AND n.year > a.year
                  ORDER BY n.year LIMIT 1) b ON true
    WHERE a.year BETWEEN $2::int AND $3::int
  ),
  events AS (
    SELECT pr.country, pr.year, pr.a_id, pr.b_id, p.code, coalesce(q.points >= ${GAP_THRESHOLD}, false) AS closed,
           EXISTS (SELECT 1 FROM actions x
                   WHERE x.country_iso3 = pr.country AND x.status = 'done' AND p.code = ANY(x.items)
                     AND x.done_at > pr.a_at AND x.done_at <= pr.b_at) AS with_action
    FROM pairs pr
    JOIN ${ITEM_POINTS_ROWS} p ON p.assessment_id = pr.a_id AND p.methodology = $4 AND p.points < ${GAP_THRESHOLD}
    LEFT JOIN ${ITEM_POINTS_ROWS} q ON q.assessment_id = pr.b_id AND q.code = p.code AND q.methodology = $4
  ),
  keyed AS MATERIALIZED (
    SELECT e.*,
           ${recordHash(
             'e.country',
             `'gapc:' || e.a_id || ':' || e.b_id || ':' || e.code || ':' || coalesce(ka.points::text, '') || ':' ||
              coalesce(kb.points::text, '') || ':' || e.with_action::text`,
           )} AS h
    FROM events e
    LEFT JOIN ${ITEM_POINTS_ROWS} ka ON ka.assessment_id = e.a_id AND ka.code = e.code AND ka.methodology = '${KEY_METHODOLOGY}'
    LEFT JOIN ${ITEM_POINTS_ROWS} kb ON kb.assessment_id = e.b_id AND kb.code = e.code AND kb.methodology = '${KEY_METHODOLOGY}'
  ),
  regional AS (
    SELECT gm.region, k.* FROM keyed k
    JOIN ${GROUPING_MEMBERS_SUBQUERY} gm ON gm.country = k.country AND ${memberAtYearEnd('gm', 'k.year')}
    UNION ALL
    SELECT ${ALL_REGION_SQL}, k.* FROM keyed k
    WHERE EXISTS (SELECT 1 FROM ${GROUPING_MEMBERS_SUBQUERY} gm
                  WHERE gm.country = k.country AND ${memberAtYearEnd('gm', 'k.year')})
  )
  SELECT g.region, i.code,
         count(r.code)::int AS gaps,
         count(*) FILTER (WHERE r.closed)::int AS closed_next,
         count(*) FILTER (WHERE r.closed AND r.with_action)::int AS closed_with,
         count(*) FILTER (WHERE r.closed AND NOT r.with_action)::int AS closed_without,
         ${cellKeyColumns('gaps', recordKey('r.h', 0))},
         ${cellKeyColumns('closedNext', recordKey('r.h', 1))},
         ${cellKeyColumns('closedNextWithAction', recordKey('r.h', 2))},
         ${cellKeyColumns('closedNextWithoutAction', recordKey('r.h', 3))}
  FROM (SELECT code AS region, position FROM regions WHERE grouping_id = $1
        UNION ALL SELECT ${ALL_REGION_SQL}, 2147483647) g
  CROSS JOIN unnest($5::text[]) WITH ORDINALITY AS i(code, position)
  LEFT JOIN regional r ON r.region = g.region AND r.code = i.code
  GROUP BY g.region, g.position, i.code, i.position
  ORDER BY g.position, i.position`;
