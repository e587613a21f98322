import { actionKeyChange, actionRecordHash } from './action-records.sql.js';
import { memberAtYearEnd, memberRecordRows, RECORD_CELLS, statusScope, yearEnd } from './building-blocks.sql.js';
import { SHARED_CTE } from './disclosure-keys.sql.js';

/** A member country-year's figures of the actions view, in the order its record's keys (1–7) follow. */
export const ACTION_FIGURES: [name: string, column: string][] = [
  ['planned', 'planned'],
  ['in_progress', 'in_progress'],
  ['done', 'done'],
  ['dropped', 'dropped'],
  ['overdue', 'overdue'],
  ['gaps', 'gaps'],
  ['gapsWithAction', 'gaps_with_action'],
];

/** The year of a status history entry `e` (h: the entry; a status holds at a year's end from its date's year). */
const historyYear = (e: string) => `extract(year FROM (${e}.h->>'date')::date)::int`;

/** The planning member's current assessment, as its record hash reads it (none: '' and 0). */
const ASSESSMENT_ID = `coalesce(f.assessment_id::text, '')`;
const ASSESSMENT_VERSION = 'coalesce(f.assessment_version, 0)';

/** The current assessments' scope and methodology the statement reads ($5 counted statuses, $4 methodology). */
const CURRENT = (alias: string) => `${alias}.scope = ${statusScope('$5')} AND ${alias}.methodology = $4`;

/** The planning members' key changes (0: the plan count's), from their records without a plan to their own. */
const KEY_CHANGES = `ARRAY[${Array.from({ length: 8 }, (_, k) => actionKeyChange('r.h', 'r.b', k)).join(', ')}]`;
const change = (k: number) => `coalesce(sum(c.changes[${k + 1}]), 0)`;

/** Each figure's sum and largest confidential contribution among the planning members (gaps: every member's, from the cells). */
const holderColumns = ACTION_FIGURES.map(([name, col], k) => {
  const own =
    name === 'gaps'
      ? ''
      : `sum(c.${col})::int AS "sum_${name}", coalesce(max(c.${col}) FILTER (WHERE c.confidential), 0) AS "max_${name}", `;
  return `${own}${change(k + 1)} AS "${name}_change"`;
}).join(',\n           ');

/** Key `k`'s sum over a cell's records: with nothing, moved by the current assessments, moved by the plans. */
const keyUnits = (k: number, name: string) =>
  `coalesce(z.keys[${k + 1}], 0) + coalesce((mc.figures->>'act_key_${k}')::float8, 0) + coalesce(h."${name}_change", 0)`;

const answerColumns = [
  `coalesce(h.countries_with_plan, 0) AS countries_with_plan`,
  `${keyUnits(0, 'withPlan')} AS "withPlan_units", coalesce(z.conf, 0) AS "withPlan_conf"`,
  ...ACTION_FIGURES.map(([name], k) => {
    const [sum, max] =
      name === 'gaps'
        ? [`(mc.figures->>'act_gaps')::int`, `(mc.figures->>'act_gaps_max')::int`]
        : [`h."sum_${name}"`, `h."max_${name}"`];
    return `coalesce(${sum}, 0) AS "sum_${name}", coalesce(${max}, 0) AS "max_${name}", ${keyUnits(k + 1, name)} AS "key_${name}"`;
  }),
].join(',\n         ');

/**
 * One row per region of the grouping (plus ALL) and year in [$2, $3], the state at 31 December of the year:
 * an action counts by its last status change dated on or before that day (none yet: not counted); overdue:
 * planned or in progress then, with a target before that day; gaps: the items under GAP_THRESHOLD points ($4
 * methodology) of the member's current assessment of the year ($5 counted statuses); gapsWithAction: those
 * named by an action counted and not dropped. A member country-year is one record (docs/disclosure.md).
 * Most members have no plan: their gaps and record keys are kept per cell (the maturity cells, moved by their
 * current assessments, and `zero_record_cells`), so only the member country-years with a plan are read here,
 * each moving its cell's keys from its record without a plan to its own. $1 grouping id.
 */
export const ACTIONS_SQL = `
  WITH ${SHARED_CTE},
  cy AS (
    SELECT y.year, rm.country_iso3 AS country, array_agg(DISTINCT rg.code ORDER BY rg.code) AS regions
    FROM (SELECT DISTINCT country_iso3 FROM actions) p
    JOIN region_members rm ON rm.country_iso3 = p.country_iso3
    JOIN regions rg ON rg.id = rm.region_id AND rg.grouping_id = $1
    CROSS JOIN generate_series($2::int, $3::int) AS y(year)
    WHERE ${memberAtYearEnd('rm', 'y.year')}
    GROUP BY y.year, rm.country_iso3
  ),
  states AS MATERIALIZED (
    SELECT cy.year, cy.country, a.items, a.target_date, st.status
    FROM actions a
    CROSS JOIN LATERAL (
      SELECT e.h->>'status' AS status, ${historyYear('e')} AS since,
             min(${historyYear('e')}) OVER (ORDER BY e.n ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS until
      FROM jsonb_array_elements(a.status_history) WITH ORDINALITY AS e(h, n)
    ) st
    JOIN cy ON cy.country = a.country_iso3 AND cy.year >= st.since AND (st.until IS NULL OR cy.year < st.until)
  ),
  plans AS (
    SELECT year, country,
           count(*) FILTER (WHERE status = 'planned')::int AS planned,
           count(*) FILTER (WHERE status = 'in_progress')::int AS in_progress,
           count(*) FILTER (WHERE status = 'done')::int AS done,
           count(*) FILTER (WHERE status = 'dropped')::int AS dropped,
           count(*) FILTER (WHERE status IN ('planned', 'in_progress') AND target_date < ${yearEnd('year')})::int AS overdue,
           md5(string_agg(status || ':' || target_date || ':' || array_to_string(items, ';'), '|'
                          ORDER BY status, target_date, array_to_string(items, ';'))) AS content
    FROM states
    GROUP BY year, country
  ),
  covered AS (
    SELECT s.year, s.country, array_agg(DISTINCT i.code) AS codes
    FROM states s CROSS JOIN unnest(s.items) AS i(code)
    WHERE s.status <> 'dropped'
    GROUP BY s.year, s.country
  ),
  keyed AS MATERIALIZED (
    SELECT cy.year, cy.country, cy.regions, pl.planned, pl.in_progress, pl.done, pl.dropped, pl.overdue,
           (SELECT count(*) FROM unnest(f.gap_codes) AS g(code) WHERE g.code = ANY(cv.codes))::int AS gaps_with_action,
           r.h IS NOT NULL AS confidential, ${KEY_CHANGES} AS changes
    FROM plans pl
    JOIN cy ON cy.year = pl.year AND cy.country = pl.country
    LEFT JOIN maturity_facts f ON ${CURRENT('f')} AND f.year = pl.year AND f.country_iso3 = pl.country
    LEFT JOIN covered cv ON cv.year = pl.year AND cv.country = pl.country
    -- OFFSET 0: each hash computed once per record, not once per key that reads it.
    CROSS JOIN LATERAL (
      SELECT ${actionRecordHash('cy.country', 'cy.year', ASSESSMENT_ID, ASSESSMENT_VERSION, 'pl.content')} AS h,
             ${actionRecordHash('cy.country', 'cy.year', ASSESSMENT_ID, ASSESSMENT_VERSION, `''`)} AS b
      OFFSET 0
    ) r
  ),
  holders AS (
    SELECT m.region AS cell_region, c.year AS cell_year, count(*)::int AS countries_with_plan,
           ${change(0)} AS "withPlan_change",
           ${holderColumns}
    FROM keyed c ${RECORD_CELLS}
    GROUP BY m.region, c.year
  )
  SELECT g.region, y.year, coalesce(rym.members, 0) AS members,
         ${answerColumns}
  FROM ${memberRecordRows('actions')}
  LEFT JOIN maturity_cells mc ON mc.grouping_id = $1 AND mc.region = g.region AND mc.year = y.year AND ${CURRENT('mc')}
  LEFT JOIN holders h ON h.cell_region = g.region AND h.cell_year = y.year`;
