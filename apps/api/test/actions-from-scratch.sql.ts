/*
 * The actions statement of before its maintained cells (issue #19), kept as the oracle of actions-cells.test.ts:
 * it hashes every member country-year's record at each read, reading only the assessments, their item points,
 * the actions, the memberships and the disclosure settings.
 */
import {
  ALL_REGION_SQL,
  currentAssessmentsCte,
  groupingMembersCte,
  MEMBER_YEARS_CTE,
  RECORD_CELLS,
  yearEnd,
} from '../src/analytics/building-blocks.sql.js';
import { ACTION_FIGURES } from '../src/analytics/actions.sql.js';
import { cellKeyColumns, keySum, recordHash, recordKey, SHARED_CTE } from '../src/analytics/disclosure-keys.sql.js';
import { ITEM_POINTS_ROWS } from './score-breakdowns.js';

/** Each magnitude's sum, largest confidential contribution and key (keys 1–7 of the record; 0 is the plan count). */
const magnitudeColumns = ACTION_FIGURES.map(
  ([name, col], k) =>
    `sum(c.${col})::int AS "sum_${name}", coalesce(max(c.${col}) FILTER (WHERE c.h IS NOT NULL), 0) AS "max_${name}", ${keySum(recordKey('c.h', k + 1))} AS "key_${name}"`,
).join(',\n           ');

/**
 * One row per region of the grouping (plus ALL) and year in [$2, $3], the state at 31 December of the year:
 * an action counts by its last status change dated on or before that day (none yet: not counted); overdue:
 * planned or in progress then, with a target before that day; gaps: the items under $5 points ($4 methodology)
 * of the member's current assessment of the year ($6 counted statuses); gapsWithAction: those named by an
 * action counted and not dropped. A member country-year is one record (docs/disclosure.md). $1 grouping id.
 */
export const ACTIONS_FROM_SCRATCH_SQL = `
  WITH ${groupingMembersCte('$2', '$3')},${SHARED_CTE},
  ${currentAssessmentsCte({ from: '$2', to: '$3', statuses: '$6', countries: 'grouping_members' })},${MEMBER_YEARS_CTE},
  states AS MATERIALIZED (
    SELECT cy.year, cy.country, a.items, a.target_date,
           (SELECT h->>'status' FROM jsonb_array_elements(a.status_history) WITH ORDINALITY AS e(h, n)
            WHERE (h->>'date')::date <= ${yearEnd('cy.year')} ORDER BY n DESC LIMIT 1) AS status
    FROM cy JOIN actions a ON a.country_iso3 = cy.country
  ),
  action_figures AS (
    SELECT year, country,
           count(*) FILTER (WHERE status = 'planned')::int AS planned,
           count(*) FILTER (WHERE status = 'in_progress')::int AS in_progress,
           count(*) FILTER (WHERE status = 'done')::int AS done,
           count(*) FILTER (WHERE status = 'dropped')::int AS dropped,
           count(*) FILTER (WHERE status IN ('planned', 'in_progress') AND target_date < ${yearEnd('year')})::int AS overdue,
           md5(string_agg(status || ':' || target_date || ':' || array_to_string(items, ';'), '|'
                          ORDER BY status, target_date, array_to_string(items, ';'))) AS content
    FROM states WHERE status IS NOT NULL
    GROUP BY year, country
  ),
  gap_figures AS (
    SELECT ca.year, ca.country, count(*)::int AS gaps,
           count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM states s
             WHERE s.year = ca.year AND s.country = ca.country AND s.status IS NOT NULL AND s.status <> 'dropped'
               AND p.code = ANY(s.items)))::int AS gaps_with_action
    FROM current_assessments ca
    JOIN ${ITEM_POINTS_ROWS} p ON p.assessment_id = ca.id AND p.methodology = $4 AND p.points < $5
    GROUP BY ca.year, ca.country
  ),
  keyed AS MATERIALIZED (
    SELECT cy.year, cy.country, cy.regions, af.year IS NOT NULL AS has_plan,
           coalesce(af.planned, 0) AS planned, coalesce(af.in_progress, 0) AS in_progress,
           coalesce(af.done, 0) AS done, coalesce(af.dropped, 0) AS dropped, coalesce(af.overdue, 0) AS overdue,
           coalesce(gf.gaps, 0) AS gaps, coalesce(gf.gaps_with_action, 0) AS gaps_with_action,
           ${recordHash(
             'cy.country',
             `'act:' || cy.country || ':' || cy.year || ':' || coalesce(ca.id::text, '') || ':' || coalesce(av.version, 0) || ':' ||
              coalesce(af.content, '')`,
           )} AS h
    FROM cy
    LEFT JOIN action_figures af ON af.year = cy.year AND af.country = cy.country
    LEFT JOIN gap_figures gf ON gf.year = cy.year AND gf.country = cy.country
    LEFT JOIN current_assessments ca ON ca.year = cy.year AND ca.country = cy.country
    LEFT JOIN assessments av ON av.id = ca.id
  ),
  cells AS (
    SELECT m.region AS cell_region, c.year AS cell_year, count(*)::int AS cell_members,
           count(*) FILTER (WHERE c.has_plan)::int AS countries_with_plan,
           ${cellKeyColumns('withPlan', recordKey('c.h', 0))},
           ${magnitudeColumns}
    FROM keyed c ${RECORD_CELLS}
    GROUP BY m.region, c.year
  )
  SELECT g.region, y.year, coalesce(cells.cell_members, 0) AS members, cells.*
  FROM (SELECT code AS region FROM regions WHERE grouping_id = $1 UNION ALL SELECT ${ALL_REGION_SQL}) g
  CROSS JOIN generate_series($2::int, $3::int) AS y(year)
  LEFT JOIN cells ON cells.cell_region = g.region AND cells.cell_year = y.year`;
