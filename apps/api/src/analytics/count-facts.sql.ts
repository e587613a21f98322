import { COUNTED_STATUSES, findItem, GAP_THRESHOLD } from '@cpc/domain';
import { breakdownRowsSql, breakdownValueSql } from '../assessments/score-breakdowns.sql.js';
import { KEY_METHODOLOGY, recordHash, recordKey, SHARED_CTE } from './disclosure-keys.sql.js';

/** count_facts' columns, in the table's order. */
export const COUNT_FACT_COLUMNS =
  'scope, methodology, year, country_iso3, figure, codes, counted, k_assessed, k_counted';

/** The methodology of the difficulty facts: A.17 is not scored, so its counts are the same under every version. */
export const ANY_METHODOLOGY = '*';

/** A.17's option codes, as an SQL array literal of the domain's own codes (never a user's text). */
const DIFFICULTY_OPTIONS = `ARRAY[${(findItem('A.17')?.options ?? []).map((o) => `'${o.code}'`).join(', ')}]::text[]`;

/** The arrays of a fact row from per-code rows `x` (code, counted, k_assessed, k_counted), sorted by code. */
const FACT_ARRAYS = ['code', 'counted', 'k_assessed', 'k_counted']
  .map((c) => `array_agg(x.${c} ORDER BY x.code) AS ${c === 'code' ? 'codes' : c}`)
  .join(', ');

/** Each current assessment `s` (assessment_id, country_iso3) of the countries in `countries`, once: a FROM item. */
const currentAssessmentsOf = (countries: string) =>
  `(SELECT DISTINCT assessment_id, country_iso3 FROM current_assessment_years WHERE country_iso3 = ANY(${countries})) s`;

/** Each scope and year `cy` in which assessment `s` is current (read by its key): a FROM item to join. */
const FILED_UNDER_CURRENT_YEARS = `CROSS JOIN LATERAL (
      SELECT cy.scope, cy.year, cy.country_iso3 FROM current_assessment_years cy WHERE cy.assessment_id = s.assessment_id
      OFFSET 0
    ) cy`;

/**
 * Per (assessment, item): the population key (0) and the gap key (1). Every record of the population adds its
 * gap key, gap or not, so that a pair of cells differing by one record gets independent noise whatever that
 * record's answer; the keys are hashed from the points under KEY_METHODOLOGY whatever the version, so that a
 * cell asked for under two versions gets the same noise. Each current assessment's arrays are built once,
 * from its score rows read by key, then filed under each scope and year it is current for (by its key too): an
 * import's 5,000 assessments summed as one sort of 390,000 rows took 1.7 s. Read by key, the plan does not
 * depend on estimates, which at an import's commit still describe the tables before it: joined by hash, a
 * plan made from those took 26 s.
 */
function gapFactsSql(countries: string): string {
  return `
    SELECT cy.scope, x.methodology, cy.year, cy.country_iso3, 'gap' AS figure, x.codes, x.counted, x.k_assessed, x.k_counted
    FROM ${currentAssessmentsOf(countries)}
    CROSS JOIN LATERAL (
      SELECT p.methodology, ${FACT_ARRAYS}
      FROM (
        SELECT k.code, ${recordKey('k.h', 0)} AS k_assessed, ${recordKey('k.h', 1)} AS k_counted
        FROM (
          SELECT k.code, ${recordHash('s.country_iso3', `s.assessment_id || ':' || k.code || ':' || k.value::text`)} AS h
          FROM assessment_scores ks CROSS JOIN LATERAL ${breakdownRowsSql('ks', 'item', 'k')}
          WHERE ks.assessment_id = s.assessment_id AND ks.methodology = '${KEY_METHODOLOGY}'
          OFFSET 0
        ) k
      ) keyed
      JOIN assessment_scores p ON p.assessment_id = s.assessment_id
      CROSS JOIN LATERAL (
        SELECT keyed.code, (${breakdownValueSql('p', 'item', 'keyed.code')} < ${GAP_THRESHOLD})::int::smallint AS counted,
               keyed.k_assessed, keyed.k_counted
      ) x
      WHERE x.counted IS NOT NULL
      GROUP BY p.methodology
    ) x
    ${FILED_UNDER_CURRENT_YEARS}`;
}

/**
 * Per (assessment, A.17 option): whether it is picked, the population key (one per assessment, the same for
 * each option) and the option's key, hashed from whether it is picked. Like the gap facts, each current
 * assessment's arrays are built once, then filed under each scope and year it is current for: built per
 * (scope, year, option), the statement sorted every assessment's answers seven times over and hashed its
 * population key once per option.
 */
function difficultyFactsSql(countries: string): string {
  return `
    SELECT cy.scope, '${ANY_METHODOLOGY}', cy.year, cy.country_iso3, 'difficulty', x.codes, x.counted, x.k_assessed, x.k_counted
    FROM ${currentAssessmentsOf(countries)}
    JOIN assessments a ON a.id = s.assessment_id
    CROSS JOIN LATERAL (
      SELECT ${FACT_ARRAYS}
      FROM (
        SELECT o.code, p.picked::int::smallint AS counted, ka.k AS k_assessed,
               ${recordKey(recordHash('s.country_iso3', `s.assessment_id || ':' || o.code || ':' || p.picked::text`), 0)} AS k_counted
        FROM (SELECT ${recordKey(recordHash('s.country_iso3', `'assessed:' || s.assessment_id`), 0)} AS k OFFSET 0) ka
        CROSS JOIN unnest(${DIFFICULTY_OPTIONS}) AS o(code)
        CROSS JOIN LATERAL (SELECT coalesce(a.answers -> 'A.17', '[]'::jsonb) ? o.code AS picked) p
      ) x
    ) x
    ${FILED_UNDER_CURRENT_YEARS}`;
}

/** The gap-closure figures: each one's count (1 when the event counts in it) and key (0–3 of the event's hash). */
const CLOSURE_FIGURES: [figure: string, counted: string, key: number][] = [
  ['closure', 'e.closed', 1],
  ['closure_with', 'e.closed AND e.with_action', 2],
  ['closure_without', 'e.closed AND NOT e.with_action', 3],
];

/** The scope of the gap-closure facts: every counted status (submitted or validated). */
export const CLOSURE_SCOPE = 'counted';

/** Per event row `e`, each closure figure's array of counts and of keys, sorted by code. */
const CLOSURE_ARRAYS = CLOSURE_FIGURES.map(
  ([, count, key], i) =>
    `array_agg((${count})::int::smallint ORDER BY e.code) AS counted_${i}, array_agg(${recordKey('e.h', key)} ORDER BY e.code) AS k_counted_${i}`,
).join(',\n             ');

/**
 * Per gap of a counted assessment (an item under the threshold) that has a next counted assessment (the next
 * year with one): whether it is closed there, whether a done action naming the item was marked done between
 * the two submissions, and the event's keys from both assessments' points under KEY_METHODOLOGY (the same
 * noise under every version). Filed under the first assessment's year; key 0 is the gap count's. The events
 * are materialised so that the action check runs once per event, and an assessment's three figures are
 * aggregated in one pass.
 */
function closureFactsSql(countries: string): string {
  const counted = `ARRAY[${COUNTED_STATUSES.map((s) => `'${s}'`).join(', ')}]::text[]`;
  return `
    SELECT '${CLOSURE_SCOPE}', x.methodology, x.year, x.country_iso3, f.figure, x.codes, f.counted, x.k_assessed, f.k_counted
    FROM (
      WITH events AS MATERIALIZED (
        SELECT v.*, ${recordHash(
          'v.country_iso3',
          `'gapc:' || v.a_id || ':' || v.b_id || ':' || v.code || ':' || coalesce((${breakdownValueSql('ka', 'item', 'v.code')})::text, '') || ':' ||
           coalesce((${breakdownValueSql('kb', 'item', 'v.code')})::text, '') || ':' || v.with_action::text`,
        )} AS h
        FROM (
          SELECT pr.country_iso3, pr.year, pr.a_id, pr.b_id, sa.methodology, p.code,
                 coalesce(${breakdownValueSql('sb', 'item', 'p.code')} >= ${GAP_THRESHOLD}, false) AS closed,
                 EXISTS (SELECT 1 FROM actions act
                         WHERE act.country_iso3 = pr.country_iso3 AND act.status = 'done' AND p.code = ANY(act.items)
                           AND act.done_at > pr.a_at AND act.done_at <= pr.b_at) AS with_action
          FROM (
            SELECT id AS a_id, country_iso3, year, at AS a_at, lead(id) OVER next AS b_id, lead(at) OVER next AS b_at
            FROM (SELECT id, country_iso3, year, coalesce(submitted_at, make_timestamptz(year, 1, 1, 0, 0, 0, 'UTC')) AS at
                  FROM assessments WHERE status = ANY(${counted}) AND country_iso3 = ANY(${countries})) c
            WINDOW next AS (PARTITION BY country_iso3 ORDER BY year)
          ) pr
          JOIN assessment_scores sa ON sa.assessment_id = pr.a_id
          CROSS JOIN LATERAL ${breakdownRowsSql('sa', 'item', 'p')}
          LEFT JOIN assessment_scores sb ON sb.assessment_id = pr.b_id AND sb.methodology = sa.methodology
          WHERE pr.b_id IS NOT NULL AND p.value < ${GAP_THRESHOLD}
          -- Kept a subquery: pulled up, its action check ran twice an event, in the column and in the hash.
          OFFSET 0
        ) v
        LEFT JOIN assessment_scores ka ON ka.assessment_id = v.a_id AND ka.methodology = '${KEY_METHODOLOGY}'
        LEFT JOIN assessment_scores kb ON kb.assessment_id = v.b_id AND kb.methodology = '${KEY_METHODOLOGY}'
      )
      SELECT e.methodology, e.year, e.country_iso3, array_agg(e.code ORDER BY e.code) AS codes,
             array_agg(${recordKey('e.h', 0)} ORDER BY e.code) AS k_assessed,
             ${CLOSURE_ARRAYS}
      FROM events e
      GROUP BY e.methodology, e.year, e.country_iso3
    ) x
    CROSS JOIN LATERAL (VALUES ${CLOSURE_FIGURES.map(([figure], i) => `('${figure}', x.counted_${i}, x.k_counted_${i})`).join(', ')})
      AS f(figure, counted, k_counted)`;
}

/** The count facts of the countries in `countries` (a char(3)[] expression), in COUNT_FACT_COLUMNS' order. */
export function countFactsOfCountriesSql(countries: string): string {
  return `WITH ${SHARED_CTE} ${gapFactsSql(countries)} UNION ALL ${difficultyFactsSql(countries)} UNION ALL ${closureFactsSql(countries)}`;
}

/** A count fact row `f`'s elements as rows `e` (code, counted, k_assessed, k_counted): a FROM item to join. */
export const FACT_ELEMENTS = `CROSS JOIN LATERAL unnest(f.codes, f.counted, f.k_assessed, f.k_counted) AS e(code, counted, k_assessed, k_counted)`;
