import { MAX_YEAR, METHODOLOGY_VERSIONS } from '@cpc/domain';
import { actionKeyChange, actionRecordHash } from './action-records.sql.js';
import { STATUS_SCOPES, yearEnd } from './building-blocks.sql.js';
import { SHARED_CTE } from './disclosure-keys.sql.js';
import { addPlanFactsSql, PLAN_FIGURES, PLAN_KEYS } from './plan-cells.sql.js';

/** The year of a status history entry `e` (h: the entry; a status holds at a year's end from its date's year). */
const historyYear = (e: string) => `extract(year FROM (${e}.h->>'date')::date)::int`;

/** The planning member's current assessment, as its record hash reads it (none: '' and 0). */
const ASSESSMENT_ID = `coalesce(f.assessment_id::text, '')`;
const ASSESSMENT_VERSION = 'coalesce(f.assessment_version, 0)';

/** A country-year's key changes (0: the plan count's), from its record without a plan to its own. */
const KEY_CHANGES = `ARRAY[${Array.from({ length: PLAN_KEYS }, (_, k) => actionKeyChange('r.h', 'r.b', k)).join(', ')}]`;

/** action_plan_facts' columns, in the table's order. */
export const PLAN_FACT_COLUMNS = [
  'scope',
  'methodology',
  'year',
  'country_iso3',
  ...PLAN_FIGURES,
  'confidential',
  'changes',
].join(', ');

/**
 * The plan facts of the countries in `countries` (a char(3)[] expression): one row per status scope,
 * methodology and year to MAX_YEAR at whose 31 December the country has an action counted, i.e. one with a
 * status change dated on or before that day. An action counts by its latest such change; overdue: planned or
 * in progress then, with a target before that day; gapsWithAction: the gaps of the country's current
 * assessment of the year (maturity_facts, which must be current) named by an action counted and not dropped.
 * `changes` moves the record's keys from the record without a plan (counted in the maturity cells) to its own
 * (NULL for a country that shares its figures). Whatever the grouping: the read adds the memberships.
 */
export function planFactsOfCountriesSql(countries: string): string {
  return `
    WITH ${SHARED_CTE},
    states AS MATERIALIZED (
      SELECT y.year, a.country_iso3 AS country, a.items, a.target_date, st.status
      FROM actions a
      CROSS JOIN LATERAL (
        SELECT e.h->>'status' AS status, ${historyYear('e')} AS since,
               min(${historyYear('e')}) OVER (ORDER BY e.n ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS until
        FROM jsonb_array_elements(a.status_history) WITH ORDINALITY AS e(h, n)
      ) st
      CROSS JOIN LATERAL generate_series(st.since, coalesce(st.until - 1, ${MAX_YEAR})) AS y(year)
      WHERE a.country_iso3 = ANY(${countries})
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
    )
    SELECT sc.scope, mv.methodology, pl.year, pl.country AS country_iso3, pl.planned, pl.in_progress, pl.done, pl.dropped, pl.overdue,
           (SELECT count(*) FROM unnest(f.gap_codes) AS g(code) WHERE g.code = ANY(cv.codes))::int AS gaps_with_action,
           r.h IS NOT NULL AS confidential, ${KEY_CHANGES} AS changes
    FROM plans pl
    CROSS JOIN unnest(ARRAY[${STATUS_SCOPES.map((s) => `'${s}'`).join(', ')}]) AS sc(scope)
    CROSS JOIN unnest(ARRAY[${METHODOLOGY_VERSIONS.map((v) => `'${v}'`).join(', ')}]) AS mv(methodology)
    -- The countries' facts only: the planner cannot tell how few years the series give, and hashed every fact.
    LEFT JOIN (SELECT * FROM maturity_facts WHERE country_iso3 = ANY(${countries})) f
      ON f.scope = sc.scope AND f.methodology = mv.methodology AND f.year = pl.year AND f.country_iso3 = pl.country
    LEFT JOIN covered cv ON cv.year = pl.year AND cv.country = pl.country
    -- OFFSET 0: each hash computed once per record, not once per key that reads it.
    CROSS JOIN LATERAL (
      SELECT ${actionRecordHash('pl.country', 'pl.year', ASSESSMENT_ID, ASSESSMENT_VERSION, 'pl.content')} AS h,
             ${actionRecordHash('pl.country', 'pl.year', ASSESSMENT_ID, ASSESSMENT_VERSION, `''`)} AS b
      OFFSET 0
    ) r`;
}

const changedPlanFacts = (left: string, right: string) =>
  `(SELECT ${PLAN_FACT_COLUMNS} FROM ${left} EXCEPT SELECT ${PLAN_FACT_COLUMNS} FROM ${right})`;

/**
 * The plan facts of `todo_countries` again, after their maturity facts (which they read) are current: the
 * facts that differ are replaced, and the plan cells move by the difference.
 */
export const REFRESH_PLAN_FACTS = `
      CREATE TEMP TABLE new_plan_facts ON COMMIT DROP AS ${planFactsOfCountriesSql('todo_countries')};
      CREATE TEMP TABLE old_plan_facts ON COMMIT DROP AS
        SELECT ${PLAN_FACT_COLUMNS} FROM action_plan_facts WHERE country_iso3 = ANY(todo_countries);
      CREATE TEMP TABLE plan_deltas ON COMMIT DROP AS
        SELECT d.*, 1 AS sign FROM ${changedPlanFacts('new_plan_facts', 'old_plan_facts')} d
        UNION ALL
        SELECT d.*, -1 FROM ${changedPlanFacts('old_plan_facts', 'new_plan_facts')} d;
      ANALYZE plan_deltas;
      DELETE FROM action_plan_facts f USING plan_deltas d
      WHERE d.sign = -1 AND f.country_iso3 = d.country_iso3 AND f.year = d.year AND f.scope = d.scope
        AND f.methodology = d.methodology;
      INSERT INTO action_plan_facts (${PLAN_FACT_COLUMNS}) SELECT ${PLAN_FACT_COLUMNS} FROM plan_deltas WHERE sign = 1;
      ${addPlanFactsSql('plan_deltas')}
      DROP TABLE new_plan_facts, old_plan_facts, plan_deltas;`;
